package org.jiceng.module.shunyi.innovationcases.internal;

/** Where a case stands in the library: 成熟一个,纳入一个,推广一个. */
public enum CaseState {
    /** Submitted by its unit, awaiting review (or resubmitted after a return). */
    SUBMITTED,
    /** Returned to mature, with the reviewer's opinion; its unit edits and so resubmits it. */
    RETURNED,
    /** Admitted into the library (纳入). */
    ADMITTED,
    /** Promoted to other units (推广): adoptions are recorded against it. */
    PROMOTED
}
