package org.jiceng.cadre;

import java.time.LocalDate;

/** A member on one of the cadre lists from {@code since}; {@code until} null while it holds. */
public record Designation(Long id, Long memberId, DesignationType type, LocalDate since, LocalDate until, String note, Long version) {
}
