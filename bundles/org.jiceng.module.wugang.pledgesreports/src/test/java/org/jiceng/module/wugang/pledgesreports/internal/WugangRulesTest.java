package org.jiceng.module.wugang.pledgesreports.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.duty.PledgeItem;
import org.jiceng.duty.RaterKind;
import org.jiceng.duty.Rating;
import org.jiceng.duty.ReportPeriod;
import org.jiceng.registry.JurisdictionLevel;
import org.junit.jupiter.api.Test;

class WugangRulesTest {

    private static String refusal(Runnable r) {
        return assertThrows(RuleViolationException.class, r::run).rule();
    }

    @Test
    void twoRoundsAYearHeldByTheCounty() {
        assertDoesNotThrow(() -> WugangRules.checkPeriod(ReportPeriod.H1));
        assertDoesNotThrow(() -> WugangRules.checkPeriod(ReportPeriod.H2));
        assertEquals(WugangRules.TWO_ROUNDS_A_YEAR, refusal(() -> WugangRules.checkPeriod(ReportPeriod.YEAR)));
        assertDoesNotThrow(() -> WugangRules.checkHeldByCounty("430581", JurisdictionLevel.COUNTY));
        assertEquals(WugangRules.ROUND_BY_COUNTY, refusal(() -> WugangRules.checkHeldByCounty("430581101", JurisdictionLevel.TOWNSHIP)));
    }

    @Test
    void theTownshipSecretariesReport() {
        assertDoesNotThrow(() -> WugangRules.checkReporterTownship("430581101", JurisdictionLevel.TOWNSHIP));
        assertEquals(WugangRules.REPORTER_TOWNSHIP, refusal(() -> WugangRules.checkReporterTownship("430581101201", JurisdictionLevel.VILLAGE)));
    }

    @Test
    void theMidYearRoundIsDueBeforeQiyi() {
        assertEquals(LocalDate.of(2025, 6, 30), WugangRules.defaultDue(2025, ReportPeriod.H1));
        assertEquals(LocalDate.of(2025, 12, 31), WugangRules.defaultDue(2025, ReportPeriod.H2));
    }

    @Test
    void pledgesGoOneLevelDown() {
        assertDoesNotThrow(() -> WugangRules.checkOneLevelDown("430581", JurisdictionLevel.COUNTY, "430581101", "430581"));
        assertDoesNotThrow(() -> WugangRules.checkOneLevelDown("430581101", JurisdictionLevel.TOWNSHIP, "430581101201", "430581101"));
        // the county skipping the township is not 武冈's cascade, though the engine would allow it
        assertEquals(WugangRules.PLEDGE_ONE_LEVEL_DOWN,
                refusal(() -> WugangRules.checkOneLevelDown("430581", JurisdictionLevel.COUNTY, "430581101201", "430581101")));
        assertEquals(WugangRules.PLEDGE_ONE_LEVEL_DOWN,
                refusal(() -> WugangRules.checkOneLevelDown("430500", JurisdictionLevel.CITY, "430581", "430500")));
    }

    @Test
    void theStandardItemsWeighAHundredPointsAtEachLevel() {
        for (JurisdictionLevel level : new JurisdictionLevel[]{JurisdictionLevel.TOWNSHIP, JurisdictionLevel.VILLAGE}) {
            assertEquals(100, WugangRules.standardItems(level).stream().mapToInt(PledgeItem::points).sum(), level.name());
        }
        assertEquals(6, WugangRules.standardItems(JurisdictionLevel.TOWNSHIP).size());
        assertEquals(5, WugangRules.standardItems(JurisdictionLevel.VILLAGE).size());
    }

    @Test
    void ratingsAreTakenByNameOrChineseLabel() {
        assertEquals(Rating.EXCELLENT, WugangRules.rating("rating", "好"));
        assertEquals(Rating.GOOD, WugangRules.rating("rating", "较好"));
        assertEquals(Rating.POOR, WugangRules.rating("rating", "poor"));
        assertThrows(ValidationException.class, () -> WugangRules.rating("rating", "优"));
        assertEquals(RaterKind.LOWER, WugangRules.raterKind("raterKind", "lower"));
        assertThrows(ValidationException.class, () -> WugangRules.raterKind("raterKind", "SIDE"));
    }
}
