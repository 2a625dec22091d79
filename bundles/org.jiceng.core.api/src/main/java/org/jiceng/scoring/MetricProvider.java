package org.jiceng.scoring;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Computes a METRIC indicator from core (or module) data. Register as a DS service; schemes name it
 * by {@link #key()}. Values are clipped to the indicator's [0, maximum].
 */
@ConsumerType
public interface MetricProvider {

    /** Name schemes use, e.g. {@code members-developed}. */
    String key();

    SubjectKind subjectKind();

    /** The raw value for one subject in one period (period key as in {@link PeriodKind}). */
    double value(String subjectId, PeriodKind periodKind, String period);
}
