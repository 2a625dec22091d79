package org.jiceng.security;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Turns credentials into a {@link Caller}: passwords go through the JAAS realm {@code karaf}
 * (the same realm as the shell, SSH and JMX), bearer tokens are checked by signature, expiry
 * and the account's token generation.
 */
@ProviderType
public interface Authenticator {

    /** @throws org.jiceng.common.UnauthorizedException on bad credentials, a locked or disabled account */
    Caller password(String username, char[] password, Channel channel, @Nullable String remoteAddress);

    /** @throws org.jiceng.common.UnauthorizedException on a bad, expired or revoked token */
    Caller bearer(String token, Channel channel, @Nullable String remoteAddress);

    /** Issues a signed token for an authenticated caller. */
    IssuedToken issue(Caller caller);

    /** A signed token and when it expires. */
    record IssuedToken(String token, LocalDateTime expiresAt, long expiresInSeconds) {
    }
}
