package org.jiceng.cadre;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A member on one of the cadre lists from {@code since}; {@code until} null while it holds. */
public record Designation(@Nullable Long id, Long memberId, DesignationType type, LocalDate since, @Nullable LocalDate until, @Nullable String note,
        @Nullable Long version) {
}
