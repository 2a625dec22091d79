package org.jiceng.module.wugang.firstsecretaries.internal;

/** Where a secretary's report for one period stands. */
public enum ReportState {
    /** Not submitted and not yet late: the period runs or its grace days do. */
    DUE, SUBMITTED_ON_TIME,
    /** Submitted after its due date. */
    LATE,
    /** Not submitted and past its due date. */
    MISSING
}
