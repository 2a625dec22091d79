package org.jiceng.module.guangzong.dossieraudit.internal;

import java.time.LocalDate;

/** A listed village as the API shows it. */
public class VillageView {
    public long id;
    public String countyCode;
    public String villageCode;
    public String villageName;
    public String townshipCode;
    public int thresholdYears;
    public LocalDate lastAdmission;
    public long membersAtListing;
    public LocalDate listedOn;
    public String listedBy;
    public String responsibleCadre;
    public String measures;
    public ClearingStatus status;
    public LocalDate clearedOn;
    public int developed;
    /** When the core's admissions were last read for the village (UTC, ISO). */
    public String checkedAt;
    public long version;
}
