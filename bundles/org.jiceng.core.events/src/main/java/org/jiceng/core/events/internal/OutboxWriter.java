package org.jiceng.core.events.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import javax.persistence.EntityManager;

import org.jiceng.events.EventOutbox;
import org.jiceng.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Writes published events into {@code event_outbox} on the publisher's own connection, inside its
 * transaction. Plain JDBC on purpose: the row is the relay's work item, not a record the audit
 * trail should list beside the change it reports.
 */
@Component(service = EventOutbox.class)
public class OutboxWriter implements EventOutbox {
    static final String INSERT = "INSERT INTO event_outbox (topic, jurisdiction_code, properties_json, occurred_at, relayed) VALUES (?, ?, ?, ?, FALSE)";

    private final EventsStore store;
    private final OutboxRelay relay;

    @Activate
    public OutboxWriter(@Reference EventsStore store, @Reference OutboxRelay relay) {
        this.store = store;
        this.relay = relay;
    }

    @Override
    public void publish(EntityManager em, String topic, Map<String, ?> properties) {
        if (!em.getTransaction().isActive()) {
            throw new IllegalStateException("An event is published inside the transaction of its change: " + topic);
        }
        // EclipseLink hands out the connection of the transaction (beginning it on the database if need be).
        Connection c = em.unwrap(Connection.class);
        if (c == null) {
            throw new IllegalStateException("No connection in the transaction to publish " + topic);
        }
        try {
            insert(c, topic, properties);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot publish " + topic + ": " + e.getMessage(), e);
        }
        // woken before the commit, the relay would not see the row yet and wait for its next round
        Transactions.afterCommit(relay::nudge);
    }

    @Override
    public void publish(String topic, Map<String, ?> properties) {
        try (Connection c = store.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                insert(c, topic, properties);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot publish " + topic + ": " + e.getMessage(), e);
        }
        relay.nudge();
    }

    private static void insert(Connection c, String topic, Map<String, ?> properties) throws SQLException {
        if (topic == null || !topic.matches(TopicPattern.TOPIC)) {
            throw new IllegalArgumentException("Not an event topic: " + topic);
        }
        Object jurisdiction = properties.get(JURISDICTION_CODE);
        try (PreparedStatement p = c.prepareStatement(INSERT)) {
            p.setString(1, topic);
            p.setString(2, jurisdiction == null ? null : jurisdiction.toString());
            p.setString(3, EventJson.properties(properties));
            p.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS)));
            p.executeUpdate();
        }
    }
}
