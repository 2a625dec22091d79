package org.jiceng.core.embedded.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Keeps the compaction steps apart from writing transactions. H2 2.4.240 can lose committed updates
 * of a row (the audit chain's head, eight moves behind its entries) when the upkeep's step rewrites
 * and moves chunks while transactions write: {@code KillDuringCommits} tore about one round in
 * seventy that way, and none when no transaction was under way during a step. Transactions do not
 * wait for one another here: they share the gate, from their first write to their end, and a step
 * takes it alone.
 *
 * <p>A step that wants the gate closes it to transactions that have not begun to write, then waits
 * for those under way to end, for a short patience at most: an import, one transaction of minutes,
 * must not hold every other write back, so the step gives up, and the next steps only take the gate
 * when it happens to be free, for a growing number of steps (up to {@link #MOST_POLITE_STEPS}).
 * A thread already inside never waits to enter again: it may be taking a second connection while a
 * step waits for its first.
 */
final class WriteGate {
    static final int MOST_POLITE_STEPS = 64;

    private final Object lock = new Object();
    private final Map<Thread, Integer> inside = new HashMap<>(); // guarded by lock
    private int transactions; // guarded by lock
    private boolean stepWaiting; // guarded by lock
    private boolean stepping; // guarded by lock
    private int politeSteps; // only on the step's thread
    private int politeAfterGivingUp = 1; // only on the step's thread

    /** What a caller is given on entering: hand it back to {@link #leave} (from any thread). */
    record Pass(Thread enteredBy) {
    }

    /**
     * Enters before a transaction's first write; waits while a step works or waits for its turn.
     *
     * @throws InterruptedException when interrupted while waiting (the caller has not entered)
     */
    Pass enter() throws InterruptedException {
        Thread me = Thread.currentThread();
        synchronized (lock) {
            if (!inside.containsKey(me)) {
                while (stepWaiting || stepping) {
                    lock.wait();
                }
            }
            inside.merge(me, 1, Integer::sum);
            transactions++;
            return new Pass(me);
        }
    }

    /** Leaves once the transaction has ended (committed, rolled back, or its connection closed). */
    void leave(Pass pass) {
        synchronized (lock) {
            inside.computeIfPresent(pass.enteredBy(), (thread, count) -> count == 1 ? null : count - 1);
            transactions--;
            if (transactions == 0) {
                lock.notifyAll();
            }
        }
    }

    /**
     * Runs {@code step} when no transaction writes, new ones waiting meanwhile.
     *
     * @param patienceMillis how long new transactions may be held back while those under way end
     * @return what the step gave, or empty when it did not run
     */
    <T> Optional<T> alone(Supplier<T> step, long patienceMillis) throws InterruptedException {
        if (!close(patienceMillis)) {
            return Optional.empty();
        }
        try {
            return Optional.of(step.get());
        } finally {
            synchronized (lock) {
                stepping = false;
                lock.notifyAll();
            }
        }
    }

    private boolean close(long patienceMillis) throws InterruptedException {
        boolean polite = politeSteps > 0;
        if (polite) {
            politeSteps--;
        }
        synchronized (lock) {
            if (transactions == 0) {
                stepping = true;
                politeAfterGivingUp = 1;
                return true;
            }
            if (polite) {
                return false;
            }
            stepWaiting = true;
            try {
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(patienceMillis);
                for (long left = patienceMillis; transactions > 0 && left > 0; left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) {
                    lock.wait(left);
                }
                if (transactions > 0) {
                    politeSteps = politeAfterGivingUp;
                    politeAfterGivingUp = Math.min(MOST_POLITE_STEPS, politeAfterGivingUp * 2);
                    return false;
                }
                stepping = true;
                politeAfterGivingUp = 1;
                return true;
            } finally {
                stepWaiting = false;
                if (!stepping) {
                    lock.notifyAll();
                }
            }
        }
    }

    /** Transactions inside now; for tests and logs. */
    int transactions() {
        synchronized (lock) {
            return transactions;
        }
    }
}
