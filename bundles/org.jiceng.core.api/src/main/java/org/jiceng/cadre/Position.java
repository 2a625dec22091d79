package org.jiceng.cadre;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A post a member holds or held: unit (e.g. 县财政局), title (局长), rank, level, and period.
 * {@code endDate} null means current. Tenure is derived from positions, never stored.
 */
public record Position(@Nullable Long id, @Nullable Long memberId, String unit, String jurisdictionCode, @Nullable Long organizationId, String title,
        CadreRank rank, PostLevel level, LocalDate startDate, @Nullable LocalDate endDate, @Nullable Long version) {
}
