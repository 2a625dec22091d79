package org.jiceng.core.events.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jiceng.cluster.ClusterLeases;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves committed events out of the outbox: posts each through Event Admin and turns it into a
 * delivery for every active subscription that wants it, then marks it relayed — deliveries and mark
 * in one transaction, so a crash repeats a whole batch (Event Admin handlers may see an event twice,
 * receivers deduplicate on the event id) and never loses one. Rows are read by "not yet relayed",
 * not by a cursor, so an event whose transaction committed after a later id's is not skipped.
 * With several nodes, the node holding the {@value #LEASE} lease relays (and its Event Admin is the
 * one that sees the events); the others' outbox rows wait for its next round.
 */
@Component(service = OutboxRelay.class, immediate = true, configurationPid = EventsConfig.PID)
@Designate(ocd = EventsConfig.class)
public class OutboxRelay {
    static final int BATCH = 500;
    /** The lease of the node that relays and delivers; the delivery worker asks for the same one. */
    static final String LEASE = "events";
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final Logger logger = LoggerFactory.getLogger(OutboxRelay.class);
    private final EventsStore store;
    private final EventAdmin eventAdmin;
    private final DeliveryWorker worker;
    private final ClusterLeases leases;
    private volatile int retentionDays;
    private ScheduledFuture<?> schedule;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "jiceng-outbox-relay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean nudged = new AtomicBoolean();
    private volatile LocalDateTime lastPurge = LocalDateTime.MIN;

    @Activate
    public OutboxRelay(@Reference EventsStore store, @Reference EventAdmin eventAdmin, @Reference DeliveryWorker worker,
            @Reference ClusterLeases leases, EventsConfig config) {
        this.store = store;
        this.leases = leases;
        this.eventAdmin = eventAdmin;
        this.worker = worker;
        configure(config);
    }

    /** A changed configuration applies at once, without restarting the components that publish. */
    @Modified
    synchronized void configure(EventsConfig config) {
        retentionDays = config.retentionDays();
        if (schedule != null) {
            schedule.cancel(false);
        }
        schedule = thread.scheduleWithFixedDelay(this::relayAll, 0, Math.max(50, config.relayIntervalMillis()), TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        thread.shutdownNow();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** Asks for a run soon, after a publish; many nudges before it runs make one run. */
    void nudge() {
        if (nudged.compareAndSet(false, true)) {
            try {
                thread.schedule(this::relayAll, 20, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException stopped) {
                // The bundle is stopping; the events wait in the outbox for the next start.
            }
        }
    }

    private void relayAll() {
        nudged.set(false);
        try {
            if (!leases.holds(LEASE)) {
                return;
            }
            int relayed;
            do {
                relayed = relayBatch();
            } while (relayed == BATCH && !Thread.currentThread().isInterrupted());
            purgeNow();
        } catch (SQLException | RuntimeException e) {
            // The events stay in the outbox; the next run tries them again.
            logger.warn("Relaying events failed, will try again: {}", e.toString());
        }
    }

    /** Relays one batch; returns how many events it moved. */
    int relayBatch() throws SQLException {
        try (Connection c = store.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                List<OutboxEvent> events = unrelayed(c);
                if (events.isEmpty()) {
                    c.rollback();
                    return 0;
                }
                Subscribers subscribers = subscribers(c);
                Map<String, Set<String>> ancestors = subscribers.anyScoped() ? ancestors(c, events) : Map.of();
                int deliveries = 0;
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO webhook_delivery (subscription_id, event_id, topic, "
                        + "jurisdiction_code, payload, occurred_at, status, attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)");
                        PreparedStatement mark = c.prepareStatement("UPDATE event_outbox SET relayed = TRUE WHERE id = ?")) {
                    Timestamp now = Timestamp.valueOf(now());
                    for (OutboxEvent e : events) {
                        eventAdmin.postEvent(new Event(e.topic(), EventJson.read(e.propertiesJson())));
                        Set<String> above = e.jurisdictionCode() == null ? Set.of() : ancestors.getOrDefault(e.jurisdictionCode(), Set.of());
                        String payload = null;
                        for (Subscribers.Subscriber s : subscribers.all()) {
                            if (s.wants(e.topic(), above, e.occurredAt())) {
                                payload = payload != null
                                        ? payload
                                        : EventJson.payload(e.id(), e.topic(), e.occurredAt(), e.jurisdictionCode(), e.propertiesJson());
                                insert.setLong(1, s.id());
                                insert.setLong(2, e.id());
                                insert.setString(3, e.topic());
                                insert.setString(4, e.jurisdictionCode());
                                insert.setString(5, payload);
                                insert.setTimestamp(6, Timestamp.valueOf(e.occurredAt()));
                                insert.setTimestamp(7, now);
                                insert.addBatch();
                                deliveries++;
                            }
                        }
                        mark.setLong(1, e.id());
                        mark.addBatch();
                    }
                    if (deliveries > 0) {
                        insert.executeBatch();
                    }
                    mark.executeBatch();
                }
                c.commit();
                if (deliveries > 0) {
                    worker.nudge();
                }
                return events.size();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** An event as the outbox holds it. */
    record OutboxEvent(long id, String topic, String jurisdictionCode, String propertiesJson, LocalDateTime occurredAt) {
    }

    private static List<OutboxEvent> unrelayed(Connection c) throws SQLException {
        List<OutboxEvent> events = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT id, topic, jurisdiction_code, properties_json, occurred_at FROM event_outbox WHERE relayed = FALSE ORDER BY id")) {
            p.setMaxRows(BATCH);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    events.add(new OutboxEvent(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getTimestamp(5).toLocalDateTime()));
                }
            }
        }
        return events;
    }

    private static Subscribers subscribers(Connection c) throws SQLException {
        List<Subscribers.Subscriber> all = new ArrayList<>();
        try (PreparedStatement p = c
                .prepareStatement("SELECT id, jurisdiction_code, topics, created_at FROM webhook_subscription WHERE active = TRUE");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                all.add(new Subscribers.Subscriber(r.getLong(1), r.getString(2), SubscriptionEntity.topicList(r.getString(3)),
                        r.getTimestamp(4).toLocalDateTime()));
            }
        }
        return new Subscribers(all);
    }

    /** For each jurisdiction of the events, itself and every jurisdiction above it (the registry's closure). */
    private static Map<String, Set<String>> ancestors(Connection c, List<OutboxEvent> events) throws SQLException {
        Map<String, Set<String>> result = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT ancestor_code FROM jurisdiction_closure WHERE descendant_code = ?")) {
            for (OutboxEvent e : events) {
                String code = e.jurisdictionCode();
                if (code == null || result.containsKey(code)) {
                    continue;
                }
                Set<String> above = new HashSet<>();
                above.add(code);
                p.setString(1, code);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        above.add(r.getString(1));
                    }
                }
                result.put(code, above);
            }
        }
        return result;
    }

    private void purgeNow() throws SQLException {
        LocalDateTime now = now();
        if (lastPurge.plus(PURGE_EVERY).isAfter(now)) {
            return;
        }
        lastPurge = now;
        Timestamp before = Timestamp.valueOf(now.minusDays(retentionDays));
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement events = c.prepareStatement("DELETE FROM event_outbox WHERE relayed = TRUE AND occurred_at < ?");
                PreparedStatement delivered = c.prepareStatement("DELETE FROM webhook_delivery WHERE status = 'DELIVERED' AND delivered_at < ?")) {
            events.setTimestamp(1, before);
            delivered.setTimestamp(1, before);
            int e = events.executeUpdate();
            int d = delivered.executeUpdate();
            if (e + d > 0) {
                logger.info("Purged {} relayed event(s) and {} delivered deliveries older than {} days", e, d, retentionDays);
            }
        }
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
