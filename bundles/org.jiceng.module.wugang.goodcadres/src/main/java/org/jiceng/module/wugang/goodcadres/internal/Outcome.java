package org.jiceng.module.wugang.goodcadres.internal;

/** A round's decision on one nominee. */
public enum Outcome {
    /** On to the next round (or, in 审定, selected). */
    PASS,
    /** Out of the selection, with the reason. */
    ELIMINATE
}
