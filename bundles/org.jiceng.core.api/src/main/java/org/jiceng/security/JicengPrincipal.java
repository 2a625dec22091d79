package org.jiceng.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The account a JAAS login (shell, SSH, JMX, REST Basic) authenticated, as it sits in the
 * {@link javax.security.auth.Subject}; {@link CallerContext} reads it for shell commands.
 */
public record JicengPrincipal(String username, Set<Role> roles, @Nullable String jurisdictionCode) implements Principal, Serializable {

    public JicengPrincipal {
        roles = Set.copyOf(roles);
    }

    @Override
    public String getName() {
        return username;
    }
}
