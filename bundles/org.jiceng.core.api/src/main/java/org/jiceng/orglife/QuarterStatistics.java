package org.jiceng.orglife;

import java.util.Map;

/**
 * One quarter of a branch's organizational life. Activities count in the quarter of their planned
 * date, so planned and held compare the same plans; cancelled plans are not counted.
 */
public class QuarterStatistics {
    private int quarter;
    private Map<ActivityType, Long> planned;
    private Map<ActivityType, Long> held;
    /** Present entries over all roll entries of held activities; null when nothing was recorded. */
    private Double attendanceRate;
    /** Dues months paid by the branch's current members for months of the quarter they owed. */
    private long duesMonthsPaid;
    private long duesMonthsExpected;
    /** Paid over expected; null when nothing was owed. */
    private Double duesCompleteness;

    public int getQuarter() {
        return quarter;
    }

    public void setQuarter(int quarter) {
        this.quarter = quarter;
    }

    public Map<ActivityType, Long> getPlanned() {
        return planned;
    }

    public void setPlanned(Map<ActivityType, Long> planned) {
        this.planned = planned;
    }

    public Map<ActivityType, Long> getHeld() {
        return held;
    }

    public void setHeld(Map<ActivityType, Long> held) {
        this.held = held;
    }

    public Double getAttendanceRate() {
        return attendanceRate;
    }

    public void setAttendanceRate(Double attendanceRate) {
        this.attendanceRate = attendanceRate;
    }

    public long getDuesMonthsPaid() {
        return duesMonthsPaid;
    }

    public void setDuesMonthsPaid(long duesMonthsPaid) {
        this.duesMonthsPaid = duesMonthsPaid;
    }

    public long getDuesMonthsExpected() {
        return duesMonthsExpected;
    }

    public void setDuesMonthsExpected(long duesMonthsExpected) {
        this.duesMonthsExpected = duesMonthsExpected;
    }

    public Double getDuesCompleteness() {
        return duesCompleteness;
    }

    public void setDuesCompleteness(Double duesCompleteness) {
        this.duesCompleteness = duesCompleteness;
    }
}
