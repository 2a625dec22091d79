package org.jiceng.health;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Whether this server has been ready once since it started (every {@link ReadinessCheck} answered
 * ready at the same time). Parts that answer requests ask it to tell "not there yet" from "not
 * there": before the first ready moment a path the REST application does not know is 503 to retry,
 * not a 404.
 */
@ProviderType
public interface ServerReadiness {

    /** True from the first moment every readiness check was ready; never false again until a restart. */
    boolean hasBeenReady();
}
