package org.jiceng.module.wugang.villageappraisal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jiceng.cadre.CadreRank;
import org.jiceng.cadre.Position;
import org.jiceng.cadre.PostLevel;
import org.jiceng.common.Params;
import org.jiceng.common.ValidationException;
import org.jiceng.scoring.GradeBand;
import org.jiceng.scoring.Indicator;
import org.junit.jupiter.api.Test;

/** 武冈's appraisal rules as plain functions: the 100 points, grades, subsidy per grade, awards, selection, dossier records. */
class RulesTest {
    private static final Rates RATES = new Rates(new BigDecimal("6000.00"), new BigDecimal("4800.00"), new BigDecimal("2400.00"),
            new BigDecimal("0.00"), 1, new BigDecimal("1000.00"), 90);

    @Test
    void bothSchemesWeighOneHundredPoints() {
        for (List<Indicator> indicators : List.of(Appraisal.cadreScheme("430581").indicators(), Appraisal.teamScheme("430581").indicators())) {
            assertEquals(100.0, indicators.stream().mapToDouble(Indicator::weight).sum(), 1e-9);
        }
        assertEquals(60.0, Appraisal.cadreScheme("430581").indicators().stream().filter(i -> i.metric() != null).mapToDouble(Indicator::weight)
                .sum(), 1e-9, "the dossier carries 60 of the cadre's points");
    }

    @Test
    void gradesAreOrderedFromTheBest() {
        for (List<GradeBand> bands : List.of(AppraisalRules.CADRE_GRADES, AppraisalRules.TEAM_GRADES)) {
            for (int i = 1; i < bands.size(); i++) {
                assertTrue(bands.get(i - 1).minimum() > bands.get(i).minimum(), bands.toString());
            }
            assertEquals(0.0, bands.get(bands.size() - 1).minimum(), "every total has a grade");
        }
    }

    @Test
    void theSubsidyFollowsTheGrade() {
        assertEquals(new BigDecimal("6000.00"), AppraisalRules.subsidy(AppraisalRules.EXCELLENT, RATES));
        assertEquals(new BigDecimal("4800.00"), AppraisalRules.subsidy(AppraisalRules.COMPETENT, RATES));
        assertEquals(new BigDecimal("2400.00"), AppraisalRules.subsidy(AppraisalRules.BASIC, RATES));
        assertEquals(new BigDecimal("0.00"), AppraisalRules.subsidy(AppraisalRules.INCOMPETENT, RATES));
        assertEquals(BigDecimal.ZERO, AppraisalRules.subsidy(null, RATES), "nothing before a result");
    }

    @Test
    void onlyTheTownshipsBestExcellentCadresAreCommended() {
        assertTrue(AppraisalRules.commended(AppraisalRules.EXCELLENT, 1, RATES));
        assertFalse(AppraisalRules.commended(AppraisalRules.EXCELLENT, 2, RATES), "one a township in the defaults");
        assertFalse(AppraisalRules.commended(AppraisalRules.COMPETENT, 1, RATES), "first of a township without 优秀 is not commended");
        Rates two = new Rates(RATES.subsidyExcellent(), RATES.subsidyCompetent(), RATES.subsidyBasic(), RATES.subsidyIncompetent(), 2,
                RATES.awardAmount(), 90);
        assertTrue(AppraisalRules.commended(AppraisalRules.EXCELLENT, 2, two));
    }

    @Test
    void selectionNeedsTheExcellentGradeAndTheMinimumTotal() {
        assertTrue(AppraisalRules.selectionCandidate(AppraisalRules.EXCELLENT, 90, RATES));
        Rates strict = new Rates(RATES.subsidyExcellent(), RATES.subsidyCompetent(), RATES.subsidyBasic(), RATES.subsidyIncompetent(), 1,
                RATES.awardAmount(), 95);
        assertFalse(AppraisalRules.selectionCandidate(AppraisalRules.EXCELLENT, 94.5, strict));
        assertFalse(AppraisalRules.selectionCandidate(AppraisalRules.COMPETENT, 99, RATES));
    }

    @Test
    void aRecordCountsForTheYearItIsDatedIn() {
        assertTrue(AppraisalRules.inYear(LocalDate.of(2025, 12, 31), 2025));
        assertFalse(AppraisalRules.inYear(LocalDate.of(2026, 1, 1), 2025));
        assertFalse(AppraisalRules.inYear(null, 2025));
    }

    @Test
    void earningRecordsTakePointsAboveZeroAndDeductionsBelow() {
        assertTrue(RecordCategory.DUTY.accepts(10));
        assertFalse(RecordCategory.DUTY.accepts(10.5));
        assertFalse(RecordCategory.DUTY.accepts(0));
        assertFalse(RecordCategory.SERVICE.accepts(-1));
        assertTrue(RecordCategory.DISCIPLINE.accepts(-10));
        assertFalse(RecordCategory.DISCIPLINE.accepts(2));
        assertFalse(RecordCategory.DISCIPLINE.accepts(-11));
    }

    @Test
    void theTeamAveragesItsCadres() {
        assertEquals(67.0, AppraisalRules.average(List.of(97.0, 68.0, 36.0)), 1e-9);
        assertEquals(0.0, AppraisalRules.average(List.of()), 1e-9);
    }

    @Test
    void aPostCountsForTheYearsItWasHeld() {
        Position post = new Position(1L, 2L, "张家村党支部", "430581103201", null, "书记", CadreRank.VILLAGE, PostLevel.HEAD,
                LocalDate.of(2021, 3, 1), LocalDate.of(2024, 2, 1), 0L);
        assertTrue(Cadres.heldIn(post, 2021));
        assertTrue(Cadres.heldIn(post, 2024), "held for part of the year");
        assertFalse(Cadres.heldIn(post, 2020));
        assertFalse(Cadres.heldIn(post, 2025));
    }

    @Test
    void aYearParameterIsAYear() {
        assertEquals(2025, Params.year("year", " 2025 "));
        assertEquals("year", assertThrows(ValidationException.class, () -> Params.year("year", "25th")).errors().get(0).field());
        assertThrows(ValidationException.class, () -> Params.year("year", "1999"));
        assertThrows(ValidationException.class, () -> Params.year("year", null));
    }

    @Test
    void approvedYearsAreClosed() {
        assertFalse(YearState.OPEN.closed());
        assertFalse(YearState.COMPUTED.closed());
        assertTrue(YearState.APPROVED.closed());
        assertTrue(YearState.PAID.closed());
    }
}
