package org.jiceng.core.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Who waits for whom at the gate. */
class CommitGateTest {
    private final CommitGate gate = new CommitGate(100);

    /** A statement that runs on another thread until {@code release} opens; returns once it runs. */
    private CompletableFuture<Boolean> statementHeldOpen(CountDownLatch release) throws InterruptedException {
        return heldOpen(gate::statement, release);
    }

    /** Work passed through {@code passage} on another thread, held there until {@code release} opens; returns once it runs. */
    static CompletableFuture<Boolean> heldOpen(Passage passage, CountDownLatch release) throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        CompletableFuture<Boolean> done = CompletableFuture.supplyAsync(() -> {
            try {
                return passage.pass(() -> {
                    running.countDown();
                    return opens(release);
                });
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(running.await(5, TimeUnit.SECONDS));
        return done;
    }

    /** A way through the gate: {@link CommitGate#statement} or {@link CommitGate#commit}. */
    @FunctionalInterface
    interface Passage {
        Boolean pass(CommitGate.SqlWork<Boolean> work) throws SQLException;
    }

    @Test
    void statementsRunSideBySide() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> first = statementHeldOpen(release);
        CompletableFuture<Boolean> second = statementHeldOpen(release);
        assertEquals(2, gate.statements());
        release.countDown();
        first.get(5, TimeUnit.SECONDS);
        second.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aCommitWaitsForTheStatementsUnderWay() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> statement = statementHeldOpen(release);
        CompletableFuture.delayedExecutor(30, TimeUnit.MILLISECONDS).execute(release::countDown);
        // the future completes a moment after the statement leaves the gate: what it waited for is the release
        boolean statementEndedFirst = gate.commit(() -> release.getCount() == 0 && gate.statements() == 0);
        assertTrue(statementEndedFirst, "the commit ran while a statement wrote");
        assertEquals(0, gate.ungated());
        statement.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aCommitGoesOnAfterItsPatienceAndIsCounted() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> statement = statementHeldOpen(release);
        long started = System.nanoTime();
        boolean besideTheStatement = gate.commit(() -> gate.statements() == 1);
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertTrue(besideTheStatement);
        assertTrue(waitedMillis >= 90, "waited its patience: " + waitedMillis + " ms");
        assertEquals(1, gate.ungated());
        release.countDown();
        statement.get(5, TimeUnit.SECONDS);
    }

    @Test
    void statementsWaitWhileACommitStores() throws Exception {
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Boolean> commit = heldOpen(gate::commit, finish);
        CompletableFuture<Boolean> statement = CompletableFuture.supplyAsync(() -> {
            try {
                return gate.statement(() -> !gate.heldAlone());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        assertFalse(statement.isDone(), "a statement wrote while a commit stored");
        finish.countDown();
        commit.get(5, TimeUnit.SECONDS);
        assertTrue(statement.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aStepRunsAloneOrNotAtAll() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> statement = statementHeldOpen(release);
        assertEquals(Optional.empty(), gate.step(() -> "stepped", 20));
        release.countDown();
        statement.get(5, TimeUnit.SECONDS);
        assertEquals(Optional.of(true), gate.step(() -> gate.heldAlone() && gate.statements() == 0, 20));
        assertEquals(0, gate.ungated(), "steps are not commits");
    }

    /** Waits for {@code latch} in work that may throw only what JDBC throws. */
    static boolean opens(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
