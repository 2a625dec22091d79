package org.jiceng.module.guangzong.studytraining.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jiceng.common.RuleViolationException;
import org.jiceng.development.MembershipStatus;
import org.jiceng.registry.MemberStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class StudyRulesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);

    @Test
    void equalScoresShareARankAndAreListedByMemberId() {
        List<StudyRules.Ranked> r = StudyRules.rank(List.of(new long[]{7, 80}, new long[]{3, 95}, new long[]{5, 80}, new long[]{1, 70}));
        assertEquals(List.of(3L, 5L, 7L, 1L), r.stream().map(StudyRules.Ranked::memberId).toList());
        assertEquals(List.of(1, 2, 2, 4), r.stream().map(StudyRules.Ranked::rank).toList());
    }

    @Test
    void theSelectionTakesThePlacesAndEveryoneTiedAtTheCutOff() {
        List<StudyRules.Ranked> r = StudyRules.rank(List.of(new long[]{1, 98}, new long[]{2, 91}, new long[]{3, 91}, new long[]{4, 90},
                new long[]{5, 59}));
        assertEquals(List.of(1L, 2L, 3L), ids(StudyRules.select(r, 2, 60, Set.of())), "the tie at the second place goes with it");
        assertEquals(List.of(1L, 2L, 3L), ids(StudyRules.select(r, 3, 60, Set.of())));
        assertEquals(List.of(2L, 3L), ids(StudyRules.select(r, 1, 60, Set.of(1L))), "a member selected before is passed over");
        assertEquals(List.of(1L, 2L, 3L, 4L), ids(StudyRules.select(r, 10, 60, Set.of())), "never below the minimum score");
        assertEquals(List.of(), ids(StudyRules.select(r, 10, 99, Set.of())));
    }

    @Test
    void aSelectionIsMadeOnceFromAClosedExamNeverBelowThePassMark() {
        assertRule(StudyRules.RULE_EXAM_NOT_CLOSED, () -> StudyRules.checkSelection(ExamStatus.OPEN, false, 60, 60));
        assertRule(StudyRules.RULE_SELECTION_MADE, () -> StudyRules.checkSelection(ExamStatus.CLOSED, true, 60, 60));
        assertRule(StudyRules.RULE_SELECTION_BELOW_PASS, () -> StudyRules.checkSelection(ExamStatus.CLOSED, false, 59, 60));
        assertDoesNotThrow(() -> StudyRules.checkSelection(ExamStatus.CLOSED, false, 85, 60));
    }

    @Test
    void scoresAreTakenOnceTheExamIsHeldAndUntilItCloses() {
        assertRule(StudyRules.RULE_EXAM_NOT_HELD, () -> StudyRules.checkScoresAccepted(ExamStatus.OPEN, DAY.plusDays(1), DAY));
        assertRule(StudyRules.RULE_EXAM_CLOSED, () -> StudyRules.checkScoresAccepted(ExamStatus.CLOSED, DAY, DAY));
        assertDoesNotThrow(() -> StudyRules.checkScoresAccepted(ExamStatus.OPEN, DAY, DAY));
    }

    @Test
    void siteTrainingFollowsTheExamOnce() {
        assertRule(StudyRules.RULE_TRAINING_BEFORE_EXAM, () -> StudyRules.checkSiteTraining(SelectionStatus.SELECTED, DAY.minusDays(1), DAY));
        assertRule(StudyRules.RULE_ALREADY_TRAINED, () -> StudyRules.checkSiteTraining(SelectionStatus.TRAINED, DAY.plusDays(9), DAY));
        assertDoesNotThrow(() -> StudyRules.checkSiteTraining(SelectionStatus.SELECTED, DAY, DAY));
    }

    @Test
    void threeYearPlansDoNotOverlapAndYearlyPlansAndBatchesKeepInside() {
        assertEquals(2027, StudyRules.endYear(2025));
        assertTrue(StudyRules.overlaps(2025, 2027));
        assertFalse(StudyRules.overlaps(2025, 2028));
        assertTrue(StudyRules.overlaps(2025, 2023));
        assertFalse(StudyRules.overlaps(2025, 2022));
        assertRule(StudyRules.RULE_YEAR_OUTSIDE_PLAN, () -> StudyRules.checkYearInPlan(2028, 2025, 2027));
        assertDoesNotThrow(() -> StudyRules.checkYearInPlan(2027, 2025, 2027));
        assertRule(StudyRules.RULE_BATCH_OUTSIDE_YEAR, () -> StudyRules.checkBatchYear(2026, LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 1)));
        assertRule(StudyRules.RULE_BATCH_OUTSIDE_YEAR, () -> StudyRules.checkBatchYear(2026, LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 1)));
        assertDoesNotThrow(() -> StudyRules.checkBatchYear(2026, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 3)));
    }

    @Test
    void aNoPostBatchTakesMembersInTheRanksOfItsTownshipWithoutAPost() {
        assertRule(StudyRules.RULE_NOT_IN_RANKS, () -> StudyRules.checkEnrollable(1, MemberStage.ACTIVIST, MembershipStatus.ACTIVE, true, false));
        assertRule(StudyRules.RULE_NOT_IN_RANKS, () -> StudyRules.checkEnrollable(1, MemberStage.FULL, MembershipStatus.EXITED, true, false));
        assertRule(StudyRules.RULE_MEMBER_OUTSIDE_TOWNSHIP,
                () -> StudyRules.checkEnrollable(1, MemberStage.FULL, MembershipStatus.ACTIVE, false, false));
        assertRule(StudyRules.RULE_MEMBER_HAS_POST, () -> StudyRules.checkEnrollable(1, MemberStage.FULL, MembershipStatus.ACTIVE, true, true));
        assertDoesNotThrow(() -> StudyRules.checkEnrollable(1, MemberStage.PROBATIONARY, MembershipStatus.ACTIVE, true, false));
        assertRule(StudyRules.RULE_BATCH_HELD, () -> StudyRules.checkBatchOpen(BatchStatus.HELD));
        assertRule(StudyRules.RULE_BATCH_NOT_STARTED, () -> StudyRules.checkBatchStarted(DAY.plusDays(1), DAY));
        assertDoesNotThrow(() -> StudyRules.checkBatchStarted(DAY, DAY));
    }

    @Test
    void theDemoPlacesFollowTheSeedsShare() {
        // 200 of nearly 10,000 over four exams: 0.5 % of an exam's takers, at least one
        assertEquals(50, StudyRules.seedPlaces(10_000, 4));
        assertEquals(5, StudyRules.seedPlaces(900, 4));
        assertEquals(1, StudyRules.seedPlaces(20, 4));
    }

    @Test
    void theDemoExamsAreTheLastFourQuartersAndItsBatchesKeepInsideTheirYear() {
        assertEquals(List.of(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 3, 15), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 9, 15)),
                DemoData.examDays(LocalDate.of(2026, 12, 3)));
        assertEquals(LocalDate.of(2025, 12, 15), DemoData.examDays(LocalDate.of(2026, 3, 31)).get(3));
        for (LocalDate today : List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 31))) {
            for (int t = 0; t < 9; t++) {
                for (int y : List.of(2025, 2026)) {
                    LocalDate[] first = DemoData.firstBatch(y, 2026, t, 9, today);
                    LocalDate[] second = DemoData.secondBatch(y, 2026, t, today);
                    assertDoesNotThrow(() -> StudyRules.checkBatchYear(y, first[0], first[1]));
                    assertDoesNotThrow(() -> StudyRules.checkBatchYear(y, second[0], second[1]));
                    assertFalse(first[0].isAfter(today), "a first batch has been held");
                }
            }
        }
    }

    private static List<Long> ids(List<StudyRules.Ranked> r) {
        return r.stream().map(StudyRules.Ranked::memberId).toList();
    }

    private static void assertRule(String rule, Executable e) {
        assertEquals(rule, assertThrows(RuleViolationException.class, e).rule());
    }
}
