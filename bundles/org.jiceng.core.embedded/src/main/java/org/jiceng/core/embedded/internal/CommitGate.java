package org.jiceng.core.embedded.internal;

import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Keeps writes out of the moment H2 stores a chunk. H2 2.4.240 collects the roots of a chunk's maps one
 * after the other while other transactions go on writing (its issue #2080), so a chunk is a consistent
 * snapshot of each table but not across tables: after a {@code kill -9} the file could keep a committed
 * transaction's inserts and lose its update of the audit chain's head ({@code KillDuringCommits}: about
 * one round in seventy with other JVMs busy on the machine). With {@code WRITE_DELAY=0} a chunk is
 * stored by every commit that changed something, and by the upkeep's compaction steps.
 *
 * <p>So writing statements share the gate while they execute, side by side as before; a commit, a
 * rollback (H2 stores the undo too), a statement that commits by itself (auto-commit, DDL) and a
 * compaction step take it alone, once the statements under way have ended, new ones waiting meanwhile
 * (the lock is fair). Transactions are not serialized: only the few microseconds of a chunk's store
 * are. A statement waiting on H2's lock of a row that the committing transaction holds would never end
 * while the commit waits for it, so a commit waits a short patience at most and then commits beside the
 * statements under way, as it did before the gate; {@link RowLocks} keeps that case away from the audit
 * chain's head, where the chainer's batches and imports meet. Those commits are counted.
 */
final class CommitGate {
    /** SQLSTATE of a statement cancelled (here: interrupted while waiting for the gate). */
    private static final String CANCELLED = "57014";

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    private final Lock shared = lock.readLock();
    private final Lock alone = lock.writeLock();
    private final long patienceNanos;
    private final LongAdder ungated = new LongAdder();

    /** JDBC work that may throw what JDBC throws. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** @param patienceMillis how long a commit waits for the writing statements under way to end */
    CommitGate(long patienceMillis) {
        this.patienceNanos = TimeUnit.MILLISECONDS.toNanos(patienceMillis);
    }

    /** Runs a writing statement beside other statements, never beside a commit or a step. */
    <T> T statement(SqlWork<T> work) throws SQLException {
        try {
            shared.lockInterruptibly();
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
        try {
            return work.run();
        } finally {
            shared.unlock();
        }
    }

    /**
     * Runs what stores a chunk (a commit, a rollback, a statement that commits itself) when no writing
     * statement runs, or, after the patience, beside those still running (counted in {@link #ungated()}).
     */
    <T> T commit(SqlWork<T> work) throws SQLException {
        boolean gated;
        try {
            gated = alone.tryLock(patienceNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
        if (!gated) {
            ungated.increment();
        }
        try {
            return work.run();
        } finally {
            if (gated) {
                alone.unlock();
            }
        }
    }

    /**
     * Runs a compaction step when no writing statement runs, holding new ones and commits back meanwhile.
     *
     * @param patienceMillis how long to wait for the gate
     * @return what the step gave, or empty when the gate stayed busy
     */
    <T> Optional<T> step(Supplier<T> step, long patienceMillis) throws InterruptedException {
        if (!alone.tryLock(patienceMillis, TimeUnit.MILLISECONDS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(step.get());
        } finally {
            alone.unlock();
        }
    }

    /** Commits that went on beside writing statements after the patience, since the start. */
    long ungated() {
        return ungated.sum();
    }

    /** Whether a commit or a step holds the gate now; for tests. */
    boolean heldAlone() {
        return lock.isWriteLocked();
    }

    /** Writing statements running now; for tests. */
    int statements() {
        return lock.getReadLockCount();
    }

    private static SQLException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return new SQLException("Interrupted while waiting for the embedded database's commit gate", CANCELLED, e);
    }
}
