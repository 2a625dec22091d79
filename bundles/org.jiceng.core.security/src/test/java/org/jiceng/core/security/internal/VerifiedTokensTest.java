package org.jiceng.core.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.EnumSet;

import org.jiceng.security.Role;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void aVerifiedTokenIsKnownUntilItExpires() {
        VerifiedTokens tokens = new VerifiedTokens();
        TokenSigner.Claims claims = new TokenSigner.Claims("admin", EnumSet.noneOf(Role.class), null, 3, NOW.plusSeconds(60));
        tokens.put("a.b.c", claims);

        assertEquals(claims, tokens.get("a.b.c", NOW));
        assertEquals(claims, tokens.get("a.b.c", NOW.plusSeconds(59)));
        assertNull(tokens.get("a.b.c", NOW.plusSeconds(60)), "expired: verified again, and refused by the signer");
        assertNull(tokens.get("a.b.d", NOW), "another token, even one character apart, was never verified");
    }

    @Test
    void signedTokensAreVerifiedOnceAndForgedOnesNever() {
        TokenSigner signer = new TokenSigner(new byte[32]);
        String token = signer.sign("admin", EnumSet.noneOf(Role.class), "441481", 1, NOW, NOW.plusSeconds(600));
        VerifiedTokens tokens = new VerifiedTokens();
        TokenSigner.Claims claims = signer.verify(token, NOW);
        tokens.put(token, claims);

        assertEquals("441481", tokens.get(token, NOW.plusSeconds(1)).jurisdictionCode());
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertNull(tokens.get(forged, NOW));
        assertNull(signer.verify(forged, NOW));
    }
}
