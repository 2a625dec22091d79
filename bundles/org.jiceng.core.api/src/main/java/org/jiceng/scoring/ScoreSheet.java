package org.jiceng.scoring;

import java.util.Map;

/**
 * One subject's manual scores for a period, with what the ranking needs to know of it: its name,
 * its jurisdiction (for roll-ups) and its ranking group (e.g. the city code: "all first
 * secretaries of one city" are ranked together).
 */
public record ScoreSheet(String subjectId, String name, String jurisdictionCode, String group, Map<String, Double> values,
        String enteredBy) {
}
