package org.jiceng.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Filters for organization lists; every filter is optional (null) and they combine with AND.
 *
 * @param jurisdictionCode only organizations in this jurisdiction or below it
 * @param termEndsBefore only organizations whose term ends on or before this date
 */
public record OrganizationQuery(@Nullable String jurisdictionCode, @Nullable OrganizationField field, @Nullable OrganizationStatus status,
        @Nullable OrganizationType type, @Nullable Long parentId, @Nullable LocalDate termEndsBefore, @Nullable String nameContains) {

    /** The organizations in this jurisdiction or below it. */
    public static OrganizationQuery inJurisdiction(String jurisdictionCode) {
        return new OrganizationQuery(jurisdictionCode, null, null, null, null, null, null);
    }
}
