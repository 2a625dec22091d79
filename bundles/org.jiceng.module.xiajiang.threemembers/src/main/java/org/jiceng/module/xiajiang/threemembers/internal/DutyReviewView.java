package org.jiceng.module.xiajiang.threemembers.internal;

import java.time.LocalDate;

/** A duty review; the answers are in the core's evaluation {@code /checklists/evaluations/{evaluationId}}. */
public record DutyReviewView(Long id, long dispatchId, long evaluationId, boolean passed, int metCount, LocalDate reviewedOn,
        String reviewedBy) {
}
