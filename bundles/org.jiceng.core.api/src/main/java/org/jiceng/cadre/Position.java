package org.jiceng.cadre;

import java.time.LocalDate;

/**
 * A post a member holds or held: unit (e.g. 县财政局), title (局长), rank, level, and period.
 * {@code endDate} null means current. Tenure is derived from positions, never stored.
 */
public record Position(Long id, Long memberId, String unit, String jurisdictionCode, Long organizationId, String title,
        CadreRank rank, PostLevel level, LocalDate startDate, LocalDate endDate, Long version) {
}
