package org.jiceng.core.security.internal;

import java.time.Instant;

/**
 * Bearer tokens whose signature was verified, with their claims, until they expire. A token is immutable and its
 * signature checked once proves it for its whole life; parsing it and checking its HMAC on every request cost more
 * than the rest of authentication (a member read with a bearer token served 37 % of the reference's requests, with
 * HTTP Basic, whose verified pairs are kept the same way, 50 %). What can end a token before it expires, its account's
 * token generation, is still compared on every request. Kept as {@link VerifiedSecrets} keeps them.
 */
final class VerifiedTokens {
    private final VerifiedSecrets<TokenSigner.Claims> entries = new VerifiedSecrets<>(TokenSigner.Claims::expiresAt);

    /** The claims of a token, verified by {@code signer} unless it was before; null when it is not valid at {@code now}. */
    TokenSigner.Claims verify(String token, Instant now, TokenSigner signer) {
        TokenSigner.Claims claims = get(token, now);
        if (claims == null) {
            claims = signer.verify(token, now);
            if (claims != null) {
                put(token, claims);
            }
        }
        return claims;
    }

    /** The claims of a token verified before and not expired at {@code now}; null otherwise. */
    TokenSigner.Claims get(String token, Instant now) {
        return entries.get(now, token);
    }

    void put(String token, TokenSigner.Claims claims) {
        entries.put(claims, token);
    }
}
