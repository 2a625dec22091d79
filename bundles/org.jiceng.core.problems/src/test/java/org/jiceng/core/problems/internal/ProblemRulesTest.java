package org.jiceng.core.problems.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.problem.Problem;
import org.jiceng.problem.ProblemChange;
import org.jiceng.problem.ProblemService;
import org.jiceng.problem.ProblemSeverity;
import org.jiceng.problem.ProblemSource;
import org.jiceng.problem.ProblemStatistics;
import org.jiceng.problem.ProblemStatus;
import org.junit.jupiter.api.Test;

class ProblemRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void theRectificationStepsFollowInOrder() {
        assertEquals(ProblemStatus.PLAN_FILED, ProblemRules.next(1, ProblemStatus.FOUND, ProblemChange.PLANNED));
        assertEquals(ProblemStatus.IN_PROGRESS, ProblemRules.next(1, ProblemStatus.PLAN_FILED, ProblemChange.PROGRESS));
        assertEquals(ProblemStatus.IN_PROGRESS, ProblemRules.next(1, ProblemStatus.IN_PROGRESS, ProblemChange.PROGRESS));
        assertEquals(ProblemStatus.RECTIFIED, ProblemRules.next(1, ProblemStatus.IN_PROGRESS, ProblemChange.RECTIFIED));
        assertEquals(ProblemStatus.RECTIFIED, ProblemRules.next(1, ProblemStatus.PLAN_FILED, ProblemChange.RECTIFIED));
        assertEquals(ProblemStatus.VERIFIED, ProblemRules.next(1, ProblemStatus.RECTIFIED, ProblemChange.VERIFIED));
        assertEquals(ProblemStatus.IN_PROGRESS, ProblemRules.next(1, ProblemStatus.RECTIFIED, ProblemChange.REOPENED));
    }

    @Test
    void skippedOrRepeatedStepsAreRefused() {
        for (Object[] refused : new Object[][]{{ProblemStatus.FOUND, ProblemChange.RECTIFIED}, {ProblemStatus.FOUND, ProblemChange.PROGRESS},
                {ProblemStatus.FOUND, ProblemChange.VERIFIED}, {ProblemStatus.PLAN_FILED, ProblemChange.PLANNED},
                {ProblemStatus.IN_PROGRESS, ProblemChange.VERIFIED}, {ProblemStatus.IN_PROGRESS, ProblemChange.REOPENED},
                {ProblemStatus.VERIFIED, ProblemChange.REOPENED}, {ProblemStatus.VERIFIED, ProblemChange.PROGRESS},
                {ProblemStatus.RECTIFIED, ProblemChange.FOUND}}) {
            RuleViolationException e = assertThrows(RuleViolationException.class,
                    () -> ProblemRules.next(1, (ProblemStatus) refused[0], (ProblemChange) refused[1]), refused[0] + " " + refused[1]);
            assertEquals(ProblemService.RULE_STEP_ORDER, e.rule());
        }
    }

    @Test
    void overdueMeansPastTheDeadlineAndNotRectified() {
        assertTrue(ProblemRules.overdue(ProblemStatus.IN_PROGRESS, TODAY.minusDays(1), TODAY));
        assertFalse(ProblemRules.overdue(ProblemStatus.IN_PROGRESS, TODAY, TODAY));
        assertFalse(ProblemRules.overdue(ProblemStatus.RECTIFIED, TODAY.minusDays(1), TODAY));
        assertFalse(ProblemRules.overdue(ProblemStatus.VERIFIED, TODAY.minusDays(30), TODAY));
        assertTrue(ProblemRules.overdue(ProblemStatus.FOUND, TODAY.minusDays(30), TODAY));
    }

    @Test
    void stepDatesAndReportsAreChecked() {
        assertEquals(TODAY, ProblemRules.stepDate(null, TODAY.minusDays(3), TODAY));
        assertThrows(ValidationException.class, () -> ProblemRules.stepDate(TODAY.plusDays(1), TODAY.minusDays(3), TODAY));
        assertThrows(ValidationException.class, () -> ProblemRules.stepDate(TODAY.minusDays(4), TODAY.minusDays(3), TODAY));
        Problem ok = new Problem(null, ProblemSource.INSPECTION_TOUR, "JURISDICTION", "130531101201", "130531101201", "三会一课",
                ProblemSeverity.MEDIUM, "未按期召开", "巡察组", TODAY, TODAY.plusDays(30), null, false, null, null, null, null, null, null, null, 0,
                null, null, null);
        ProblemRules.checkReport(ok, TODAY);
        Problem late = new Problem(null, ProblemSource.INSPECTION_TOUR, "JURISDICTION", "130531101201", "130531101201", "三会一课",
                ProblemSeverity.MEDIUM, "未按期召开", "巡察组", TODAY, TODAY.minusDays(1), null, false, null, null, null, null, null, null, null, 0,
                null, null, null);
        assertEquals("deadline", assertThrows(ValidationException.class, () -> ProblemRules.checkReport(late, TODAY)).errors().get(0).field());
        assertTrue(ProblemRules.sameSide(" 广宗县委第一巡察组", "广宗县委第一巡察组 "));
        assertFalse(ProblemRules.sameSide("乡镇党委", "广宗县委第一巡察组"));
    }

    @Test
    void statisticsCountRectifiedAsRectifiedPlusVerifiedWithARateOfFourDecimals() {
        Map<ProblemSource, Map<ProblemStatus, Long>> counts = new EnumMap<>(ProblemSource.class);
        counts.put(ProblemSource.RESIDENT_CONTACT, new EnumMap<>(Map.of(ProblemStatus.VERIFIED, 9001L, ProblemStatus.RECTIFIED, 650L,
                ProblemStatus.IN_PROGRESS, 200L, ProblemStatus.FOUND, 92L)));
        counts.put(ProblemSource.INSPECTION_TOUR, new EnumMap<>(Map.of(ProblemStatus.VERIFIED, 2L, ProblemStatus.FOUND, 1L)));
        ProblemStatistics s = ProblemRules.statistics("441481", null, null, counts, Map.of(ProblemSource.RESIDENT_CONTACT, 40L));
        assertEquals(9946, s.found());
        assertEquals(9653, s.rectified());
        assertEquals(9003, s.verified());
        assertEquals(40, s.overdue());
        assertEquals(new BigDecimal("0.9705"), s.resolutionRate());
        assertEquals(2, s.bySource().size());
        ProblemStatistics.SourceCounts resident = s.bySource().stream().filter(c -> c.source() == ProblemSource.RESIDENT_CONTACT).findFirst().get();
        assertEquals(9943, resident.found());
        assertEquals(new BigDecimal("0.9706"), resident.resolutionRate(), "兴宁: 9943 collected, 97.06% resolved");

        ProblemStatistics none = ProblemRules.statistics("360823", ProblemSource.FEEDBACK, 2026, Map.of(), Map.of());
        assertEquals(new BigDecimal("0.0000"), none.resolutionRate());
        assertEquals(1, none.bySource().size(), "the source asked for is listed even when empty");
    }
}
