package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.scoring.PeriodKind;

/**
 * 武冈's report rules: one work report a week (每周报送一次工作动态), due by the end of the week plus
 * grace days; one report each half year (半年述职), due after the half ends plus grace days.
 */
final class ReportRules {
    private ReportRules() {
    }

    static LocalDate weeklyDueOn(LocalDate weekStart, int graceDays) {
        return weekStart.plusDays(6 + graceDays);
    }

    static LocalDate halfYearDueOn(String half, int graceDays) {
        return PeriodKind.HALF_YEAR.end(half).plusDays(graceDays);
    }

    static ReportState state(LocalDate dueOn, LocalDate submittedOn, LocalDate today) {
        if (submittedOn != null) {
            return submittedOn.isAfter(dueOn) ? ReportState.LATE : ReportState.SUBMITTED_ON_TIME;
        }
        return today.isAfter(dueOn) ? ReportState.MISSING : ReportState.DUE;
    }

    /** Mondays of the weeks a secretary owes a report for, between the assignment's start and {@code until} (both weeks included). */
    static List<LocalDate> weeksOwed(LocalDate assignmentStart, LocalDate assignmentEnd, LocalDate from, LocalDate until) {
        LocalDate first = max(assignmentStart, from).with(DayOfWeek.MONDAY);
        LocalDate last = assignmentEnd == null || assignmentEnd.isAfter(until) ? until : assignmentEnd;
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate w = first; !w.isAfter(last); w = w.plusWeeks(1)) {
            weeks.add(w);
        }
        return weeks;
    }

    /** Halves a secretary owes a report for: every half year the assignment overlaps that has begun by {@code today}. */
    static List<String> halvesOwed(LocalDate assignmentStart, LocalDate assignmentEnd, LocalDate today) {
        List<String> halves = new ArrayList<>();
        LocalDate last = assignmentEnd == null || assignmentEnd.isAfter(today) ? today : assignmentEnd;
        for (LocalDate d = PeriodKind.HALF_YEAR.start(PeriodKind.HALF_YEAR.periodOf(assignmentStart)); !d.isAfter(last); d = d.plusMonths(6)) {
            halves.add(PeriodKind.HALF_YEAR.periodOf(d));
        }
        return halves;
    }

    static String weekKey(LocalDate monday) {
        return PeriodKind.WEEK.periodOf(monday);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }
}
