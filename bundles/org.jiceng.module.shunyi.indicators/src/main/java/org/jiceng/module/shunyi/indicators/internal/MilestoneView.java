package org.jiceng.module.shunyi.indicators.internal;

import java.time.LocalDate;

/** A milestone as read: when it must start and be done, and where it stands. */
public class MilestoneView {
    public Long id;
    public long projectId;
    public String projectTitle;
    public String unit;
    public String jurisdictionCode;
    public int seq;
    public String title;
    public int durationDays;
    public LocalDate startsOn;
    public LocalDate dueOn;
    public LocalDate doneOn;
    public String note;
    public String reportedBy;
    public Progress progress;
    public String progressZh;
    public long version;
}
