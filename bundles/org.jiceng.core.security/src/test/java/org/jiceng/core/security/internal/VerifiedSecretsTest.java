package org.jiceng.core.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class VerifiedSecretsTest {
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private final VerifiedSecrets<Instant> secrets = new VerifiedSecrets<>(until -> until);

    @Test
    void aSecretIsFoundByAllItsPartsAndNoOtherSplitOfTheSameText() {
        secrets.put(NOW.plusSeconds(60), "li.ming", "secret");
        assertEquals(NOW.plusSeconds(60), secrets.get(NOW, "li.ming", "secret"));
        assertNull(secrets.get(NOW, "li.mings", "ecret"), "the parts are kept apart");
        assertNull(secrets.get(NOW, "li.ming", "Secret"));
        assertNull(secrets.get(NOW, "li.mingsecret"));
        assertNull(secrets.get(NOW.plusSeconds(60), "li.ming", "secret"), "expired");
    }

    @Test
    void aForgottenSecretIsVerifiedAgainAndOthersStay() {
        secrets.put(NOW.plusSeconds(60), "a", "1");
        secrets.put(NOW.plusSeconds(60), "b", "2");
        secrets.forget("a", "1");
        assertNull(secrets.get(NOW, "a", "1"));
        assertEquals(NOW.plusSeconds(60), secrets.get(NOW, "b", "2"));
    }

    @Test
    void anotherInstanceSaltsDifferentlySoItKnowsNothingOfThisOne() {
        secrets.put(NOW.plusSeconds(60), "a", "1");
        assertNull(new VerifiedSecrets<Instant>(until -> until).get(NOW, "a", "1"));
    }
}
