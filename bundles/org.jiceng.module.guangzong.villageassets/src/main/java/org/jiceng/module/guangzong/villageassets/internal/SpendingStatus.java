package org.jiceng.module.guangzong.villageassets.internal;

/** Where a spending request stands in the approval steps (报批程序). */
public enum SpendingStatus {
    /** Submitted by the village; the township decides next. */
    SUBMITTED,
    /** Approved by the township; the county decides next (above the threshold only). */
    TOWNSHIP_APPROVED,
    /** Approved at its last step; may be paid. */
    APPROVED,
    /** Paid out: spent. */
    PAID,
    /** Rejected at a step. */
    REJECTED;

    /** Counts against the budget: everything not rejected. */
    boolean commits() {
        return this != REJECTED;
    }

    boolean pending() {
        return this == SUBMITTED || this == TOWNSHIP_APPROVED;
    }
}
