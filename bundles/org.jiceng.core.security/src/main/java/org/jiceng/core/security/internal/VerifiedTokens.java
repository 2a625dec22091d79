package org.jiceng.core.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens whose signature was verified, with their claims, until they expire. A token is immutable and its
 * signature checked once proves it for its whole life; parsing it and checking its HMAC on every request cost more
 * than the rest of authentication (a member read with a bearer token served 37 % of the reference's requests, with
 * HTTP Basic, whose verified pairs are kept the same way, 50 %). What can end a token before it expires, its account's
 * token generation, is still compared on every request. Kept under the token's SHA-256, not the token itself.
 */
final class VerifiedTokens {
    private static final int LIMIT = 10_000;

    private final Map<String, TokenSigner.Claims> entries = new ConcurrentHashMap<>();

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
        TokenSigner.Claims claims = entries.get(key(token));
        return claims != null && claims.expiresAt().isAfter(now) ? claims : null;
    }

    void put(String token, TokenSigner.Claims claims) {
        if (entries.size() >= LIMIT) {
            entries.clear(); // expired tokens go with the rest; the next request of each live one verifies it again
        }
        entries.put(key(token), claims);
    }

    private static String key(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
