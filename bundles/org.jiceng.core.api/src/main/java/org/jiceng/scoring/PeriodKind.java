package org.jiceng.scoring;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * How often a scheme is scored, and how a period is written: {@code 2026-W05}, {@code 2026-03},
 * {@code 2026-Q1}, {@code 2026-H1}, {@code 2026}. Period keys of one kind sort in time order.
 */
public enum PeriodKind {
    WEEK("\\d{4}-W(0[1-9]|[1-4]\\d|5[0-3])"), MONTH("\\d{4}-(0[1-9]|1[0-2])"), QUARTER("\\d{4}-Q[1-4]"), HALF_YEAR("\\d{4}-H[12]"), YEAR("\\d{4}");

    private final String pattern;

    PeriodKind(String pattern) {
        this.pattern = pattern;
    }

    public boolean isValid(String period) {
        return period != null && period.matches(pattern);
    }

    /** The period containing a date. */
    public String periodOf(LocalDate date) {
        switch (this) {
            case WEEK :
                return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH :
                return String.format("%d-%02d", date.getYear(), date.getMonthValue());
            case QUARTER :
                return date.getYear() + "-Q" + date.get(IsoFields.QUARTER_OF_YEAR);
            case HALF_YEAR :
                return date.getYear() + "-H" + (date.getMonthValue() <= 6 ? 1 : 2);
            default :
                return String.valueOf(date.getYear());
        }
    }

    /** First day of a valid period. */
    public LocalDate start(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        switch (this) {
            case WEEK :
                return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(period.substring(6)))
                        .with(java.time.DayOfWeek.MONDAY);
            case MONTH :
                return LocalDate.of(year, Integer.parseInt(period.substring(5)), 1);
            case QUARTER :
                return LocalDate.of(year, (period.charAt(6) - '1') * 3 + 1, 1);
            case HALF_YEAR :
                return LocalDate.of(year, period.charAt(6) == '1' ? 1 : 7, 1);
            default :
                return LocalDate.of(year, 1, 1);
        }
    }

    /** Last day of a valid period. */
    public LocalDate end(String period) {
        LocalDate start = start(period);
        switch (this) {
            case WEEK :
                return start.plusDays(6);
            case MONTH :
                return start.plusMonths(1).minusDays(1);
            case QUARTER :
                return start.plusMonths(3).minusDays(1);
            case HALF_YEAR :
                return start.plusMonths(6).minusDays(1);
            default :
                return start.plusYears(1).minusDays(1);
        }
    }

    /** A human example, for error messages. */
    public String example() {
        return periodOf(LocalDate.of(2026, 3, 15));
    }
}
