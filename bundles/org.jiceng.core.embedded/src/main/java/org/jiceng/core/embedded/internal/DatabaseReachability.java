package org.jiceng.core.embedded.internal;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.jiceng.common.DatabaseUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the data source's last attempts to get a connection showed of the database. Once one failed because the
 * database could not be reached (refused, lost, shutting down: {@link DatabaseUnavailableException#isUnreachable}),
 * one attempt a second goes on to the pool and the others fail at once, until one succeeds. Without this every request
 * of a PostgreSQL restart or failover held a server thread for the pool's whole connection time-out (10 s) and more,
 * and a busy server could run out of threads — health checks included — over a database outage. A pool that merely had
 * no free connection in time is not an outage and changes nothing here.
 */
final class DatabaseReachability {
    /** How often an attempt is let through to find out whether the database answers again. */
    static final Duration PROBE_INTERVAL = Duration.ofSeconds(1);

    private final Logger logger = LoggerFactory.getLogger(DatabaseReachability.class);
    private final LongSupplier nanoClock;
    private final AtomicLong nextProbeNanos = new AtomicLong();
    private volatile Outage outage;

    private record Outage(Instant since, long sinceNanos, String reason) {
    }

    DatabaseReachability() {
        this(System::nanoTime);
    }

    DatabaseReachability(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** Whether an attempt may go to the pool: always while the database answers; during an outage, one a second. */
    boolean mayTry() {
        if (outage == null) {
            return true;
        }
        long now = nanoClock.getAsLong();
        long next = nextProbeNanos.get();
        return now - next >= 0 && nextProbeNanos.compareAndSet(next, now + PROBE_INTERVAL.toNanos());
    }

    /** What an attempt that may not try is answered: the outage, in the connection class JDBC and the REST layer know. */
    SQLException refusal() {
        Outage o = outage;
        String reason = o == null ? "the database cannot be reached" : "the database cannot be reached since " + o.since() + ": " + o.reason();
        return new SQLTransientConnectionException(reason + " (tried again once a second)", "08001");
    }

    void connected() {
        Outage o = outage;
        if (o != null) {
            outage = null;
            logger.info("The database answers again, after {} s unreachable", Duration.ofNanos(nanoClock.getAsLong() - o.sinceNanos()).toSeconds());
        }
    }

    void failed(SQLException failure) {
        if (!DatabaseUnavailableException.isUnreachable(failure) || outage != null) {
            return;
        }
        long now = nanoClock.getAsLong();
        nextProbeNanos.set(now + PROBE_INTERVAL.toNanos());
        outage = new Outage(Instant.now(), now, innermost(failure));
        logger.warn("The database cannot be reached ({}): requests that need it are answered 503 database-unavailable, and it is tried "
                + "again once a second", outage.reason());
    }

    /**
     * For the readiness check {@code database}: empty while the database answers. Without the driver's words, which
     * name the database's host and port: readiness answers anyone, and the log has them.
     */
    Optional<String> notReadyReason() {
        Outage o = outage;
        return o == null ? Optional.empty() : Optional.of("the database cannot be reached since " + o.since() + " (see the server's log)");
    }

    private static String innermost(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
