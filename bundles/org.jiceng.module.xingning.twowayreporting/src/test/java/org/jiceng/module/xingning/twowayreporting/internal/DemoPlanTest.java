package org.jiceng.module.xingning.twowayreporting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DemoPlanTest {
    @Test
    void theSpreadKeepsEveryAverageExact() {
        for (int raters = 1; raters <= 15; raters++) {
            List<Integer> scores = new ArrayList<>();
            for (int i = 0; i < raters; i++) {
                scores.add(DemoPlan.score(84, i, raters));
            }
            assertEquals(new BigDecimal("84.00"), TwoWayRules.average(scores), raters + " raters");
        }
    }

    @Test
    void seventeenTownsGiveFourRecommendedElevenRetainedTwoTalkedTo() {
        Weighting w = Weighting.defaultsFor("441481");
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (int t = 0; t < 17; t++) {
            BigDecimal upper = BigDecimal.valueOf(DemoPlan.upperAverage(t, 17)).setScale(2);
            BigDecimal lower = BigDecimal.valueOf(DemoPlan.lowerAverage(t, 17)).setScale(2);
            BigDecimal combined = TwoWayRules.combined(upper, lower, w.upperWeight(), w.lowerWeight());
            counts.merge(TwoWayRules.outcome(true, upper, lower, combined, w, true), 1, Integer::sum);
        }
        assertEquals(Map.of(Outcome.RECOMMENDED, 4, Outcome.RETAINED, 11, Outcome.TALK, 2), counts);
        assertEquals(new BigDecimal("75.00"),
                TwoWayRules.combined(BigDecimal.valueOf(DemoPlan.upperAverage(15, 17)), BigDecimal.valueOf(DemoPlan.lowerAverage(15, 17)), 50, 50));
    }
}
