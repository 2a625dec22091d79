package org.jiceng.core.embedded.internal;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Locks in the JVM that a statement locking rows for update ({@code SELECT … FOR UPDATE}) takes before it
 * executes and its transaction keeps until it ends, one per statement text: in Jiceng the audit chain's
 * head, which the audit chainer's batches and large transactions (imports) lock, and the webhook relay's
 * claim of deliveries. Without it a
 * transaction would wait on H2's row lock inside a statement, holding the {@link CommitGate} shared, while
 * the transaction that holds the row waits for the gate to commit: every commit would then go on after the
 * gate's patience, beside writing statements. With it the waiting happens before the statement.
 *
 * <p>A semaphore, not a lock owned by a thread: the transaction ends on whatever thread commits it. One
 * that is not free within the patience is not taken (H2's own row lock then decides, as before the gate):
 * a transaction that already holds the row on another connection of the same thread, or two statement
 * texts that lock the same rows the other way round, must not wait for it forever.
 */
final class RowLocks {
    private final ConcurrentMap<String, Semaphore> locks = new ConcurrentHashMap<>();
    private final long patienceNanos;
    private final LongAdder notTaken = new LongAdder();

    /** @param patienceMillis how long a statement waits for its lock before it goes on without */
    RowLocks(long patienceMillis) {
        this.patienceNanos = TimeUnit.MILLISECONDS.toNanos(patienceMillis);
    }

    /** Whether {@code sql} locks rows for update. */
    static boolean locksRows(String sql) {
        return sql.toUpperCase(Locale.ROOT).contains("FOR UPDATE");
    }

    /** The lock of {@code sql}'s text (one per text, made on first use). */
    Semaphore of(String sql) {
        return locks.computeIfAbsent(sql.strip(), text -> new Semaphore(1, true));
    }

    /**
     * Takes {@code lock}, waiting the patience at most.
     *
     * @return whether it was taken (when not, it is counted)
     */
    boolean take(Semaphore lock) throws InterruptedException {
        if (lock.tryAcquire(patienceNanos, TimeUnit.NANOSECONDS)) {
            return true;
        }
        notTaken.increment();
        return false;
    }

    /** Statements that went on without their lock after the patience, since the start. */
    long notTaken() {
        return notTaken.sum();
    }
}
