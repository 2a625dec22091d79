package org.jiceng.scoring;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A scoring scheme: what is scored, how often, on which indicators, with which grades, and the
 * history rule "last place {@code lastPlacePeriods} periods in a row" (null: no such rule) that
 * flags a subject (武冈: a first secretary last three months in a row is eliminated).
 * {@code jurisdictionCode} scopes the scheme; {@code module} names the module that owns it.
 */
public record Scheme(@Nullable Long id, String key, String name, SubjectKind subjectKind, PeriodKind periodKind, String jurisdictionCode,
        List<Indicator> indicators, List<GradeBand> gradeBands, @Nullable Integer lastPlacePeriods, @Nullable String module, @Nullable Long version) {
}
