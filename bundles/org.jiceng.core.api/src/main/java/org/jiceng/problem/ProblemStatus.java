package org.jiceng.problem;

/**
 * found → plan filed → in progress → rectified → verified; a rectified problem that fails the
 * re-check is reopened (back to in progress, the reopening kept in the history).
 */
public enum ProblemStatus {
    FOUND, PLAN_FILED, IN_PROGRESS, RECTIFIED, VERIFIED;

    /** Rectified or verified: counts as resolved and is never overdue. */
    public boolean isRectified() {
        return this == RECTIFIED || this == VERIFIED;
    }
}
