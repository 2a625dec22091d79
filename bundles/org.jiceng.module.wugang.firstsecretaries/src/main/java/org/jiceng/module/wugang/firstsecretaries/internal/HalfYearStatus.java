package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.LocalDate;

/** A secretary's half-yearly report (半年述职) for one half year. */
public class HalfYearStatus {
    public long assignmentId;
    public String half;
    public LocalDate dueOn;
    public ReportState state;
    public Long reportId;
    public LocalDate submittedOn;
    public String summary;
    public Long version;
}
