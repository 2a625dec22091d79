package org.jiceng.core.bulk.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.jiceng.common.BusyException;

/**
 * A place among a limited number of heavy jobs of one kind, held from admission until the work is
 * done; closing it twice gives the place back once.
 */
final class Ticket implements AutoCloseable {
    private final AtomicInteger holders;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Ticket(AtomicInteger holders) {
        this.holders = holders;
    }

    /** Takes one of {@code limit} places, or refuses with 429 naming {@code what}. */
    static Ticket take(AtomicInteger holders, int limit, String what, int retryAfterSeconds) {
        while (true) {
            int now = holders.get();
            if (now >= limit) {
                throw new BusyException("The server is already running " + now + " " + what + ", as many as it is configured to; try again later",
                        retryAfterSeconds);
            }
            if (holders.compareAndSet(now, now + 1)) {
                return new Ticket(holders);
            }
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            holders.decrementAndGet();
        }
    }
}
