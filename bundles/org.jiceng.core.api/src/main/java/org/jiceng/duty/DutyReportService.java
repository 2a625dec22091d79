package org.jiceng.duty;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jspecify.annotations.Nullable;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Secretaries' duty reports and their evaluation 述职评议. A stale version is a ConflictException; a
 * missing record a NotFoundException; the rules below a RuleViolationException naming them.
 * <p>
 * <b>Overall grade of a report.</b> The shares of 好, and of 好 and 较好 together, are taken on each
 * side that rated (UPPER, LOWER); with both sides each side weighs half, so that the many cadres
 * below do not drown the few raters of the upper committee. Then: 好 when the share of 好 is at
 * least 60 %; 较好 when the share of 好 and 较好 is at least 60 %; 差 when the share of 差 is at least
 * a third; 一般 otherwise.
 */
@ProviderType
public interface DutyReportService {
    /** One round per jurisdiction, year and period. */
    String RULE_ROUND_DUPLICATE = "round-duplicate";
    /** Reports are registered and submitted only while the round is open. */
    String RULE_REPORT_AFTER_ROUND_CLOSED = "report-after-round-closed";
    /** Evaluations are given only while the round is open. */
    String RULE_EVALUATION_AFTER_ROUND_CLOSED = "evaluation-after-round-closed";
    /** A report is reported for a jurisdiction below the round's. */
    String RULE_REPORT_OUTSIDE_ROUND = "report-outside-round";
    /** One report per reporter (member or name) and jurisdiction in a round. */
    String RULE_REPORTER_ALREADY_REGISTERED = "reporter-already-registered";
    /** A submitted report is not submitted again. */
    String RULE_REPORT_ALREADY_SUBMITTED = "report-already-submitted";
    /** Only a submitted report is evaluated. */
    String RULE_EVALUATION_BEFORE_SUBMISSION = "evaluation-before-submission";
    /** One evaluation per rater and report. */
    String RULE_RATER_ALREADY_RATED = "rater-already-rated";
    /** Only two-way rounds take ratings from the cadres below. */
    String RULE_LOWER_RATER_IN_ONE_WAY_ROUND = "lower-rater-in-one-way-round";

    /** Sortable fields of {@link #findRounds}. */
    java.util.Set<String> ROUND_SORTABLE = java.util.Set.of("id", "year", "period", "dueDate", "jurisdictionCode");
    /** Sortable fields of {@link #findReports}. */
    java.util.Set<String> REPORT_SORTABLE = java.util.Set.of("id", "jurisdictionCode", "reporterName", "submittedOn");

    /** Opens a round; id, status and closing are ignored. */
    ReportingRound openRound(ReportingRound round);

    ReportingRound getRound(long id);

    /** Rounds held in the jurisdiction's subtree, optionally of one year and period. */
    Page<ReportingRound> findRounds(String jurisdictionCode, @Nullable Integer year, @Nullable ReportPeriod period, PageRequest page);

    /** OPEN → CLOSED on the day (default today): no more reports nor evaluations. */
    ReportingRound closeRound(long id, @Nullable LocalDate closedOn, long version);

    /** Registers an expected report (not yet submitted); summary and submission are ignored. */
    DutyReport register(DutyReport report);

    /** Submits a registered report with its text or summary, on the day (default today, never in the future). */
    DutyReport submit(long reportId, String summary, @Nullable LocalDate submittedOn, long version);

    DutyReport getReport(long id);

    /**
     * Reports of the jurisdiction's subtree, optionally of one round; {@code submitted} true keeps
     * submitted ones, false the others; {@code overdue} true keeps those unsubmitted past the due date.
     */
    Page<DutyReport> findReports(String jurisdictionCode, @Nullable Long roundId, @Nullable Boolean submitted, @Nullable Boolean overdue,
            PageRequest page);

    /** Records evaluations of one submitted report, all or none. */
    List<Evaluation> evaluate(long reportId, List<Evaluation> evaluations);

    /** The report's evaluations, oldest first. */
    List<Evaluation> evaluations(long reportId);

    /** The round's figures and every report's result, by jurisdiction and reporter. */
    RoundResults results(long roundId);
}
