package org.jiceng.module.shunyi.indicators.internal;

import java.time.LocalDate;

/** A task as read, with its indicator and where it stands. */
public class TaskView {
    public Long id;
    public int year;
    public String code;
    public String title;
    public String indicatorCode;
    public String indicatorName;
    public PartyDomain domain;
    public String unit;
    public String jurisdictionCode;
    public LocalDate dueOn;
    public LocalDate doneOn;
    public String doneNote;
    public String reportedBy;
    public Progress progress;
    public String progressZh;
    public long version;
}
