package org.jiceng.scoring;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A subject's result for one period: indicator values, weighted total, rank in its group (ties
 * share a rank: 1, 2, 2, 4), grade and what it entails, and how many periods in a row it has been last in its group.
 * {@code flagged} is set when that streak reaches the scheme's last-place rule.
 */
public record SubjectResult(String subjectId, String name, String jurisdictionCode, String group, Map<String, Double> values,
        double total, int rank, int groupSize, @Nullable String grade, @Nullable String consequence, int lastPlaceStreak, boolean flagged) {
}
