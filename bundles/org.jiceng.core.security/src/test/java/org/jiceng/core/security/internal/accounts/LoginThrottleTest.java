package org.jiceng.core.security.internal.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private static final String ATTACKER = "http 203.0.113.7";
    private static final String OFFICE = "http 198.51.100.20";
    private static final String SHELL_ON_THE_MACHINE = "ssh 127.0.0.1";

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Settings(5, Duration.ofSeconds(30), Duration.ofSeconds(900), 20),
            clock);

    @Test
    void theFifthFailureOfASourceMakesItWaitForThatAccountOnly() {
        fail(ATTACKER, "admin", 4);
        assertEquals(0, throttle.waitSeconds(ATTACKER, "admin"), "four failures are allowed");
        fail(ATTACKER, "admin", 1);
        assertEquals(30, throttle.waitSeconds(ATTACKER, "admin"));
        assertEquals(0, throttle.waitSeconds(ATTACKER, "xiajiang-viewer"), "another account from the same source");
        assertEquals(0, throttle.waitSeconds(OFFICE, "admin"), "the owner elsewhere");
        assertEquals(0, throttle.waitSeconds(SHELL_ON_THE_MACHINE, "admin"), "the admin's shell on the machine");
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToTheLongest() {
        fail(ATTACKER, "admin", 6);
        assertEquals(60, throttle.waitSeconds(ATTACKER, "admin"));
        fail(ATTACKER, "admin", 1);
        assertEquals(120, throttle.waitSeconds(ATTACKER, "admin"));
        fail(ATTACKER, "admin", 10);
        assertEquals(900, throttle.waitSeconds(ATTACKER, "admin"));
    }

    @Test
    void theWaitRunsOutAndTheCountIsForgottenAfterTheLongestWait() {
        fail(ATTACKER, "admin", 5);
        clock.advance(Duration.ofSeconds(29));
        assertEquals(1, throttle.waitSeconds(ATTACKER, "admin"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(0, throttle.waitSeconds(ATTACKER, "admin"));
        fail(ATTACKER, "admin", 1);
        assertEquals(60, throttle.waitSeconds(ATTACKER, "admin"), "the sixth failure in a row doubles the wait");
        clock.advance(Duration.ofSeconds(901));
        fail(ATTACKER, "admin", 1);
        assertEquals(0, throttle.waitSeconds(ATTACKER, "admin"), "counted anew after 900 s without a failure");
    }

    @Test
    void aSuccessClearsItsPair() {
        fail(OFFICE, "xiajiang-viewer", 4);
        throttle.succeeded(OFFICE, "xiajiang-viewer");
        fail(OFFICE, "xiajiang-viewer", 4);
        assertEquals(0, throttle.waitSeconds(OFFICE, "xiajiang-viewer"));
    }

    @Test
    void sprayingManyAccountsMakesTheSourceWaitForAll() {
        for (int i = 0; i < 20; i++) {
            fail(ATTACKER, "user-" + i, 1);
        }
        assertEquals(30, throttle.waitSeconds(ATTACKER, "never-tried"));
        assertEquals(0, throttle.waitSeconds(OFFICE, "never-tried"));
    }

    @Test
    void theSourceDropsThePortAndTheHostName() {
        assertEquals("ssh 127.0.0.1", LoginThrottle.source("ssh", "/127.0.0.1:53422"));
        assertEquals("ssh 10.0.0.1", LoginThrottle.source("ssh", "gateway/10.0.0.1:22"));
        assertEquals("http 0:0:0:0:0:0:0:1", LoginThrottle.source("http", "/[0:0:0:0:0:0:0:1]:8181"));
        assertEquals("http 2001:db8::1", LoginThrottle.source("http", "2001:db8::1"));
        assertEquals("http 203.0.113.7", LoginThrottle.source("http", "203.0.113.7"));
        assertEquals("unknown unknown", LoginThrottle.source(null, null));
    }

    private void fail(String source, String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(source, username);
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
