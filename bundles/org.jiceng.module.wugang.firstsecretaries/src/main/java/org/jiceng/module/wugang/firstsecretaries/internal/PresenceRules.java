package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * 武冈's presence rule: at least 22 working days and 12 nights a month in the village (the
 * figures are configuration). A month is judged once it is over and only when the secretary was
 * sent for all of it: a month begun or ended mid-way has no fair requirement.
 */
final class PresenceRules {
    private PresenceRules() {
    }

    static boolean coversWholeMonth(LocalDate start, LocalDate end, YearMonth month) {
        return !start.isAfter(month.atDay(1)) && (end == null || !end.isBefore(month.atEndOfMonth()));
    }

    static boolean overlaps(LocalDate start, LocalDate end, LocalDate from, LocalDate to) {
        return !start.isAfter(to) && (end == null || !end.isBefore(from));
    }

    static boolean monthOver(YearMonth month, LocalDate today) {
        return today.isAfter(month.atEndOfMonth());
    }

    static int shortBy(int logged, int required) {
        return Math.max(0, required - logged);
    }

    /** True when the judged month fell short of days or nights. */
    static boolean shortfall(int days, int nights, int minDays, int minNights, boolean judged) {
        return judged && (days < minDays || nights < minNights);
    }
}
