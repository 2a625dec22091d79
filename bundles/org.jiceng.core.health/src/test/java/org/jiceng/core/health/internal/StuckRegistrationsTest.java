package org.jiceng.core.health.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class StuckRegistrationsTest {
    private static final long SECOND = 1_000_000_000L;
    private final StuckRegistrations stuck = new StuckRegistrations(30 * SECOND);

    @Test
    void aServiceMissingLongerThanTheGracePeriodIsDueOnceAPeriod() {
        assertEquals(Set.of(), stuck.dueForRepair(Set.of(7L), 0));
        assertEquals(Set.of(), stuck.dueForRepair(Set.of(7L), 29 * SECOND));
        assertEquals(Set.of(7L), stuck.dueForRepair(Set.of(7L), 30 * SECOND));
        assertEquals(Set.of(), stuck.dueForRepair(Set.of(7L), 45 * SECOND), "not again before another grace period");
        assertEquals(Set.of(7L), stuck.dueForRepair(Set.of(7L), 60 * SECOND));
    }

    @Test
    void aServiceListedInBetweenStartsItsPeriodAgain() {
        stuck.dueForRepair(Set.of(7L, 8L), 0);
        stuck.dueForRepair(Set.of(8L), 20 * SECOND); // 7 was listed: it is forgotten
        assertEquals(Set.of(8L), stuck.dueForRepair(Set.of(7L, 8L), 31 * SECOND));
        assertEquals(Set.of(), stuck.dueForRepair(Set.of(7L), 51 * SECOND), "missing again only since 31 s");
        assertEquals(Set.of(7L), stuck.dueForRepair(Set.of(7L), 61 * SECOND));
    }
}
