package org.jiceng.module.guangzong.villageassets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class DemoDataTest {
    @Test
    void theSeedsVenuesAreItsOwnFiguresAt213() {
        List<Improvement> plan = DemoData.improvements(213);
        assertEquals(17, plan.stream().filter(i -> i == Improvement.NEW).count());
        assertEquals(24, plan.stream().filter(i -> i == Improvement.EXPANDED).count());
        assertEquals(188, plan.stream().filter(i -> i != Improvement.NONE).count());
        assertEquals(0, new BigDecimal("10980000.00").compareTo(DemoData.investments(plan).stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    @Test
    void theDemoRegistrysFiftyTwoVillagesKeepTheProportions() {
        List<Improvement> plan = DemoData.improvements(52);
        assertEquals(4, plan.stream().filter(i -> i == Improvement.NEW).count());
        assertEquals(6, plan.stream().filter(i -> i == Improvement.EXPANDED).count());
        assertEquals(46, plan.stream().filter(i -> i != Improvement.NONE).count());
        // 10.98 million × 46 / 188
        assertEquals(0, new BigDecimal("2686596").compareTo(DemoData.investments(plan).stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
    }
}
