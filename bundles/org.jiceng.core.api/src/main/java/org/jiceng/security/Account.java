package org.jiceng.security;

import java.time.LocalDateTime;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An account as the API shows it; the password hash never leaves the core.
 *
 * @param jurisdictionCode the subtree the account works in (for {@link Role#ADMIN} the root it is filed under)
 * @param enabled          disabled accounts cannot log in and their tokens stop working
 * @param lockedUntil      set on accounts that a version before login throttling locked after failed logins, until it expires;
 *                         failed logins now slow down their source instead (see {@link AccountService#verify})
 */
public record Account(@Nullable Long id, String username, @Nullable String displayName, @Nullable String jurisdictionCode, Set<Role> roles,
        Boolean enabled,
        LocalDateTime passwordChangedAt, @Nullable LocalDateTime lastLoginAt, @Nullable LocalDateTime lockedUntil, @Nullable LocalDateTime createdAt,
        @Nullable Long version) {

    public Account {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
