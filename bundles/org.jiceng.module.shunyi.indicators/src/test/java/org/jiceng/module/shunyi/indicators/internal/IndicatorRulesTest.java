package org.jiceng.module.shunyi.indicators.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jiceng.common.RuleViolationException;
import org.junit.jupiter.api.Test;

class IndicatorRulesTest {
    private static final LocalDate START = LocalDate.of(2017, 1, 10);

    @Test
    void milestonesAreScheduledBackwardsFromTheDeadline() {
        List<LocalDate> due = IndicatorRules.scheduleBackwards(START, LocalDate.of(2017, 6, 30), List.of(20, 15, 40, 15));
        assertEquals(List.of(LocalDate.of(2017, 4, 21), LocalDate.of(2017, 5, 6), LocalDate.of(2017, 6, 15), LocalDate.of(2017, 6, 30)), due);
    }

    @Test
    void aScheduleThatWouldStartBeforeTheProjectIsRefusedSayingByHowMuch() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> IndicatorRules.scheduleBackwards(START, LocalDate.of(2017, 3, 1), List.of(20, 15, 40)));
        assertEquals(IndicatorRules.RULE_SCHEDULE_DOES_NOT_FIT, e.rule());
        assertTrue(e.getMessage().contains("25 day(s) before"), e.getMessage());
        // exactly fitting is allowed
        assertEquals(LocalDate.of(2017, 1, 30), IndicatorRules.scheduleBackwards(START, LocalDate.of(2017, 1, 30), List.of(20)).get(0));
    }

    @Test
    void milestonesAreDoneInTheirOrder() {
        IndicatorRules.requireInOrder(2, 2);
        IndicatorRules.requireInOrder(1, null);
        assertEquals(IndicatorRules.RULE_MILESTONE_OUT_OF_ORDER,
                assertThrows(RuleViolationException.class, () -> IndicatorRules.requireInOrder(3, 2)).rule());
    }

    @Test
    void progressOnADay() {
        LocalDate due = LocalDate.of(2017, 6, 30);
        assertEquals(Progress.DONE, IndicatorRules.progress(due, due, due.plusDays(10)));
        assertEquals(Progress.DONE_LATE, IndicatorRules.progress(due, due.plusDays(1), due.plusDays(10)));
        assertEquals(Progress.DUE, IndicatorRules.progress(due, null, due));
        assertEquals(Progress.SLIPPING, IndicatorRules.progress(due, null, due.plusDays(1)));
    }

    @Test
    void ratesAreRoundedDownToOneDecimal() {
        assertEquals(new BigDecimal("92.3"), IndicatorRules.percent(96, 104));
        assertEquals(new BigDecimal("95.8"), IndicatorRules.percent(209, 218));
        assertEquals(new BigDecimal("100.0"), IndicatorRules.percent(5, 5));
        assertNull(IndicatorRules.percent(0, 0));
    }

    @Test
    void partsAreNumberedInChinese() {
        assertEquals("七", DocumentsResource.chineseNumber(7));
        assertEquals("十二", DocumentsResource.chineseNumber(12));
        assertEquals("二十", DocumentsResource.chineseNumber(20));
    }
}
