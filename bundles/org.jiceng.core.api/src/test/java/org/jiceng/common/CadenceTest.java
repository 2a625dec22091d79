package org.jiceng.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class CadenceTest {
    @Test
    void aMonthIsDueOnceItsGraceHasPassed() {
        LocalDate from = LocalDate.of(2025, 3, 15);
        LocalDate to = LocalDate.of(2025, 12, 31);
        // March closed on the 31st; with 10 days of grace it is owed from 11 April on, not on the 10th.
        assertEquals(List.of(), Cadence.monthsDue(from, to, LocalDate.of(2025, 4, 10), 10));
        assertEquals(List.of(YearMonth.of(2025, 3)), Cadence.monthsDue(from, to, LocalDate.of(2025, 4, 11), 10));
        assertEquals(10, Cadence.monthsDue(from, to, LocalDate.of(2026, 6, 1), 10).size(), "never past the end of the duty");
    }

    @Test
    void aMeetingIsOverdueAfterItsIntervalOrWhenNeverHeld() {
        LocalDate asOf = LocalDate.of(2025, 6, 30);
        assertTrue(Cadence.overdue(null, asOf, 14));
        assertFalse(Cadence.overdue(asOf.minusDays(14), asOf, 14));
        assertTrue(Cadence.overdue(asOf.minusDays(15), asOf, 14));
    }

    @Test
    void aDeadlinePassesTheDayAfter() {
        LocalDate today = LocalDate.of(2025, 6, 30);
        assertFalse(Cadence.passed(today, today));
        assertTrue(Cadence.passed(today.minusDays(1), today));
        assertFalse(Cadence.passed(null, today));
    }

    @Test
    void quarters() {
        assertEquals(1, Cadence.quarterOf(LocalDate.of(2025, 3, 31)));
        assertEquals(2, Cadence.quarterOf(LocalDate.of(2025, 4, 1)));
        assertEquals(4, Cadence.quarterOf(LocalDate.of(2025, 12, 31)));
    }
}
