package org.jiceng.duty;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The evaluation of one report.
 *
 * @param upper the upper committee's ratings
 * @param lower the ratings from the cadres below (two-way rounds)
 * @param all both together
 * @param averageScore the mean of the scores given, two decimals (null when none)
 * @param grade the overall grade by the rule in {@link DutyReportService} (null when nobody rated yet)
 */
public record ReportResult(long reportId, String jurisdictionCode, String reporterName, boolean submitted, boolean overdue,
        RatingCounts upper, RatingCounts lower, RatingCounts all, @Nullable BigDecimal averageScore, @Nullable Rating grade) {
}
