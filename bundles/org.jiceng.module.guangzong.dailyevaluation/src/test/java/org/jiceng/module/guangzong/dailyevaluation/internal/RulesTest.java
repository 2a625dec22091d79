package org.jiceng.module.guangzong.dailyevaluation.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.common.RuleViolationException;
import org.jiceng.scoring.Scheme;
import org.junit.jupiter.api.Test;

class RulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final Item KEY_TASK = Catalogue.item("key-task").orElseThrow();
    private static final Item COMPLAINT = Catalogue.item("complaint").orElseThrow();

    @Test
    void anEntryCountsForItsYearIsNotInTheFutureAndKeepsToItsItemsRange() {
        assertDoesNotThrow(() -> EvaluationRules.checkEntry(KEY_TASK, 5, LocalDate.of(2025, 12, 31), 2025, TODAY));
        assertDoesNotThrow(() -> EvaluationRules.checkEntry(COMPLAINT, -2, TODAY, 2026, TODAY));
        assertEquals(EvaluationRules.RULE_OUTSIDE_YEAR, rule(() -> EvaluationRules.checkEntry(KEY_TASK, 3, LocalDate.of(2026, 1, 1), 2025, TODAY)));
        assertEquals(EvaluationRules.RULE_FUTURE, rule(() -> EvaluationRules.checkEntry(KEY_TASK, 3, TODAY.plusDays(1), 2026, TODAY)));
        assertEquals(EvaluationRules.RULE_POINTS, rule(() -> EvaluationRules.checkEntry(KEY_TASK, 6, TODAY, 2026, TODAY)));
        assertEquals(EvaluationRules.RULE_POINTS, rule(() -> EvaluationRules.checkEntry(KEY_TASK, -1, TODAY, 2026, TODAY)),
                "a merit item deducts nothing");
        assertEquals(EvaluationRules.RULE_POINTS, rule(() -> EvaluationRules.checkEntry(COMPLAINT, -1, TODAY, 2026, TODAY)),
                "a complaint costs at least 2");
        assertEquals(EvaluationRules.RULE_POINTS, rule(() -> EvaluationRules.checkEntry(COMPLAINT, -11, TODAY, 2026, TODAY)));
    }

    @Test
    void aBoardStartsAtItsBaseAndStaysWithinNoneAndAHundred() {
        assertEquals(80, EvaluationRules.boardPoints(Board.WORK, 0));
        assertEquals(92.5, EvaluationRules.boardPoints(Board.WORK, 12.5));
        assertEquals(100, EvaluationRules.boardPoints(Board.WORK, 40));
        assertEquals(0, EvaluationRules.boardPoints(Board.VIRTUE, -95));
        assertEquals(64, EvaluationRules.boardPoints(Board.STUDY, -6));
    }

    @Test
    void theCountyRanksShareTiesAndSkip() {
        Map<Long, Integer> ranks = EvaluationRules.ranks(List.of(new EvaluationRules.Standing(1, 80), new EvaluationRules.Standing(2, 95),
                new EvaluationRules.Standing(3, 80), new EvaluationRules.Standing(4, 60)));
        assertEquals(Map.of(2L, 1, 1L, 2, 3L, 2, 4L, 4), ranks);
        assertTrue(EvaluationRules.ranks(List.of()).isEmpty());
    }

    @Test
    void theSchemeWeighsTheThreeBoardsToAHundredAndGradesFromNinety() {
        Scheme s = Evaluation.scheme("130531");
        assertEquals(3, s.indicators().size());
        assertEquals(100.0, s.indicators().stream().mapToDouble(i -> i.weight()).sum(), 1e-9);
        assertEquals(List.of("work", "virtue", "study"), s.indicators().stream().map(i -> i.key()).toList());
        assertEquals(List.of("优秀", "良好", "一般", "较差"), EvaluationRules.GRADE_NAMES);
        assertEquals(90.0, s.gradeBands().get(0).minimum());
        assertEquals("guangzong-daily-evaluation-130531", s.key());
    }

    @Test
    void everyBoardHasMeritsAndDeductionsAndItemKeysAreUnique() {
        Set<String> keys = new HashSet<>();
        for (Item i : Catalogue.ITEMS) {
            assertTrue(keys.add(i.key()), "unique: " + i.key());
            assertTrue(i.minimum() <= i.maximum() && (i.minimum() > 0 || i.maximum() < 0), "an item either adds or deducts: " + i);
        }
        for (Board b : Board.values()) {
            assertTrue(Catalogue.of(b).stream().anyMatch(i -> i.maximum() > 0), b + " has merits");
            assertTrue(Catalogue.of(b).stream().anyMatch(i -> i.minimum() < 0), b + " has deductions");
        }
        assertFalse(Catalogue.item("bonus").isPresent());
    }

    @Test
    void averagesOfTotals() {
        assertNull(EvaluationRules.average(List.of()));
        assertEquals(83.33, EvaluationRules.average(List.of(80.0, 85.0, 85.0)));
    }

    private static String rule(Runnable r) {
        return assertThrows(RuleViolationException.class, r::run).rule();
    }
}
