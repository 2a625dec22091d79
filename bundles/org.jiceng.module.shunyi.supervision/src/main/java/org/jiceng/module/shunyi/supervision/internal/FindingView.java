package org.jiceng.module.shunyi.supervision.internal;

import java.time.LocalDate;

/** A finding as read: its item and the state of its problem on the problems engine. */
public class FindingView {
    public Long id;
    public long itemId;
    public Kind kind;
    public String itemTitle;
    public String unit;
    public String jurisdictionCode;
    public long problemId;
    public String description;
    public String severity;
    public LocalDate foundOn;
    public LocalDate deadline;
    /** The problem's status: FOUND, PLAN_FILED, IN_PROGRESS, RECTIFIED, VERIFIED. */
    public String status;
    public boolean overdue;
    public LocalDate rectifiedOn;
    public LocalDate verifiedOn;
    public int reopenCount;
    /** The problem's version, sent back to re-check it. */
    public long version;
}
