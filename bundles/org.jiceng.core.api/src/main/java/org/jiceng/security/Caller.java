package org.jiceng.security;

import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An authenticated caller.
 *
 * @param username         the account name ({@code system} for the server's own jobs)
 * @param roles            the account's roles
 * @param jurisdictionCode the root of the subtree the account may see; null only for the system
 * @param channel          the interface of this call
 * @param remoteAddress    the client address, or null where there is none (shell console, jobs)
 */
public record Caller(String username, Set<Role> roles, @Nullable String jurisdictionCode, Channel channel, @Nullable String remoteAddress) {

    public Caller {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(channel, "channel");
    }

    /** The server itself (start-up, migrations, demo data, scheduled jobs): unrestricted. */
    public static Caller system(Channel channel) {
        return new Caller("system", Set.of(Role.ADMIN), null, channel, null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Admins see every jurisdiction. */
    public boolean unrestricted() {
        return roles.contains(Role.ADMIN);
    }

    /** The same caller on another channel (an import job started over REST runs as IMPORT). */
    public Caller on(Channel other) {
        return new Caller(username, roles, jurisdictionCode, other, remoteAddress);
    }
}
