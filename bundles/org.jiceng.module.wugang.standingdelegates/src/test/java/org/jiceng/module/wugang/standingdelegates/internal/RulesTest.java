package org.jiceng.module.wugang.standingdelegates.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.jiceng.common.RuleViolationException;
import org.junit.jupiter.api.Test;

/** 武冈's standing-delegate rules as plain functions: contacts, term, the evaluation's year, scores and grades. */
class RulesTest {
    private static final LocalDate START = LocalDate.of(2021, 9, 1);
    private static final LocalDate END = LocalDate.of(2026, 8, 31);

    @Test
    void aDelegateKeepsOneVillageAndTenHouseholds() {
        DelegateRules.checkOneVillage(1, null, "430581101201");
        DelegateRules.checkOneVillage(1, "430581101201", "430581101201");
        assertEquals(DelegateRules.ONE_VILLAGE,
                assertThrows(RuleViolationException.class, () -> DelegateRules.checkOneVillage(1, "430581101201", "430581101202")).rule());
        DelegateRules.checkTenHouseholds(10);
        assertEquals(DelegateRules.TEN_HOUSEHOLDS, assertThrows(RuleViolationException.class, () -> DelegateRules.checkTenHouseholds(9)).rule());
        assertEquals(DelegateRules.TEN_HOUSEHOLDS, assertThrows(RuleViolationException.class, () -> DelegateRules.checkTenHouseholds(11)).rule());
    }

    @Test
    void dutiesCountOnlyWithinTheTerm() {
        DelegateRules.checkInTerm(1, "张三", START, END, START);
        DelegateRules.checkInTerm(1, "张三", START, END, END);
        assertEquals(DelegateRules.OUTSIDE_TERM,
                assertThrows(RuleViolationException.class, () -> DelegateRules.checkInTerm(1, "张三", START, END, START.minusDays(1))).rule());
        assertEquals(DelegateRules.OUTSIDE_TERM,
                assertThrows(RuleViolationException.class, () -> DelegateRules.checkInTerm(1, "张三", START, END, END.plusDays(1))).rule());
        assertTrue(DelegateRules.withinFiveYears(START, END));
        assertFalse(DelegateRules.withinFiveYears(START, END.plusDays(1)), "a term is five years at most");
        assertFalse(DelegateRules.withinFiveYears(START, START.minusDays(1)));
        assertTrue(DelegateRules.servesIn(START, END, 2021));
        assertFalse(DelegateRules.servesIn(START, END, 2020));
        assertFalse(DelegateRules.servesIn(START, END, 2027));
    }

    @Test
    void theEvaluationWaitsForTheYearToEnd() {
        DelegateRules.checkYearOver(2025, LocalDate.of(2026, 1, 1));
        assertEquals(DelegateRules.YEAR_NOT_OVER,
                assertThrows(RuleViolationException.class, () -> DelegateRules.checkYearOver(2026, LocalDate.of(2026, 12, 31))).rule());
    }

    @Test
    void scoresAddUpFromTheRecordsAndGradesFollowThem() {
        EvaluationRules.YearRecord full = new EvaluationRules.YearRecord(4, 4, 2, 1, 2, true, 20, 20);
        assertEquals(100, EvaluationRules.score(full));
        assertEquals(Grade.EXCELLENT, EvaluationRules.grade(full));
        EvaluationRules.YearRecord usual = new EvaluationRules.YearRecord(4, 4, 1, 0, 0, true, 20, 20);
        assertEquals(70, EvaluationRules.score(usual), "40 + 10 + 0 + 0 + 10 + 10");
        assertEquals(Grade.COMPETENT, EvaluationRules.grade(usual));
        EvaluationRules.YearRecord oneMissed = new EvaluationRules.YearRecord(4, 3, 1, 0, 0, true, 16, 20);
        assertEquals(58, EvaluationRules.score(oneMissed), "30 + 10 + 10 + 8");
        assertEquals(Grade.INCOMPETENT, EvaluationRules.grade(oneMissed));
        assertEquals(40, EvaluationRules.score(new EvaluationRules.YearRecord(0, 0, 0, 0, 0, false, 0, 0)), "no day held costs nothing");
        assertEquals(60, EvaluationRules.score(new EvaluationRules.YearRecord(0, 0, 5, 0, 0, false, 0, 20)),
                "40 for no day held, visits counted twice at most");
    }

    @Test
    void missingMostActivityDaysCapsTheGrade() {
        EvaluationRules.YearRecord absent = new EvaluationRules.YearRecord(4, 1, 2, 3, 4, true, 20, 20);
        assertEquals(70, EvaluationRules.score(absent), "10 + 20 + 10 + 10 + 10 + 10");
        assertEquals(Grade.BASICALLY_COMPETENT, EvaluationRules.grade(absent), "points alone would make 称职");
        EvaluationRules.YearRecord half = new EvaluationRules.YearRecord(4, 2, 2, 3, 4, true, 20, 20);
        assertEquals(Grade.COMPETENT, EvaluationRules.grade(half), "missing half is not missing most: 80 points make 称职");
    }

    @Test
    void theDemoPlanReproducesTheSeedsFigures() {
        int delegates = 0;
        for (int s = 0; s < DemoPlan.STUDIOS; s++) {
            delegates += DemoPlan.delegatesOf(s);
        }
        assertEquals(371, delegates);
        assertEquals(21, DemoPlan.STUDIOS);
        DemoPlan plan = new DemoPlan(2025);
        assertTrue(DelegateRules.servesIn(plan.termStart(), plan.termEnd(), 2025));
        assertTrue(DelegateRules.withinFiveYears(plan.termStart(), plan.termEnd()));
        for (int s = 0; s < DemoPlan.STUDIOS; s++) {
            for (int q = 0; q < DemoPlan.ACTIVITY_DAYS; q++) {
                assertEquals(2025, plan.activityDay(s, q).getYear());
            }
        }
        assertEquals(LocalDate.of(2026, 1, 3), plan.evaluatedOn(LocalDate.of(2026, 1, 3)), "never later than today");
    }
}
