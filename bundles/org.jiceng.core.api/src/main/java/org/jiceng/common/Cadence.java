package org.jiceng.common;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The recurring-duty rules the local systems share: a report owed every month, a meeting held at
 * least every so many days, a deadline passed. Kept here so every module counts "overdue" the same
 * way and tests it once.
 */
public final class Cadence {
    private Cadence() {
    }

    /**
     * The months from {@code from} to {@code to} (both inclusive, by month) for which a monthly duty
     * is owed on {@code on}: those that closed more than {@code graceDays} days before it.
     */
    public static List<YearMonth> monthsDue(LocalDate from, LocalDate to, LocalDate on, int graceDays) {
        if (graceDays < 0) {
            throw new IllegalArgumentException("graceDays must be 0 or more: " + graceDays);
        }
        List<YearMonth> due = new ArrayList<>();
        YearMonth last = YearMonth.from(to);
        for (YearMonth m = YearMonth.from(from); !m.isAfter(last); m = m.plusMonths(1)) {
            if (m.atEndOfMonth().plusDays(graceDays).isBefore(on)) {
                due.add(m);
            }
        }
        return due;
    }

    /** A duty to be done at least every {@code maxDays} days is overdue when it was never done or not within them before {@code asOf}. */
    public static boolean overdue(@Nullable LocalDate lastDone, LocalDate asOf, int maxDays) {
        return lastDone == null || ChronoUnit.DAYS.between(lastDone, asOf) > maxDays;
    }

    /** A deadline has passed once its day is over. */
    public static boolean passed(@Nullable LocalDate deadline, LocalDate today) {
        return deadline != null && deadline.isBefore(today);
    }

    /** The quarter (1–4) a day falls in. */
    public static int quarterOf(LocalDate date) {
        return (date.getMonthValue() - 1) / 3 + 1;
    }
}
