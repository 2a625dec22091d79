package org.jiceng.registry;

import org.jiceng.development.MembershipStatus;
import org.jspecify.annotations.Nullable;

/**
 * Filters for member lists; every filter is optional (null) and they combine with AND.
 *
 * @param jurisdictionCode only members of organizations in this jurisdiction or below it
 */
public record MemberQuery(@Nullable String jurisdictionCode, @Nullable Long organizationId, @Nullable MemberStage stage,
        @Nullable Boolean hasPost, @Nullable String nameContains, @Nullable MembershipStatus membershipStatus) {

    /** The members of organizations in this jurisdiction or below it. */
    public static MemberQuery inJurisdiction(String jurisdictionCode) {
        return new MemberQuery(jurisdictionCode, null, null, null, null, null);
    }
}
