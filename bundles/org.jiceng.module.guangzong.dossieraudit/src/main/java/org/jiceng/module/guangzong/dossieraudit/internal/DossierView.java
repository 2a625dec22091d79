package org.jiceng.module.guangzong.dossieraudit.internal;

import java.time.LocalDate;
import java.util.List;

/** A dossier as the API shows it; {@code findings} only where one dossier is read. */
public class DossierView {
    public long id;
    public long campaignId;
    public long memberId;
    public String memberName;
    public LocalDate birthDate;
    public long organizationId;
    public String organizationName;
    public String jurisdictionCode;
    public String townshipCode;
    public DossierStatus status;
    public LocalDate auditedOn;
    public String auditedBy;
    public boolean rectified;
    public LocalDate reauditedOn;
    public String reauditedBy;
    public List<FindingView> findings;
    public long version;
}
