package org.jiceng.core.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class VersionHoldTest {
    private static final long SECOND = 1_000_000_000L;

    private final VersionHold hold = new VersionHold(Duration.ofSeconds(60), 100);

    @Test
    void aVersionHeldForAMinuteWhileClientsCommitIsReportedOnceAndItsEndToo() {
        assertEquals(VersionHold.Change.NONE, hold.observe(10, 20, 0));
        assertEquals(VersionHold.Change.NONE, hold.observe(10, 500, 59 * SECOND), "59 s: not yet");
        assertEquals(VersionHold.Change.LONG, hold.observe(10, 600, 60 * SECOND));
        assertEquals(Duration.ofSeconds(60), hold.heldFor(60 * SECOND));
        assertEquals(VersionHold.Change.NONE, hold.observe(10, 700, 90 * SECOND), "reported once");
        assertEquals(VersionHold.Change.ENDED, hold.observe(705, 706, 95 * SECOND));
        assertEquals(10, hold.reportedVersion());
        assertEquals(Duration.ofSeconds(95), hold.heldFor(96 * SECOND), "held from the first step that saw it until the one that saw it go");
    }

    @Test
    void aHoldWithFewCommitsSinceCostsNothingAndIsNotReported() {
        hold.observe(10, 20, 0);
        assertEquals(VersionHold.Change.NONE, hold.observe(10, 109, 600 * SECOND), "99 commits since: the file hardly grew");
        assertEquals(VersionHold.Change.LONG, hold.observe(10, 110, 601 * SECOND));
    }

    @Test
    void theOldestVersionMovingOnStartsTheClockAgain() {
        hold.observe(10, 200, 0);
        hold.observe(11, 300, 50 * SECOND);
        assertEquals(VersionHold.Change.NONE, hold.observe(11, 400, 100 * SECOND), "version 11 held for 50 s only");
        assertEquals(VersionHold.Change.NONE, hold.observe(12, 500, 110 * SECOND), "an end not reported is not told");
    }
}
