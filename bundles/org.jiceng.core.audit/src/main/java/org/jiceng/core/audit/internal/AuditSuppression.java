package org.jiceng.core.audit.internal;

import java.util.function.Supplier;

/**
 * Turns per-row entries off for one piece of the core's own work on the current thread (through {@code AuditService.recordAsOneLoad}): loading
 * the demo data set, which is recorded as one {@code DATA_LOADED} entry with its counts instead
 * of a hundred thousand row entries. Nothing else sets it.
 */
final class AuditSuppression {
    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    private AuditSuppression() {
    }

    static boolean active() {
        return ACTIVE.get() != null;
    }

    /** Runs {@code work} without per-row audit entries. */
    static <T> T during(Supplier<T> work) {
        ACTIVE.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            ACTIVE.remove();
        }
    }
}
