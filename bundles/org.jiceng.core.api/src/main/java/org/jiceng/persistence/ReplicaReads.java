package org.jiceng.persistence;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Reads that may be served by a streaming replica of the database: reports, exports, statistics.
 * Whoever decides that a replica may serve a request (it has replayed everything the primary had
 * written when the request came, see {@code org.jiceng.cluster.ReadReplica}) runs the request's
 * reading inside {@link #onReplica}; every {@link Transactions#read} on this thread then uses the
 * replica's unit where the store has one. Writes, and reads inside a write, always use the primary.
 *
 * @since 1.3
 */
public final class ReplicaReads {
    private static final ThreadFlag ON_REPLICA = new ThreadFlag();

    private ReplicaReads() {
    }

    /** Runs {@code work} with this thread's reads on the replica. */
    public static <T extends @Nullable Object> T onReplica(Supplier<T> work) {
        return ON_REPLICA.during(work::get);
    }

    /** An action that may throw what its caller throws (an export writing its stream). */
    @FunctionalInterface
    public interface Action<E extends Exception> {
        void run() throws E;
    }

    /** Runs {@code action} with this thread's reads on the replica. */
    public static <E extends Exception> void runOnReplica(Action<E> action) throws E {
        ON_REPLICA.during(() -> {
            action.run();
            return null;
        });
    }

    /** Whether this thread's reads were allowed on the replica. */
    public static boolean requested() {
        return ON_REPLICA.isSet();
    }
}
