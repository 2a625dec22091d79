package org.jiceng.scoring;

import java.util.Map;

import org.jiceng.security.Actor;

/**
 * One subject's manual scores for a period, with what the ranking needs to know of it: its name,
 * its jurisdiction (for roll-ups) and its ranking group (e.g. the city code: "all first
 * secretaries of one city" are ranked together).
 *
 * @param enteredBy the account that entered the scores: over REST, the one logged in (filled in when absent, refused when naming
 *            another)
 */
public record ScoreSheet(String subjectId, String name, String jurisdictionCode, String group, Map<String, Double> values,
        @Actor String enteredBy) {
}
