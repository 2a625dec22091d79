package org.jiceng.duty;

import java.util.List;

/**
 * A round's figures and each report's result.
 *
 * @param expected reports registered
 * @param evaluated submitted reports with at least one evaluation
 * @param grades reports per overall grade (好, 较好, 一般, 差); its share of 好 is the share of reports graded 好
 */
public record RoundResults(ReportingRound round, long expected, long submitted, long overdue, long evaluated, long evaluations,
        RatingCounts grades, List<ReportResult> reports) {
}
