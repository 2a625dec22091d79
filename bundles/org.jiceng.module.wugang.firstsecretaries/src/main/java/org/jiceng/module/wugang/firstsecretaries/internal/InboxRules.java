package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What of the first secretaries' work goes to the inbox. Weekly reports: this week's (due) and last
 * week's (due on Monday within its grace days, missing after) while not submitted. Presence: last
 * month's shortfalls (the month is judged once over) that no note on a day away from the village
 * explains — a logged day not spent (or not slept) in the village with a reason is the secretary's
 * explanation. Eliminations: every proposal, until the county decides it.
 */
final class InboxRules {
    private InboxRules() {
    }

    /** Mondays of the weeks whose reports are chased: last week and this week. */
    static List<LocalDate> weeksChased(LocalDate today) {
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        return List.of(monday.minusWeeks(1), monday);
    }

    /** A report that is neither submitted on time nor late: still owed. */
    static boolean owed(ReportState state) {
        return state == ReportState.DUE || state == ReportState.MISSING;
    }

    /** The month whose presence shortfalls are chased: last month, the latest one judged. */
    static YearMonth presenceMonth(LocalDate today) {
        return YearMonth.from(today).minusMonths(1);
    }

    /** A shortfall is explained when a day logged away from the village by day or night carries a note. */
    static boolean explained(List<PresenceView> logs) {
        return logs != null && logs.stream().anyMatch(p -> (!p.dayInVillage || !p.nightInVillage) && p.note != null && !p.note.isBlank());
    }

    /** Whether an item due on {@code due} belongs to an inbox that reaches {@code until}. */
    static boolean within(LocalDate due, LocalDate until) {
        return !due.isAfter(until);
    }
}
