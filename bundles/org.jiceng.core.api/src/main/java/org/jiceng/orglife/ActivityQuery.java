package org.jiceng.orglife;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Filters for activity lists; every filter is optional (null) and they combine with AND.
 *
 * @param jurisdictionCode only activities of organizations in this jurisdiction or below it
 * @param from planned on or after this date
 * @param to planned on or before this date
 */
public record ActivityQuery(@Nullable Long organizationId, @Nullable String jurisdictionCode, @Nullable ActivityType type,
        @Nullable ActivityStatus status, @Nullable LocalDate from, @Nullable LocalDate to) {
}
