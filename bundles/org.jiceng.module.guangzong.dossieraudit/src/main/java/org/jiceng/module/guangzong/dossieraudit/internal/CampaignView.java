package org.jiceng.module.guangzong.dossieraudit.internal;

import java.time.LocalDate;

/** A campaign as the API shows it. */
public class CampaignView {
    public long id;
    public String countyCode;
    public String title;
    public LocalDate startsOn;
    public LocalDate endsOn;
    public int ageLimit;
    public CampaignStatus status;
    public String openedBy;
    public LocalDate closedOn;
    public String closedBy;
    public long version;
}
