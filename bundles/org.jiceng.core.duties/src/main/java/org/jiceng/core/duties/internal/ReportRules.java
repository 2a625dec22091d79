package org.jiceng.core.duties.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Shares;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.duty.DutyReport;
import org.jiceng.duty.DutyReportService;
import org.jiceng.duty.Evaluation;
import org.jiceng.duty.RaterKind;
import org.jiceng.duty.Rating;
import org.jiceng.duty.RatingCounts;
import org.jiceng.duty.ReportingRound;
import org.jiceng.duty.RoundStatus;

/** The rules of reporting rounds, reports and their evaluation, free of persistence so they can be tested alone. */
final class ReportRules {
    /** The share of 好 (or of 好 and 较好) from which a report is graded 好 (or 较好). */
    static final BigDecimal MAJORITY = new BigDecimal("0.6");
    /** The share of 差 from which a report is graded 差. */
    static final BigDecimal POOR_THIRD = BigDecimal.ONE.divide(BigDecimal.valueOf(3), Shares.SCALE, RoundingMode.HALF_UP);

    private ReportRules() {
    }

    static void checkRound(ReportingRound r) {
        new Validator().require("jurisdictionCode", r.jurisdictionCode()).range("year", r.year(), 1949, 9999).require("period", r.period())
                .require("title", r.title()).maxLength("title", r.title(), 200).require("dueDate", r.dueDate())
                .require("upperCommittee", r.upperCommittee()).maxLength("upperCommittee", r.upperCommittee(), 100)
                .check(r.dueDate() == null || Math.abs(r.dueDate().getYear() - r.year()) <= 1, "dueDate", "must lie in or next to the round's year")
                .throwIfInvalid();
    }

    static void checkReport(DutyReport r) {
        new Validator().require("jurisdictionCode", r.jurisdictionCode())
                .check(r.reporterMemberId() != null || (r.reporterName() != null && !r.reporterName().isBlank()), "reporterName",
                        "a reporter member (reporterMemberId) or name is required")
                .maxLength("reporterName", r.reporterName(), 100).throwIfInvalid();
    }

    /** Reports are registered and submitted, evaluations given, only while the round is open. */
    static void checkOpen(long roundId, RoundStatus status, String rule) {
        if (status != RoundStatus.OPEN) {
            throw new RuleViolationException(rule, "Round " + roundId + " is closed");
        }
    }

    /** A report is reported for a jurisdiction below the round's (the round's own committee hears it). */
    static void checkBelowRound(String roundCode, String reportCode, boolean reportWithinRound) {
        if (!reportWithinRound || roundCode.equals(reportCode)) {
            throw new RuleViolationException(DutyReportService.RULE_REPORT_OUTSIDE_ROUND,
                    "A report for " + reportCode + " does not belong to a round of " + roundCode);
        }
    }

    static void checkNotSubmitted(long id, LocalDate submittedOn) {
        if (submittedOn != null) {
            throw new RuleViolationException(DutyReportService.RULE_REPORT_ALREADY_SUBMITTED,
                    "Report " + id + " was submitted on " + submittedOn);
        }
    }

    /**
     * Checks a batch of evaluations of one report: submitted, kinds the round takes, each rater
     * once (against those who rated already and within the batch).
     */
    static void checkEvaluations(long reportId, LocalDate submittedOn, boolean twoWay, Collection<String> ratedAlready, List<Evaluation> batch,
            LocalDate today) {
        if (batch == null || batch.isEmpty()) {
            throw new ValidationException("evaluations", "at least one evaluation is required");
        }
        Validator v = new Validator();
        for (int i = 0; i < batch.size(); i++) {
            Evaluation e = batch.get(i);
            String f = "evaluations[" + i + "]";
            v.check(e != null, f, "is required");
            if (e != null) {
                v.require(f + ".raterKind", e.raterKind()).require(f + ".rater", e.rater()).maxLength(f + ".rater", e.rater(), 100)
                        .require(f + ".rating", e.rating()).range(f + ".score", e.score(), 0, 100).maxLength(f + ".comment", e.comment(), 1000)
                        .check(e.ratedOn() == null || !e.ratedOn().isAfter(today), f + ".ratedOn", "must not be in the future");
            }
        }
        v.throwIfInvalid();
        if (submittedOn == null) {
            throw new RuleViolationException(DutyReportService.RULE_EVALUATION_BEFORE_SUBMISSION, "Report " + reportId + " is not submitted yet");
        }
        Set<String> raters = new HashSet<>();
        ratedAlready.forEach(r -> raters.add(raterKey(r)));
        for (Evaluation e : batch) {
            if (!twoWay && e.raterKind() == RaterKind.LOWER) {
                throw new RuleViolationException(DutyReportService.RULE_LOWER_RATER_IN_ONE_WAY_ROUND,
                        "Report " + reportId + " is in a one-way round: only the upper committee rates it");
            }
            if (!raters.add(raterKey(e.rater()))) {
                throw new RuleViolationException(DutyReportService.RULE_RATER_ALREADY_RATED, e.rater().strip() + " already rated report " + reportId);
            }
            if (e.ratedOn() != null && e.ratedOn().isBefore(submittedOn)) {
                throw new ValidationException("ratedOn", "must not be before the report was submitted (" + submittedOn + ")");
            }
        }
    }

    /** The same rater whatever the case and surrounding spaces. */
    static String raterKey(String rater) {
        return rater.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Not submitted and the due date has passed. */
    static boolean overdue(LocalDate submittedOn, LocalDate dueDate, LocalDate today) {
        return submittedOn == null && today.isAfter(dueDate);
    }

    static RatingCounts counts(Collection<Rating> ratings) {
        Map<Rating, Long> n = new EnumMap<>(Rating.class);
        ratings.stream().filter(Objects::nonNull).forEach(r -> n.merge(r, 1L, Long::sum));
        long total = n.values().stream().mapToLong(Long::longValue).sum();
        long excellent = n.getOrDefault(Rating.EXCELLENT, 0L);
        return new RatingCounts(excellent, n.getOrDefault(Rating.GOOD, 0L), n.getOrDefault(Rating.FAIR, 0L), n.getOrDefault(Rating.POOR, 0L), total,
                Shares.of(excellent, total));
    }

    /**
     * The overall grade (the rule stated on {@link DutyReportService}): shares per side, each side that
     * rated weighing the same; 好 from 60 % 好, 较好 from 60 % 好 and 较好, 差 from a third 差, else 一般.
     *
     * @return null when nobody rated
     */
    static Rating grade(RatingCounts upper, RatingCounts lower) {
        List<RatingCounts> sides = java.util.stream.Stream.of(upper, lower).filter(c -> c.total() > 0).toList();
        if (sides.isEmpty()) {
            return null;
        }
        BigDecimal excellent = mean(sides, c -> c.excellent());
        BigDecimal atLeastGood = mean(sides, c -> c.excellent() + c.good());
        BigDecimal poor = mean(sides, c -> c.poor());
        if (excellent.compareTo(MAJORITY) >= 0) {
            return Rating.EXCELLENT;
        }
        if (atLeastGood.compareTo(MAJORITY) >= 0) {
            return Rating.GOOD;
        }
        return poor.compareTo(POOR_THIRD) >= 0 ? Rating.POOR : Rating.FAIR;
    }

    /** The mean over the sides of each side's share of what {@code part} counts. */
    private static BigDecimal mean(List<RatingCounts> sides, java.util.function.ToLongFunction<RatingCounts> part) {
        BigDecimal sum = BigDecimal.ZERO;
        for (RatingCounts c : sides) {
            sum = sum.add(Shares.of(part.applyAsLong(c), c.total()));
        }
        return sum.divide(BigDecimal.valueOf(sides.size()), Shares.SCALE, RoundingMode.HALF_UP);
    }

    /** The mean of the scores given, two decimals; null when none was given. */
    static BigDecimal averageScore(Collection<Integer> scores) {
        List<Integer> given = scores.stream().filter(Objects::nonNull).toList();
        if (given.isEmpty()) {
            return null;
        }
        long sum = given.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(given.size()), 2, RoundingMode.HALF_UP);
    }
}
