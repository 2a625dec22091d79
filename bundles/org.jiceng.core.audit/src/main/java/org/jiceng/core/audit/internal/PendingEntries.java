package org.jiceng.core.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.audit.AuditAction;
import org.jiceng.security.Channel;

/**
 * The table {@code audit_pending}: entries of committed writes waiting for their place in the chain. Writers add to it
 * in their own transaction without locking anything shared; {@link AuditChainer} takes the oldest, chains them and
 * removes them in one transaction.
 */
final class PendingEntries {
    private static final String FIELDS = "occurred_at, username, channel, remote_address, caller_jurisdiction, jurisdiction_code, "
            + "unit_name, entity, table_name, entity_id, action, before_json, after_json";
    private static final int BATCH = 500;

    private PendingEntries() {
    }

    /** A pending row: its id (the order it is chained in) and its entry. */
    record Row(long id, PendingEntry entry) {
    }

    /** Adds {@code entries} in the connection's current transaction. */
    static void add(Connection c, List<PendingEntry> entries) throws SQLException {
        try (PreparedStatement insert = c
                .prepareStatement("INSERT INTO audit_pending (" + FIELDS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            if (entries.size() == 1) {
                // most writes change one record: a batch of one costs PostgreSQL's driver its batch machinery for nothing
                // (2.3 % of the server's samples of an organization's rename, JFR)
                bindFields(insert, 1, entries.get(0));
                insert.executeUpdate();
                return;
            }
            int batched = 0;
            for (PendingEntry e : entries) {
                bindFields(insert, 1, e);
                insert.addBatch();
                if (++batched == BATCH) {
                    insert.executeBatch();
                    batched = 0;
                }
            }
            if (batched > 0) {
                insert.executeBatch();
            }
        }
    }

    /**
     * Sets an entry's thirteen fields, from parameter {@code first} on, in the order of {@link #FIELDS} (the same as in
     * {@link AuditChain#COLUMNS}, between {@code seq} and the hashes).
     */
    static void bindFields(PreparedStatement p, int first, PendingEntry e) throws SQLException {
        p.setObject(first, e.occurredAt()); // JDBC 4.2's LocalDateTime, TIMESTAMP: no calendar arithmetic of the default zone's
        String[] texts = {e.username(), e.channel().name(), e.remoteAddress(), e.callerJurisdiction(), e.jurisdictionCode(), e.unit(), e.entity(),
                e.tableName(), e.entityId(), e.action().name(), e.beforeJson(), e.afterJson()};
        for (int i = 0; i < texts.length; i++) {
            p.setString(first + 1 + i, texts[i]);
        }
    }

    /** The oldest {@code limit} pending rows, by id. */
    static List<Row> oldest(Connection c, int limit) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id, " + FIELDS + " FROM audit_pending ORDER BY id FETCH FIRST " + limit + " ROWS ONLY");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                rows.add(new Row(r.getLong(1), new PendingEntry(r.getObject(2, LocalDateTime.class), r.getString(3), Channel.valueOf(r.getString(4)),
                        r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11),
                        AuditAction.valueOf(r.getString(12)), r.getString(13), r.getString(14))));
            }
        }
        return rows;
    }

    /** Removes the rows with these ids. */
    static void remove(Connection c, List<Long> ids) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM audit_pending WHERE id = ?")) {
            int batched = 0;
            for (long id : ids) {
                delete.setLong(1, id);
                delete.addBatch();
                if (++batched == BATCH) {
                    delete.executeBatch();
                    batched = 0;
                }
            }
            if (batched > 0) {
                delete.executeBatch();
            }
        }
    }

    /** Whether any row waits (a cheap look before a chaining pass takes the head's lock). */
    static boolean any(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM audit_pending FETCH FIRST 1 ROWS ONLY"); ResultSet r = p.executeQuery()) {
            return r.next();
        }
    }
}
