package org.jiceng.core.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class WriteGateTest {
    private final WriteGate gate = new WriteGate();

    @Test
    void aStepRunsAtOnceWhenNoTransactionWrites() throws Exception {
        assertEquals(Optional.of("stepped"), gate.alone(() -> "stepped", 50));
    }

    @Test
    void aStepWaitsForTheTransactionUnderWayToEnd() throws Exception {
        WriteGate.Pass pass = gate.enter();
        CompletableFuture.runAsync(() -> {
            sleep(20);
            gate.leave(pass);
        });
        long started = System.nanoTime();
        assertEquals(Optional.of(1), gate.alone(() -> gate.transactions() + 1, 2_000));
        assertTrue(System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(15), "ran only once the transaction had left");
    }

    @Test
    void aNewTransactionWaitsWhileAStepWorks() throws Exception {
        CountDownLatch stepping = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Optional<Boolean>> step = CompletableFuture.supplyAsync(() -> {
            try {
                return gate.alone(() -> {
                    stepping.countDown();
                    await(finish);
                    return true;
                }, 50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(stepping.await(5, TimeUnit.SECONDS));
        CompletableFuture<WriteGate.Pass> writer = CompletableFuture.supplyAsync(this::enter);
        sleep(50);
        assertFalse(writer.isDone(), "a transaction entered while the step worked");
        finish.countDown();
        assertEquals(Optional.of(true), step.get(5, TimeUnit.SECONDS));
        gate.leave(writer.get(5, TimeUnit.SECONDS));
        assertEquals(0, gate.transactions());
    }

    @Test
    void aLongTransactionMakesTheStepGiveUpAndTheNextStepsLetWritersThrough() throws Exception {
        WriteGate.Pass importing = gate.enter();
        assertEquals(Optional.empty(), gate.alone(() -> true, 30), "the step waited past its patience");
        // the next step does not hold writers back: a second transaction enters at once while it tries
        CompletableFuture<Optional<Boolean>> polite = CompletableFuture.supplyAsync(() -> {
            try {
                return gate.alone(() -> true, 5_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(Optional.empty(), polite.get(1, TimeUnit.SECONDS), "a polite step runs only when the gate is free");
        WriteGate.Pass other = CompletableFuture.supplyAsync(this::enter).get(1, TimeUnit.SECONDS);
        gate.leave(other);
        gate.leave(importing);
        assertEquals(Optional.of(true), gate.alone(() -> true, 30), "once free, the gate is taken");
    }

    @Test
    void aThreadInsideEntersAgainWhileAStepWaits() throws Exception {
        WriteGate.Pass first = gate.enter();
        CompletableFuture<Optional<Boolean>> step = CompletableFuture.supplyAsync(() -> {
            try {
                return gate.alone(() -> true, 5_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        sleep(50); // the step now waits for the first transaction
        WriteGate.Pass second = gate.enter(); // a second connection of the same thread: would deadlock if it waited
        assertEquals(2, gate.transactions());
        gate.leave(second);
        gate.leave(first);
        assertEquals(Optional.of(true), step.get(5, TimeUnit.SECONDS));
    }

    private WriteGate.Pass enter() {
        try {
            return gate.enter();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
