package org.jiceng.core.health.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which registered JAX-RS resources and extensions the whiteboard has failed to pick up. The Aries
 * JAX-RS whiteboard (2.0.2) can lose a service while the framework starts: a
 * ConcurrentModificationException inside its tracker, seen on restarts, leaves the service
 * registered but never in the application, and the server not ready for good. A service the
 * whiteboard has not listed for {@code graceNanos} is due to be registered again (its component
 * disabled and enabled), which the whiteboard then picks up; each at most once per grace period, so
 * a slow machine costs one needless re-registration at worst. Not thread-safe: the readiness check
 * calls it under its own lock.
 */
final class StuckRegistrations {
    private final long graceNanos;
    private final Map<Long, Long> missingSince = new HashMap<>();

    StuckRegistrations(long graceNanos) {
        this.graceNanos = graceNanos;
    }

    /**
     * Records that the components with these ids are registered but not listed at {@code now};
     * returns those missing for longer than the grace period (and starts their period again).
     */
    Set<Long> dueForRepair(Set<Long> notListed, long now) {
        missingSince.keySet().retainAll(notListed);
        Set<Long> due = new HashSet<>();
        for (Long id : notListed) {
            long since = missingSince.computeIfAbsent(id, k -> now);
            if (now - since >= graceNanos) {
                due.add(id);
                missingSince.put(id, now);
            }
        }
        return due;
    }
}
