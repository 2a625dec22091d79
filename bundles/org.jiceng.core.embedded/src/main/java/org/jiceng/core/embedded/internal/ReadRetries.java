package org.jiceng.core.embedded.internal;

import javax.persistence.EntityManagerFactory;

import org.eclipse.persistence.sessions.Session;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns off EclipseLink's own retries of a read whose connection was lost, in every persistence unit — the core's and
 * the modules', as Aries JPA registers them. By default EclipseLink tries such a read three more times, five seconds
 * apart: over a database outage every request then held its server thread for twenty seconds and more, and a busy
 * server ran out of threads. The request fails at once instead, answered 503 {@code database-unavailable} with
 * {@code Retry-After} (see {@link DatabaseReachability}), and the client, which knows whether its request may be
 * repeated, repeats it.
 */
@Component
public class ReadRetries {
    private final Logger logger = LoggerFactory.getLogger(ReadRetries.class);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addUnit(EntityManagerFactory unit) {
        try {
            unit.unwrap(Session.class).getLogin().setQueryRetryAttemptCount(0);
        } catch (RuntimeException e) {
            // Not EclipseLink, or a unit that could not be deployed (reported by Aries JPA): nothing to turn off.
            logger.debug("Read retries left as they are for {}: {}", unit, e.toString());
        }
    }

    void removeUnit(EntityManagerFactory unit) {
        // nothing kept
    }
}
