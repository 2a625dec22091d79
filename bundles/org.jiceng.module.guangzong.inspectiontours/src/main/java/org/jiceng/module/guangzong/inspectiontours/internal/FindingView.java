package org.jiceng.module.guangzong.inspectiontours.internal;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.problem.AccountabilityAction;

/** A finding as read: its visit and round, and the state of its problem on the problems engine with the accountability taken over it. */
public class FindingView {
    public Long id;
    public long visitId;
    public long roundId;
    public int roundNumber;
    public UnitKind unitKind;
    public String unitName;
    public Mode mode;
    public String jurisdictionCode;
    public Area area;
    public String areaZh;
    public long problemId;
    public String description;
    public String severity;
    public LocalDate foundOn;
    public LocalDate deadline;
    /** The problem's status: FOUND, PLAN_FILED, IN_PROGRESS, RECTIFIED, VERIFIED. */
    public String status;
    public boolean overdue;
    public String responsible;
    public LocalDate rectifiedOn;
    public LocalDate verifiedOn;
    public int reopenCount;
    public List<AccountabilityAction> accountability;
    /** The problem's version, sent back to check it. */
    public long version;
}
