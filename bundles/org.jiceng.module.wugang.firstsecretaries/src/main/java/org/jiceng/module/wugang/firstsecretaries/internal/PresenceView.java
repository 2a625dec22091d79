package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.LocalDate;

/** One logged day of a secretary in the village. */
public class PresenceView {
    public Long id;
    public long assignmentId;
    public String jurisdictionCode;
    public LocalDate date;
    public boolean dayInVillage;
    public boolean nightInVillage;
    public String note;
    public String loggedBy;
    public long version;
}
