package org.jiceng.duty;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A reporting round (述职评议): the secretaries below a jurisdiction report for a period by a due date.
 *
 * @param jurisdictionCode the jurisdiction that holds the round (its committee hears the reports)
 * @param upperCommittee to whom the reports go above (e.g. 中共武冈市委)
 * @param twoWay whether the cadres below also rate the reports (双向述职); if not, only UPPER raters
 * @param status OPEN or CLOSED (on input: ignored)
 */
public record ReportingRound(@Nullable Long id, String jurisdictionCode, int year, ReportPeriod period, String title, LocalDate dueDate,
        String upperCommittee, boolean twoWay, RoundStatus status, @Nullable LocalDate closedOn, @Nullable Long version) {
}
