package org.jiceng.scoring;

import org.jspecify.annotations.Nullable;

/**
 * A grade (优/良/中/差, pass/fail …) given to totals of at least {@code minimum}, and what it
 * entails for the subject (顺义: 优 → promotion, rotation, training …; 差 → reassignment …).
 */
public record GradeBand(String grade, Double minimum, @Nullable String consequence) {
}
