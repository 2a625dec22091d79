package org.jiceng.core.cluster.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import org.jiceng.cluster.ReadReplica;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares log positions: the primary's current WAL position, read first, against what the
 * replica has replayed. Any write acknowledged before the read began was committed at or before the
 * primary's position, so a replica that has replayed that far shows it. A replica that does not answer is left alone
 * for {@link #REST_AFTER_FAILURE}: one read in that time finds out whether it is back, instead of every read waiting
 * for its pool's time-out before it reads the primary.
 */
@Component(service = ReadReplica.class, configurationPid = ClusterConfig.PID)
public class ReadReplicaImpl implements ReadReplica {
    private static final long POLL_MILLIS = 5;
    /** How long the primary serves every read after the replica did not answer. */
    static final Duration REST_AFTER_FAILURE = Duration.ofSeconds(5);

    private final Logger logger = LoggerFactory.getLogger(ReadReplicaImpl.class);
    private final ClusterStore store;
    private final LongSupplier nanoClock;
    private volatile int maxWaitMillis;
    private volatile long restUntilNanos;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, target = "(osgi.jndi.service.name=jiceng-replica)")
    private volatile DataSource replica;

    @Activate
    public ReadReplicaImpl(@Reference ClusterStore store, ClusterConfig config) {
        this(store, System::nanoTime);
        configure(config);
    }

    ReadReplicaImpl(ClusterStore store, LongSupplier nanoClock) {
        this.store = store;
        this.nanoClock = nanoClock;
        this.restUntilNanos = nanoClock.getAsLong();
    }

    /** The replica's data source, as DS binds it (tests). */
    void setReplica(DataSource replica, int maxWaitMillis) {
        this.replica = replica;
        this.maxWaitMillis = maxWaitMillis;
    }

    @Modified
    void configure(ClusterConfig config) {
        maxWaitMillis = Math.max(0, config.replicaMaxWaitMillis());
    }

    @Override
    public boolean caughtUp() {
        DataSource r = replica;
        if (r == null || !store.postgresql() || nanoClock.getAsLong() - restUntilNanos < 0) {
            return false;
        }
        try {
            String primaryAt = primaryPosition();
            long deadline = System.nanoTime() + maxWaitMillis * 1_000_000L;
            try (Connection c = r.getConnection();
                    PreparedStatement p = c.prepareStatement("SELECT pg_last_wal_replay_lsn() >= CAST(? AS pg_lsn)")) {
                p.setString(1, primaryAt);
                while (true) {
                    try (ResultSet rs = p.executeQuery()) {
                        // null: not a replica (no replay position): never read there as if it were one
                        if (rs.next() && rs.getBoolean(1)) {
                            return true;
                        }
                    }
                    if (System.nanoTime() > deadline) {
                        return false;
                    }
                    Thread.sleep(POLL_MILLIS);
                }
            }
        } catch (SQLException e) {
            restUntilNanos = nanoClock.getAsLong() + REST_AFTER_FAILURE.toNanos();
            logger.warn("The read replica does not answer; reading the primary, and the replica again in {} s: {}", REST_AFTER_FAILURE.toSeconds(),
                    e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String primaryPosition() throws SQLException {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement p = c.prepareStatement("SELECT pg_current_wal_lsn()");
                ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
