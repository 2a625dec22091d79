package org.jiceng.module.xingning.twowayreporting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.duty.RaterKind;
import org.jiceng.duty.Rating;
import org.jiceng.duty.ReportPeriod;
import org.jiceng.registry.JurisdictionLevel;
import org.junit.jupiter.api.Test;

class TwoWayRulesTest {
    private static final Weighting DEFAULTS = Weighting.defaultsFor("441481");

    @Test
    void oneRoundAYearHeldByTheCityForTheTowns() {
        TwoWayRules.checkPeriod(ReportPeriod.YEAR);
        assertEquals(TwoWayRules.YEARLY_ROUND, assertThrows(RuleViolationException.class, () -> TwoWayRules.checkPeriod(ReportPeriod.H1)).rule());
        TwoWayRules.checkHeldByCity("441481", JurisdictionLevel.COUNTY);
        assertEquals(TwoWayRules.ROUND_BY_CITY,
                assertThrows(RuleViolationException.class, () -> TwoWayRules.checkHeldByCity("441481100", JurisdictionLevel.TOWNSHIP)).rule());
        TwoWayRules.checkReporterTown("441481100", JurisdictionLevel.TOWNSHIP);
        assertEquals(TwoWayRules.REPORTER_TOWN,
                assertThrows(RuleViolationException.class, () -> TwoWayRules.checkReporterTown("441481100201", JurisdictionLevel.VILLAGE)).rule());
        assertEquals(TwoWayRules.LOWER_RATER_OUTSIDE_TOWN,
                assertThrows(RuleViolationException.class, () -> TwoWayRules.checkLowerRaterOfTown(false, 7, "441481100")).rule());
        assertEquals(TwoWayRules.REPORTER_NOT_OF_TOWN,
                assertThrows(RuleViolationException.class, () -> TwoWayRules.checkReporterOfTown(false, 7, "441481100")).rule());
        assertEquals("2025-12-31", TwoWayRules.defaultDue(2025).toString());
    }

    @Test
    void aScoreStandsForItsBand() {
        assertEquals(Rating.EXCELLENT, TwoWayRules.ratingOf(90));
        assertEquals(Rating.GOOD, TwoWayRules.ratingOf(89));
        assertEquals(Rating.GOOD, TwoWayRules.ratingOf(80));
        assertEquals(Rating.FAIR, TwoWayRules.ratingOf(60));
        assertEquals(Rating.POOR, TwoWayRules.ratingOf(59));
        assertEquals(Rating.GOOD, TwoWayRules.rating("r", "较好"));
        assertNull(TwoWayRules.rating("r", " "));
        assertEquals("r", assertThrows(ValidationException.class, () -> TwoWayRules.rating("r", "优")).errors().get(0).field());
        assertEquals(RaterKind.LOWER, TwoWayRules.raterKind("k", "lower"));
        assertEquals("k", assertThrows(ValidationException.class, () -> TwoWayRules.raterKind("k", "MIDDLE")).errors().get(0).field());
    }

    @Test
    void bothDirectionsAreWeighedByTheCountysPercentages() {
        assertEquals(new BigDecimal("91.33"), TwoWayRules.average(List.of(90, 92, 92)));
        assertNull(TwoWayRules.average(List.of()));
        assertEquals(new BigDecimal("92.00"), TwoWayRules.combined(new BigDecimal("93.00"), new BigDecimal("91.00"), 50, 50));
        assertEquals(new BigDecimal("92.20"), TwoWayRules.combined(new BigDecimal("93.00"), new BigDecimal("91.00"), 60, 40));
        assertNull(TwoWayRules.combined(new BigDecimal("93.00"), null, 50, 50), "one direction alone is no two-way result");
    }

    @Test
    void theResultDecidesRecommendationRetentionOrATalk() {
        assertEquals(Outcome.RECOMMENDED, outcome("93", "91", true));
        assertEquals(Outcome.RETAINED, outcome("88", "85", true));
        assertEquals(Outcome.TALK, outcome("72", "68", true));
        // the committee is content, the cadres below are not: talked to all the same
        assertEquals(Outcome.TALK, outcome("80", "70", true));
        assertTrue(TwoWayRules.reason(Outcome.TALK, true, new BigDecimal("80"), new BigDecimal("70"), new BigDecimal("75.00"), DEFAULTS)
                .startsWith("镇村干部评分70"));
        // a high score from above does not recommend a secretary the town scores under the line
        assertEquals(Outcome.TALK, outcome("100", "74", true));
        assertEquals(Outcome.PENDING, TwoWayRules.outcome(true, new BigDecimal("90"), null, null, DEFAULTS, false));
        assertEquals(Outcome.TALK, TwoWayRules.outcome(true, new BigDecimal("90"), null, null, DEFAULTS, true), "closed without both directions");
        assertEquals(Outcome.TALK, TwoWayRules.outcome(false, null, null, null, DEFAULTS, true), "closed without a report");
        assertEquals(Outcome.PENDING, TwoWayRules.outcome(false, null, null, null, DEFAULTS, false));
    }

    private static Outcome outcome(String upper, String lower, boolean closed) {
        BigDecimal u = new BigDecimal(upper);
        BigDecimal l = new BigDecimal(lower);
        return TwoWayRules.outcome(true, u, l, TwoWayRules.combined(u, l, 50, 50), DEFAULTS, closed);
    }
}
