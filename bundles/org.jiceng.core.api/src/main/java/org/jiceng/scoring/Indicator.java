package org.jiceng.scoring;

import org.jspecify.annotations.Nullable;

/**
 * One indicator of a scheme: its value lies in [0, maximum] and contributes
 * {@code value / maximum × weight} to the total, so weights summing to 100 give a 100-point scale.
 * {@code metric} names the {@link MetricProvider} of a METRIC indicator.
 */
public record Indicator(String key, String name, Double weight, Double maximum, IndicatorSource source, @Nullable String metric) {
}
