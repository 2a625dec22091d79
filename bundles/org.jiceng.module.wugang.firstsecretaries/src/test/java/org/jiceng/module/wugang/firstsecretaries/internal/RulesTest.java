package org.jiceng.module.wugang.firstsecretaries.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.jiceng.scoring.SubjectResult;
import org.junit.jupiter.api.Test;

/** 武冈's rules as plain functions: presence thresholds, report states, the elimination streak. */
class RulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Test
    void aMonthFallsShortOnDaysOrNightsOnlyOnceItIsOverAndWhollyServed() {
        assertFalse(PresenceRules.shortfall(22, 12, 22, 12, true), "22 days and 12 nights meet the rule");
        assertTrue(PresenceRules.shortfall(21, 12, 22, 12, true), "one day short");
        assertTrue(PresenceRules.shortfall(25, 11, 22, 12, true), "one night short");
        assertFalse(PresenceRules.shortfall(3, 0, 22, 12, false), "a month not judged is never flagged");
        assertEquals(4, PresenceRules.shortBy(18, 22));
        assertEquals(0, PresenceRules.shortBy(25, 22));
        assertTrue(PresenceRules.monthOver(NOVEMBER, TODAY));
        assertFalse(PresenceRules.monthOver(YearMonth.of(2026, 12), TODAY), "the running month is not judged");
        assertTrue(PresenceRules.coversWholeMonth(LocalDate.of(2026, 1, 1), null, NOVEMBER));
        assertTrue(PresenceRules.coversWholeMonth(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), NOVEMBER));
        assertFalse(PresenceRules.coversWholeMonth(LocalDate.of(2026, 11, 2), null, NOVEMBER), "sent mid-month");
        assertFalse(PresenceRules.coversWholeMonth(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 29), NOVEMBER), "recalled mid-month");
    }

    @Test
    void aWeeklyReportIsDueUntilSundayPlusGraceThenLateOrMissing() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        LocalDate due = ReportRules.weeklyDueOn(monday, 1);
        assertEquals(LocalDate.of(2026, 11, 30), due, "Sunday plus one grace day");
        assertEquals(ReportState.SUBMITTED_ON_TIME, ReportRules.state(due, LocalDate.of(2026, 11, 27), TODAY));
        assertEquals(ReportState.SUBMITTED_ON_TIME, ReportRules.state(due, due, TODAY), "on the due date is on time");
        assertEquals(ReportState.LATE, ReportRules.state(due, due.plusDays(1), TODAY));
        assertEquals(ReportState.MISSING, ReportRules.state(due, null, TODAY));
        assertEquals(ReportState.DUE, ReportRules.state(ReportRules.weeklyDueOn(LocalDate.of(2026, 11, 30), 1), null, TODAY), "this week");
        assertEquals("2026-W48", ReportRules.weekKey(monday));
    }

    @Test
    void weeksOwedRunFromTheAssignmentsStartWeekToTheLastWeekAsked() {
        List<LocalDate> weeks = ReportRules.weeksOwed(LocalDate.of(2026, 11, 11), null, LocalDate.of(2026, 1, 1), TODAY);
        assertEquals(LocalDate.of(2026, 11, 9), weeks.get(0), "the week the secretary arrived is owed");
        assertEquals(LocalDate.of(2026, 11, 30), weeks.get(weeks.size() - 1));
        assertEquals(4, weeks.size());
        assertEquals(2, ReportRules.weeksOwed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 9), TODAY).size(),
                "none after the assignment ended");
    }

    @Test
    void twoHalfYearlyReportsAYearDueAfterTheHalfEnds() {
        assertEquals(LocalDate.of(2026, 7, 15), ReportRules.halfYearDueOn("2026-H1", 15));
        assertEquals(LocalDate.of(2027, 1, 15), ReportRules.halfYearDueOn("2026-H2", 15));
        assertEquals(List.of("2025-H2", "2026-H1", "2026-H2"), ReportRules.halvesOwed(LocalDate.of(2025, 9, 1), null, TODAY));
    }

    @Test
    void eliminationNeedsThreeLastPlacesInARowAndAPoorTotal() {
        assertTrue(RankingRules.eliminationDue(result(3, true, 52.0), 60));
        assertFalse(RankingRules.eliminationDue(result(3, true, 72.0), 60), "last three times but not poor");
        assertFalse(RankingRules.eliminationDue(result(2, false, 40.0), 60), "poor but last only twice");
        assertTrue(RankingRules.eliminationDue(result(4, true, 59.99), 60), "a longer streak still counts");
        assertFalse(RankingRules.eliminationDue(result(3, true, 60.0), 60), "60 is not below 60");
    }

    private static SubjectResult result(int streak, boolean flagged, double total) {
        return new SubjectResult("1", "x", "430581101201", "430581101", Map.of(), total, 5, 5, "较差", null, streak, flagged);
    }
}
