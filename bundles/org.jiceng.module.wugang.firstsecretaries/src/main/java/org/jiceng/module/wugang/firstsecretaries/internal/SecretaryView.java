package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.LocalDate;

/** A first secretary: the core's assignment, with the names of the person and the village. */
public class SecretaryView {
    public long assignmentId;
    public long memberId;
    public String memberName;
    public String jurisdictionCode;
    public String villageName;
    public String township;
    public LocalDate startDate;
    public LocalDate endDate;
    public String status;
    public String dispatchingBody;
    public long assignmentVersion;
}
