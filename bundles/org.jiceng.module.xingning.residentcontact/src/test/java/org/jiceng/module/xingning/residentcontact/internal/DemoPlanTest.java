package org.jiceng.module.xingning.residentcontact.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.common.Shares;
import org.junit.jupiter.api.Test;

class DemoPlanTest {
    @Test
    void theVillagesAddUpToTheSeedsFigures() {
        List<String> villages = new ArrayList<>();
        for (int t = 1; t <= 17; t++) {
            for (int v = 0; v < 5 + t % 3; v++) {
                villages.add(String.format("441481%03d%03d", 100 + t, 200 + v));
            }
        }
        List<DemoPlan.Share> plan = DemoPlan.plan(villages, 20240601L);
        assertEquals(villages.size(), plan.size());
        assertEquals(9_943, plan.stream().mapToInt(DemoPlan.Share::problems).sum());
        assertEquals(9_651, plan.stream().mapToInt(DemoPlan.Share::resolved).sum());
        assertEquals(20_000, plan.stream().mapToInt(DemoPlan.Share::households).sum());
        assertEquals(18_494, plan.stream().mapToInt(DemoPlan.Share::visited).sum());
        assertEquals(new BigDecimal("0.9706"), Shares.of(9_651, 9_943), "the seed's 97.06 %");
        assertEquals(new BigDecimal("0.9247"), Shares.of(18_494, 20_000), "the seed's 92.47 %");
        for (DemoPlan.Share s : plan) {
            assertTrue(s.visited() <= s.households() && s.resolved() <= s.problems() && s.resolved() >= 0, s.toString());
        }
        assertEquals(plan, DemoPlan.plan(villages, 20240601L), "the same seed gives the same plan");
    }

    @Test
    void largestRemaindersKeepTheTotal() {
        assertArrayEquals(new int[]{4, 3, 3}, DemoPlan.split(10, new double[]{1, 1, 1}));
        assertArrayEquals(new int[]{0, 7}, DemoPlan.split(7, new double[]{0, 2}));
        assertArrayEquals(new int[]{3, 5}, DemoPlan.cap(new int[]{5, 3}, new int[]{3, 9}));
    }
}
