package org.jiceng.core.events.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SignatureTest {
    @Test
    void theSignatureIsTheHmacOfTimestampDotBody() {
        // Reference value computed independently: printf '1700000000.{"id":1}' | openssl dgst -sha256 -hmac key
        assertEquals("sha256=1d542af0cd7355fefa5c19021ad89d3e2afd77ebff5448db280f180e013d2651", Signature.sign("key", 1_700_000_000L, "{\"id\":1}"));
        assertNotEquals(Signature.sign("key", 1_700_000_000L, "{\"id\":1}"), Signature.sign("key", 1_700_000_001L, "{\"id\":1}"));
        assertNotEquals(Signature.sign("key", 1_700_000_000L, "{\"id\":1}"), Signature.sign("other", 1_700_000_000L, "{\"id\":1}"));
    }

    @Test
    void secretsAre32RandomBytes() {
        String a = Signature.newSecret();
        assertTrue(a.matches("[0-9a-f]{64}"), a);
        assertNotEquals(a, Signature.newSecret());
    }
}
