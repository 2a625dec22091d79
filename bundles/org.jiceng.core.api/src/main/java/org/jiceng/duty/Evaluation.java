package org.jiceng.duty;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One rater's evaluation of a submitted report.
 *
 * @param rater who rates (a person or a unit; one evaluation per rater and report)
 * @param score optional score 0–100
 * @param ratedOn default today, never in the future, never before the report was submitted
 */
public record Evaluation(@Nullable Long id, long reportId, RaterKind raterKind, String rater, Rating rating, @Nullable Integer score,
        @Nullable String comment,
        LocalDate ratedOn) {
}
