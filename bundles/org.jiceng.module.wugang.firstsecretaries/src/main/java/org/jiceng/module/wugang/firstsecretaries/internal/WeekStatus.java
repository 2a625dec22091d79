package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.LocalDate;

/** A secretary's weekly report for one week: due, submitted on time, late or missing. */
public class WeekStatus {
    public long assignmentId;
    public String memberName;
    public String jurisdictionCode;
    public String week;
    public LocalDate weekStart;
    public LocalDate dueOn;
    public ReportState state;
    public Long reportId;
    public LocalDate submittedOn;
    public String summary;
    public Long version;
}
