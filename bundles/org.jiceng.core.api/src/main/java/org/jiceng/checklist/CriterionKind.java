package org.jiceng.checklist;

/** How a criterion is answered. */
public enum CriterionKind {
    /** met or not met ({@code met}); counts its maximum (1 when not given) towards the score when met */
    MET_NOT_MET,
    /** a score from 0 to the maximum ({@code score}); met when the score reaches {@code passScore} (the maximum when not given) */
    SCORE
}
