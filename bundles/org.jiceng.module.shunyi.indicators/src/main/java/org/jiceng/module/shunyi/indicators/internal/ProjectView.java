package org.jiceng.module.shunyi.indicators.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A folded project as read, with its work point, indicator, milestones and where it stands. */
public class ProjectView {
    public Long id;
    public int year;
    public long workItemId;
    public int workItemNumber;
    public String workItemContent;
    public String indicatorCode;
    public String indicatorName;
    public PartyDomain domain;
    public String domainZh;
    public String title;
    public String unit;
    public String jurisdictionCode;
    public LocalDate startsOn;
    public LocalDate deadline;
    public String createdBy;
    /** Done when every milestone is (late when the last was done after the deadline); slipping when a milestone's day passed undone. */
    public Progress progress;
    public String progressZh;
    public int milestonesDone;
    /** Milestones done of all, in percent. */
    public BigDecimal percentDone;
    public List<MilestoneView> milestones;
    public long version;
}
