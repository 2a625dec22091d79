package org.jiceng.persistence;

/** A flag of the current thread, set while some work runs and put back as it was after (also when the work throws). */
final class ThreadFlag {
    private final ThreadLocal<Boolean> set = ThreadLocal.withInitial(() -> false);

    /** Work that gives a result and may throw what its caller throws. */
    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T run() throws E;
    }

    boolean isSet() {
        return set.get();
    }

    /** Runs {@code work} with the flag set; a flag set around it already stays set. */
    <T, E extends Exception> T during(Work<T, E> work) throws E {
        boolean before = set.get();
        set.set(true);
        try {
            return work.run();
        } finally {
            set.set(before);
        }
    }
}
