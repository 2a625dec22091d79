package org.jiceng.module.xiajiang.threemembers.internal;

import java.time.LocalDate;

import org.jiceng.problem.ProblemStatus;

/** Feedback given to a unit with the state of its rectification in the core ({@code /problems/{problemId}}). */
public record FeedbackView(Long id, long dispatchId, long problemId, int year, long organizationId, String jurisdictionCode,
        String description, ProblemStatus status, boolean overdue, LocalDate deadline, String recordedBy, LocalDate recordedOn) {
}
