package org.jiceng.core.events.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(1), 5);

    @Test
    void eachWaitDoublesUpToTheLongest() {
        assertEquals(Duration.ofSeconds(10), backoff.after(1));
        assertEquals(Duration.ofSeconds(20), backoff.after(2));
        assertEquals(Duration.ofSeconds(40), backoff.after(3));
        assertEquals(Duration.ofMinutes(1), backoff.after(4));
    }

    @Test
    void theLastAttemptHasNoWaitAfterIt() {
        assertNull(backoff.after(5));
        assertNull(backoff.after(6));
    }

    @Test
    void manyAttemptsDoNotOverflow() {
        Backoff patient = new Backoff(Duration.ofSeconds(10), Duration.ofHours(1), 1_000);
        assertEquals(Duration.ofHours(1), patient.after(999));
    }
}
