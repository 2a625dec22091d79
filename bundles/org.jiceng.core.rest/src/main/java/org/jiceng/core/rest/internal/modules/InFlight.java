package org.jiceng.core.rest.internal.modules;

/**
 * Requests running in one module bundle, and whether it still takes new ones. Closed while the
 * bundle stops so that it can be torn down only when nothing runs in it any more.
 */
final class InFlight {
    private int running;
    private boolean closed;

    synchronized boolean tryEnter() {
        if (closed) {
            return false;
        }
        running++;
        return true;
    }

    synchronized void exit() {
        running--;
        if (running <= 0) {
            running = 0;
            notifyAll();
        }
    }

    synchronized void open() {
        closed = false;
    }

    /** Takes no new requests and waits for the running ones; false when some still run after the time given. */
    synchronized boolean drain(long millis) {
        closed = true;
        long deadline = System.currentTimeMillis() + millis;
        while (running > 0) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    synchronized int count() {
        return running;
    }
}
