package org.jiceng.orglife;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One quarter of a branch's organizational life. Activities count in the quarter of their planned
 * date, so planned and held compare the same plans; cancelled plans are not counted.
 *
 * @param attendanceRate present entries over all roll entries of held activities; null when nothing was recorded
 * @param duesMonthsPaid dues months paid by the branch's current members for months of the quarter they owed
 * @param duesCompleteness paid over expected; null when nothing was owed
 */
public record QuarterStatistics(int quarter, Map<ActivityType, Long> planned, Map<ActivityType, Long> held, @Nullable Double attendanceRate,
        long duesMonthsPaid, long duesMonthsExpected, @Nullable Double duesCompleteness) {

    public QuarterStatistics {
        // copies that keep the order of the types, which is the order in JSON
        planned = Collections.unmodifiableMap(new LinkedHashMap<>(planned));
        held = Collections.unmodifiableMap(new LinkedHashMap<>(held));
    }
}
