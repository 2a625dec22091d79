package org.jiceng.core.events.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jiceng.cluster.ClusterLeases;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due deliveries: a POST of the payload, signed with the subscription's current secret, and
 * its outcome written back — delivered on a 2xx, otherwise the next attempt after the back-off or,
 * after the last, a dead letter. The state lives in the database only, so a restart resumes every
 * pending delivery; one interrupted mid-send is sent again (at least once).
 */
@Component(service = DeliveryWorker.class, configurationPid = EventsConfig.PID)
public class DeliveryWorker {
    static final int BATCH = 100;
    static final long POLL_MILLIS = 250;
    static final String USER_AGENT = "Jiceng-Webhooks";

    private final Logger logger = LoggerFactory.getLogger(DeliveryWorker.class);
    private final EventsStore store;
    private final ClusterLeases leases;
    private volatile Backoff backoff;
    private volatile Duration timeout;
    private final String userAgent;
    private volatile HttpClient http;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "jiceng-webhook-poller"));
    private final ExecutorService senders;
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean nudged = new AtomicBoolean();

    @Activate
    public DeliveryWorker(@Reference EventsStore store, @Reference ClusterLeases leases, EventsConfig config, BundleContext context) {
        this.store = store;
        this.leases = leases;
        this.userAgent = USER_AGENT + "/" + context.getBundle().getVersion();
        configure(config);
        this.senders = Executors.newFixedThreadPool(Math.max(1, config.deliveryThreads()), r -> daemon(r, "jiceng-webhook-sender"));
        // Due retries are found within this; new deliveries and redeliveries wake the poller at once.
        poller.scheduleWithFixedDelay(this::sendDue, 500, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Back-off and time-out changes apply to the next attempt; the number of threads on the next start. */
    @Modified
    void configure(EventsConfig config) {
        backoff = Backoff.of(config);
        timeout = Duration.ofSeconds(Math.max(1, config.timeoutSeconds()));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        poller.shutdownNow();
        senders.shutdownNow();
        senders.awaitTermination(timeout.toSeconds() + 5, TimeUnit.SECONDS);
    }

    /** Asks for a look at due deliveries soon (after the relay added some or a redelivery was asked for). */
    void nudge() {
        if (nudged.compareAndSet(false, true)) {
            try {
                poller.schedule(this::sendDue, 10, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopped) {
                // Stopping: the deliveries stay pending for the next start.
            }
        }
    }

    /** What a send needs, read with the subscription's current url and secret. */
    record Due(long id, long eventId, String topic, String payload, int attempts, String url, String secret) {
    }

    private void sendDue() {
        nudged.set(false);
        try {
            if (!leases.holds(OutboxRelay.LEASE)) {
                return; // another node delivers
            }
            for (Due due : due()) {
                if (inFlight.add(due.id())) {
                    try {
                        senders.execute(() -> send(due));
                    } catch (RejectedExecutionException stopped) {
                        inFlight.remove(due.id());
                        return;
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            logger.warn("Reading due webhook deliveries failed, will try again: {}", e.toString());
        }
    }

    private List<Due> due() throws SQLException {
        List<Due> due = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement p = c.prepareStatement("SELECT d.id, d.event_id, d.topic, d.payload, d.attempts, s.url, s.secret "
                        + "FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id "
                        + "WHERE d.status = 'PENDING' AND d.next_attempt_at <= ? AND s.active = TRUE ORDER BY d.next_attempt_at, d.id")) {
            p.setTimestamp(1, Timestamp.valueOf(OutboxRelay.now()));
            p.setMaxRows(BATCH + inFlight.size());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    due.add(new Due(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getInt(5), r.getString(6), r.getString(7)));
                }
            }
        }
        return due;
    }

    private void send(Due due) {
        long started = System.nanoTime();
        Integer status = null;
        String error;
        try {
            long timestamp = Instant.now().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(URI.create(due.url())).timeout(timeout)
                    .header("Content-Type", "application/json; charset=utf-8").header("User-Agent", userAgent)
                    .header("X-Jiceng-Event", due.topic()).header("X-Jiceng-Event-Id", Long.toString(due.eventId()))
                    .header("X-Jiceng-Delivery", Long.toString(due.id())).header("X-Jiceng-Timestamp", Long.toString(timestamp))
                    .header("X-Jiceng-Signature", Signature.sign(due.secret(), timestamp, due.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(due.payload())).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            error = status / 100 == 2 ? null : "HTTP " + status;
        } catch (IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            // Stopping: left pending, sent again after the next start.
            Thread.currentThread().interrupt();
            inFlight.remove(due.id());
            return;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        try {
            record(due, status, error, millis);
        } catch (SQLException | RuntimeException e) {
            logger.warn("The outcome of webhook delivery {} could not be written; it will be sent again: {}", due.id(), e.toString());
        } finally {
            inFlight.remove(due.id());
        }
    }

    private void record(Due due, Integer status, String error, long millis) throws SQLException {
        LocalDateTime now = OutboxRelay.now();
        int attempts = due.attempts() + 1;
        Duration wait = error == null ? null : backoff.after(attempts);
        String next = error == null ? "DELIVERED" : wait == null ? "DEAD" : "PENDING";
        try (Connection c = store.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement update = c.prepareStatement("UPDATE webhook_delivery SET status = ?, attempts = attempts + 1, "
                    + "next_attempt_at = ?, delivered_at = ?, last_status_code = ?, last_error = ? WHERE id = ? AND status = 'PENDING'");
                    PreparedStatement log = c.prepareStatement(
                            "INSERT INTO webhook_attempt (delivery_id, attempted_at, status_code, error, millis) VALUES (?, ?, ?, ?, ?)")) {
                update.setString(1, next);
                update.setTimestamp(2, wait == null ? null : Timestamp.valueOf(now.plus(wait)));
                update.setTimestamp(3, error == null ? Timestamp.valueOf(now) : null);
                update.setObject(4, status, java.sql.Types.INTEGER);
                update.setString(5, error == null ? null : shorten(error));
                update.setLong(6, due.id());
                update.executeUpdate();
                log.setLong(1, due.id());
                log.setTimestamp(2, Timestamp.valueOf(now));
                log.setObject(3, status, java.sql.Types.INTEGER);
                log.setString(4, error == null ? null : shorten(error));
                log.setLong(5, millis);
                log.executeUpdate();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        if ("DEAD".equals(next)) {
            logger.warn("Webhook delivery {} of event {} ({}) is a dead letter after {} attempts: {}", due.id(), due.eventId(), due.topic(),
                    attempts, error);
        }
    }

    private static String shorten(String text) {
        return text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
