package org.jiceng.core.registry.internal.audit;

import java.util.function.Supplier;

/**
 * Turns per-row entries off for one piece of the core's own work on the current thread: loading
 * the demo data set, which is recorded as one {@code DATA_LOADED} entry with its counts instead
 * of a hundred thousand row entries. Internal to the core; nothing reached from outside sets it.
 */
public final class AuditSuppression {
    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    private AuditSuppression() {
    }

    static boolean active() {
        return ACTIVE.get() != null;
    }

    /** Runs {@code work} without per-row audit entries. */
    public static <T> T during(Supplier<T> work) {
        ACTIVE.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            ACTIVE.remove();
        }
    }
}
