package org.jiceng.core.duties.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.duty.DutyReportService;
import org.jiceng.duty.Evaluation;
import org.jiceng.duty.RaterKind;
import org.jiceng.duty.Rating;
import org.jiceng.duty.RatingCounts;
import org.jiceng.duty.RoundStatus;
import org.junit.jupiter.api.Test;

class ReportRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 7, 10);
    private static final LocalDate SUBMITTED = LocalDate.of(2026, 6, 28);

    private static Evaluation rating(RaterKind kind, String rater, Rating rating) {
        return new Evaluation(null, 1, kind, rater, rating, null, null, null);
    }

    private static String refusal(Runnable r) {
        return assertThrows(RuleViolationException.class, r::run).rule();
    }

    @Test
    void nothingIsReportedOrRatedInAClosedRound() {
        assertDoesNotThrow(() -> ReportRules.checkOpen(1, RoundStatus.OPEN, DutyReportService.RULE_REPORT_AFTER_ROUND_CLOSED));
        assertEquals(DutyReportService.RULE_REPORT_AFTER_ROUND_CLOSED,
                refusal(() -> ReportRules.checkOpen(1, RoundStatus.CLOSED, DutyReportService.RULE_REPORT_AFTER_ROUND_CLOSED)));
    }

    @Test
    void aReportIsForAJurisdictionBelowTheRound() {
        assertDoesNotThrow(() -> ReportRules.checkBelowRound("430581", "430581101", true));
        assertEquals(DutyReportService.RULE_REPORT_OUTSIDE_ROUND, refusal(() -> ReportRules.checkBelowRound("430581", "430581", true)));
        assertEquals(DutyReportService.RULE_REPORT_OUTSIDE_ROUND, refusal(() -> ReportRules.checkBelowRound("430581", "441481101", false)));
        assertEquals(DutyReportService.RULE_REPORT_ALREADY_SUBMITTED, refusal(() -> ReportRules.checkNotSubmitted(1, SUBMITTED)));
    }

    @Test
    void onlySubmittedReportsAreRatedOncePerRater() {
        List<Evaluation> one = List.of(rating(RaterKind.UPPER, "市委书记", Rating.EXCELLENT));
        assertDoesNotThrow(() -> ReportRules.checkEvaluations(1, SUBMITTED, true, List.of(), one, TODAY));
        assertEquals(DutyReportService.RULE_EVALUATION_BEFORE_SUBMISSION,
                refusal(() -> ReportRules.checkEvaluations(1, null, true, List.of(), one, TODAY)));
        assertEquals(DutyReportService.RULE_RATER_ALREADY_RATED,
                refusal(() -> ReportRules.checkEvaluations(1, SUBMITTED, true, List.of(" 市委书记 "), one, TODAY)));
        assertEquals(DutyReportService.RULE_RATER_ALREADY_RATED, refusal(() -> ReportRules.checkEvaluations(1, SUBMITTED, true, List.of(),
                List.of(rating(RaterKind.LOWER, "村支书甲", Rating.GOOD), rating(RaterKind.LOWER, "村支书甲", Rating.FAIR)), TODAY)));
    }

    @Test
    void theCadresBelowRateOnlyInTwoWayRounds() {
        List<Evaluation> lower = List.of(rating(RaterKind.LOWER, "村支书甲", Rating.GOOD));
        assertDoesNotThrow(() -> ReportRules.checkEvaluations(1, SUBMITTED, true, List.of(), lower, TODAY));
        assertEquals(DutyReportService.RULE_LOWER_RATER_IN_ONE_WAY_ROUND,
                refusal(() -> ReportRules.checkEvaluations(1, SUBMITTED, false, List.of(), lower, TODAY)));
    }

    @Test
    void ratingsNeedARaterAndAScoreWithinZeroToHundred() {
        Evaluation noRater = new Evaluation(null, 1, RaterKind.UPPER, " ", Rating.GOOD, null, null, null);
        assertThrows(ValidationException.class, () -> ReportRules.checkEvaluations(1, SUBMITTED, true, List.of(), List.of(noRater), TODAY));
        Evaluation tooHigh = new Evaluation(null, 1, RaterKind.UPPER, "市委", Rating.GOOD, 101, null, null);
        assertThrows(ValidationException.class, () -> ReportRules.checkEvaluations(1, SUBMITTED, true, List.of(), List.of(tooHigh), TODAY));
        Evaluation beforeSubmission = new Evaluation(null, 1, RaterKind.UPPER, "市委", Rating.GOOD, null, null, SUBMITTED.minusDays(1));
        assertThrows(ValidationException.class, () -> ReportRules.checkEvaluations(1, SUBMITTED, true, List.of(), List.of(beforeSubmission), TODAY));
    }

    @Test
    void aReportIsOverdueWhenUnsubmittedAfterItsDueDate() {
        LocalDate due = LocalDate.of(2026, 7, 1);
        assertFalse(ReportRules.overdue(null, due, due));
        assertTrue(ReportRules.overdue(null, due, due.plusDays(1)));
        assertFalse(ReportRules.overdue(SUBMITTED, due, due.plusDays(1)));
    }

    private static RatingCounts counts(int excellent, int good, int fair, int poor) {
        List<Rating> ratings = new ArrayList<>();
        ratings.addAll(Collections.nCopies(excellent, Rating.EXCELLENT));
        ratings.addAll(Collections.nCopies(good, Rating.GOOD));
        ratings.addAll(Collections.nCopies(fair, Rating.FAIR));
        ratings.addAll(Collections.nCopies(poor, Rating.POOR));
        return ReportRules.counts(ratings);
    }

    @Test
    void ratingsAreCountedWithTheShareOfExcellent() {
        RatingCounts c = counts(3, 1, 1, 0);
        assertEquals(new RatingCounts(3, 1, 1, 0, 5, new BigDecimal("0.6000")), c);
        assertEquals(new BigDecimal("0.0000"), counts(0, 0, 0, 0).excellentShare());
    }

    @Test
    void theGradeFollowsTheStatedRuleWithEachSideWeighingHalf() {
        RatingCounts none = counts(0, 0, 0, 0);
        assertNull(ReportRules.grade(none, none));
        assertEquals(Rating.EXCELLENT, ReportRules.grade(counts(3, 2, 0, 0), none));
        assertEquals(Rating.GOOD, ReportRules.grade(counts(2, 1, 2, 0), none));
        assertEquals(Rating.POOR, ReportRules.grade(counts(0, 1, 1, 1), none));
        assertEquals(Rating.FAIR, ReportRules.grade(counts(1, 1, 2, 1), none));
        // the upper committee's 3 of 3 好 weigh as much as 20 village cadres' 8 of 20: (1 + 0.4) / 2 = 70 %
        assertEquals(Rating.EXCELLENT, ReportRules.grade(counts(3, 0, 0, 0), counts(8, 12, 0, 0)));
        // counted together it would be 11 of 23 = 48 %, and the report only 较好
        assertEquals(Rating.GOOD, ReportRules.grade(counts(11, 12, 0, 0), none));
    }

    @Test
    void theAverageScoreSkipsMissingScores() {
        assertNull(ReportRules.averageScore(Arrays.asList(null, null)));
        assertEquals(new BigDecimal("87.50"), ReportRules.averageScore(Arrays.asList(90, null, 85)));
    }
}
