package org.jiceng.module.wugang.goodcadres.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** 武冈's selection rules as plain functions: the order of the rounds, the public notice and its objections, the quota. */
class SelectionRulesTest {
    private static final LocalDate NOTICE_FROM = LocalDate.of(2025, 6, 16); // a Monday
    private static final LocalDate NOTICE_TO = LocalDate.of(2025, 6, 22); // the Sunday after

    @Test
    void theRoundsComeInTheSeedsOrderAndAreNeverSkipped() {
        assertEquals(Round.INSPECTION, Round.FIRST_REVIEW.next());
        assertEquals(Round.SECOND_REVIEW, Round.INSPECTION.next());
        assertEquals(Round.PUBLIC_NOTICE, Round.SECOND_REVIEW.next());
        assertEquals(Round.APPROVAL, Round.PUBLIC_NOTICE.next());
        assertNull(Round.APPROVAL.next());
        assertEquals("初评,考察,二评,公示,审定", String.join(",", java.util.Arrays.stream(Round.values()).map(Round::nameZh).toList()));
        assertDoesNotThrow(() -> SelectionRules.checkRound(1, Round.INSPECTION, Round.INSPECTION));
        assertRule(SelectionRules.ROUND_ORDER, () -> SelectionRules.checkRound(1, Round.FIRST_REVIEW, Round.INSPECTION));
        assertRule(SelectionRules.ROUND_ORDER, () -> SelectionRules.checkRound(1, Round.APPROVAL, Round.SECOND_REVIEW));
        ValidationException unknown = assertThrows(ValidationException.class, () -> Round.ofKey("round", "third-review"));
        assertEquals("round", unknown.errors().get(0).field());
    }

    @Test
    void anEliminatedNomineeGoesNoFurtherAndAnApprovedOneIsDone() {
        assertDoesNotThrow(() -> SelectionRules.checkInReview(7, NominationStatus.IN_REVIEW, Round.INSPECTION));
        RuleViolationException out = assertRule(SelectionRules.NOMINEE_ELIMINATED,
                () -> SelectionRules.checkInReview(7, NominationStatus.ELIMINATED, Round.INSPECTION));
        assertEquals(true, out.getMessage().contains("考察"), out.getMessage());
        assertRule(SelectionRules.NOMINEE_APPROVED, () -> SelectionRules.checkInReview(7, NominationStatus.APPROVED, null));
    }

    @Test
    void nominationsCloseAfterTheDeadlineDay() {
        LocalDate deadline = LocalDate.of(2025, 3, 31);
        assertDoesNotThrow(() -> SelectionRules.checkNominationOpen(deadline, deadline));
        assertRule(SelectionRules.NOMINATIONS_CLOSED, () -> SelectionRules.checkNominationOpen(deadline, deadline.plusDays(1)));
    }

    @Test
    void theNoticeRunsAtLeastFiveWorkingDaysAndIsPublishedOnce() {
        assertEquals(5, SelectionRules.workingDays(NOTICE_FROM, NOTICE_TO), "Monday to Sunday");
        assertEquals(5, SelectionRules.workingDays(LocalDate.of(2025, 6, 19), LocalDate.of(2025, 6, 25)), "Thursday to Wednesday");
        assertEquals(0, SelectionRules.workingDays(LocalDate.of(2025, 6, 21), LocalDate.of(2025, 6, 22)), "a weekend");
        assertDoesNotThrow(() -> SelectionRules.checkNoticePeriod(null, NOTICE_FROM, NOTICE_FROM.plusDays(4)));
        assertRule(SelectionRules.NOTICE_TOO_SHORT, () -> SelectionRules.checkNoticePeriod(null, NOTICE_FROM, NOTICE_FROM.plusDays(3)));
        assertRule(SelectionRules.NOTICE_TOO_SHORT,
                () -> SelectionRules.checkNoticePeriod(null, LocalDate.of(2025, 6, 18), LocalDate.of(2025, 6, 23)),
                "Wednesday to Monday holds four working days");
        assertRule(SelectionRules.NOTICE_ALREADY_PUBLISHED, () -> SelectionRules.checkNoticePeriod(NOTICE_FROM, NOTICE_FROM, NOTICE_TO));
    }

    @Test
    void objectionsAreTakenAgainstNomineesOnTheNoticeDuringItsPeriod() {
        assertDoesNotThrow(() -> SelectionRules.checkObjectionWindow(3, NominationStatus.IN_REVIEW, Round.PUBLIC_NOTICE, NOTICE_FROM, NOTICE_TO,
                NOTICE_FROM));
        assertDoesNotThrow(() -> SelectionRules.checkObjectionWindow(3, NominationStatus.IN_REVIEW, Round.PUBLIC_NOTICE, NOTICE_FROM, NOTICE_TO,
                NOTICE_TO));
        assertRule(SelectionRules.OBJECTION_OUTSIDE_PERIOD, () -> SelectionRules.checkObjectionWindow(3, NominationStatus.IN_REVIEW,
                Round.PUBLIC_NOTICE, NOTICE_FROM, NOTICE_TO, NOTICE_TO.plusDays(1)));
        assertRule(SelectionRules.OBJECTION_OUTSIDE_PERIOD, () -> SelectionRules.checkObjectionWindow(3, NominationStatus.IN_REVIEW,
                Round.PUBLIC_NOTICE, NOTICE_FROM, NOTICE_TO, NOTICE_FROM.minusDays(1)));
        assertRule(SelectionRules.NOT_ON_NOTICE, () -> SelectionRules.checkObjectionWindow(3, NominationStatus.IN_REVIEW, Round.SECOND_REVIEW,
                NOTICE_FROM, NOTICE_TO, NOTICE_FROM));
        assertRule(SelectionRules.NOT_ON_NOTICE, () -> SelectionRules.checkObjectionWindow(3, NominationStatus.IN_REVIEW, Round.PUBLIC_NOTICE,
                null, null, NOTICE_FROM), "no notice published");
        assertRule(SelectionRules.NOT_ON_NOTICE, () -> SelectionRules.checkObjectionWindow(3, NominationStatus.ELIMINATED, Round.PUBLIC_NOTICE,
                NOTICE_FROM, NOTICE_TO, NOTICE_FROM));
    }

    @Test
    void aNomineePassesTheNoticeOnlyAfterItsPeriodWithEveryObjectionDismissed() {
        LocalDate after = NOTICE_TO.plusDays(1);
        assertDoesNotThrow(() -> SelectionRules.checkNoticeCleared(5, NOTICE_FROM, NOTICE_TO, after, 0, 0));
        assertRule(SelectionRules.NOTICE_NOT_PUBLISHED, () -> SelectionRules.checkNoticeCleared(5, null, null, after, 0, 0));
        assertRule(SelectionRules.OBJECTION_PERIOD_NOT_OVER, () -> SelectionRules.checkNoticeCleared(5, NOTICE_FROM, NOTICE_TO, NOTICE_TO, 0, 0),
                "the last day of the period is still in it");
        assertRule(SelectionRules.OBJECTION_PERIOD_NOT_OVER, () -> SelectionRules.checkNoticeCleared(5, NOTICE_FROM, NOTICE_TO, NOTICE_FROM, 1, 1),
                "the period is checked first");
        assertRule(SelectionRules.OBJECTION_UNRESOLVED, () -> SelectionRules.checkNoticeCleared(5, NOTICE_FROM, NOTICE_TO, after, 1, 1));
        assertRule(SelectionRules.OBJECTION_UPHELD, () -> SelectionRules.checkNoticeCleared(5, NOTICE_FROM, NOTICE_TO, after, 0, 1));
    }

    @Test
    void approvalStopsAtTheQuota() {
        assertDoesNotThrow(() -> SelectionRules.checkQuota(19, 20));
        assertRule(SelectionRules.QUOTA_REACHED, () -> SelectionRules.checkQuota(20, 20));
    }

    private static RuleViolationException assertRule(String rule, Executable call) {
        return assertRule(rule, call, rule);
    }

    private static RuleViolationException assertRule(String rule, Executable call, String message) {
        RuleViolationException e = assertThrows(RuleViolationException.class, call, message);
        assertEquals(rule, e.rule(), message);
        return e;
    }
}
