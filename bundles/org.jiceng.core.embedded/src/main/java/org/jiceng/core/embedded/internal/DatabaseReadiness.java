package org.jiceng.core.embedded.internal;

import java.util.Optional;

import org.jiceng.health.ReadinessCheck;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Readiness check {@code database}: not ready while the data source finds the database unreachable
 * ({@link DatabaseReachability}), so that a load balancer stops sending traffic during a database outage and sends it
 * again as soon as a connection is made; liveness is untouched, as restarting the server would not help.
 */
@Component
public class DatabaseReadiness implements ReadinessCheck {
    private final GatedDataSource dataSource;

    @Activate
    public DatabaseReadiness(@Reference GatedDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public Optional<String> notReadyReason() {
        return dataSource.reachability().notReadyReason();
    }
}
