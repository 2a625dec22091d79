package org.jiceng.module.guangzong.dossieraudit.internal;

import java.time.LocalDate;

/** A village the core finds without an admission for the threshold's years, and whether it is on the list. */
public class DetectedVillage {
    public String villageCode;
    public String villageName;
    public String townshipCode;
    public LocalDate lastAdmission;
    public long members;
    /** The open listing of the village, or null when it is not on the list. */
    public Long listingId;
}
