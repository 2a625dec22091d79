package org.jiceng.module.shunyi.accountability.internal;

/** Where a case stands. */
public enum CaseState {
    /** Opened, not decided yet. */
    OPEN,
    /** Decided with a penalty. */
    DECIDED,
    /** Closed without liability (不予追究), with the reason. */
    DISMISSED
}
