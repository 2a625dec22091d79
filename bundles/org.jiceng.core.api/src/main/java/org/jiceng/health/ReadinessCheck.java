package org.jiceng.health;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One part of the server that must be ready before the server is. Register as a service (DS);
 * the names the server waits for are configured (PID {@code org.jiceng.health},
 * {@code requiredChecks}), so a check whose component has not started yet counts as not ready
 * rather than being silently absent. Any other registered check takes part as well.
 */
@ConsumerType
public interface ReadinessCheck {

    /** Short, stable name, e.g. {@code database-schema}; shown to operators and load balancers. */
    String name();

    /**
     * Why this part is not ready, or empty when it is. Called on every readiness request (load
     * balancers poll every few seconds): answer from state already known, never wait for I/O.
     * By default a check is ready as soon as it is registered: a component whose mandatory
     * references are the parts it vouches for needs no body of its own.
     */
    default Optional<String> notReadyReason() {
        return Optional.empty();
    }
}
