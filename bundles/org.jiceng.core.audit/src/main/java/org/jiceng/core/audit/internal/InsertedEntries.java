package org.jiceng.core.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

/** Entries as a JDBC insert batch, sent every {@value #BATCH} rows: any database. */
final class InsertedEntries implements EntryRows {
    static final String INSERT = "INSERT INTO audit_entry (" + AuditChain.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** The same with the pending row each entry was chained from ({@link AuditChainer}). */
    static final String INSERT_CHAINED = "INSERT INTO audit_entry (" + AuditChain.COLUMNS
            + ", pending_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int BATCH = 500;

    private final PreparedStatement insert;
    private int pending;

    InsertedEntries(Connection c) throws SQLException {
        this.insert = c.prepareStatement(INSERT);
    }

    private InsertedEntries(PreparedStatement insert) {
        this.insert = insert;
    }

    /** Rows that also name the pending row each came from: {@link #addChained}. */
    static InsertedEntries chained(Connection c) throws SQLException {
        return new InsertedEntries(c.prepareStatement(INSERT_CHAINED));
    }

    /** {@link #add} for {@link #chained} rows. */
    void addChained(long seq, EncodedEntry encoded, String prevHash, String hash, long pendingId) throws SQLException {
        insert.setLong(17, pendingId);
        add(seq, encoded, prevHash, hash);
    }

    @Override
    public void add(long seq, EncodedEntry encoded, String prevHash, String hash) throws SQLException {
        PendingEntry e = encoded.entry();
        insert.setLong(1, seq);
        insert.setTimestamp(2, Timestamp.valueOf(e.occurredAt()));
        insert.setString(3, e.username());
        insert.setString(4, e.channel().name());
        insert.setString(5, e.remoteAddress());
        insert.setString(6, e.callerJurisdiction());
        insert.setString(7, e.jurisdictionCode());
        insert.setString(8, e.unit());
        insert.setString(9, e.entity());
        insert.setString(10, e.tableName());
        insert.setString(11, e.entityId());
        insert.setString(12, e.action().name());
        insert.setString(13, e.beforeJson());
        insert.setString(14, e.afterJson());
        insert.setString(15, prevHash);
        insert.setString(16, hash);
        insert.addBatch();
        if (++pending == BATCH) {
            insert.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void finish() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
