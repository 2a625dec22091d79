package org.jiceng.core.rest.internal.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class InFlightTest {

    @Test
    void drainWaitsForRunningRequestsAndRefusesNewOnes() throws Exception {
        InFlight gate = new InFlight();
        assertTrue(gate.tryEnter());
        CompletableFuture<Boolean> drained = CompletableFuture.supplyAsync(() -> gate.drain(10_000));
        while (gate.tryEnter()) { // until the drain has closed the gate
            gate.exit();
            Thread.onSpinWait();
        }
        assertFalse(drained.isDone(), "one request still runs");
        gate.exit();
        assertTrue(drained.get(5, TimeUnit.SECONDS));
        assertFalse(gate.tryEnter(), "closed until the bundle starts again");
        gate.open();
        assertTrue(gate.tryEnter());
    }

    @Test
    void drainGivesUpAfterItsTime() {
        InFlight gate = new InFlight();
        gate.tryEnter();
        assertFalse(gate.drain(50));
        assertEquals(1, gate.count());
    }
}
