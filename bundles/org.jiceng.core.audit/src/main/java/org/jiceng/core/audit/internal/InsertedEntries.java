package org.jiceng.core.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

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
        insert.setLong(1, seq);
        PendingEntries.bindFields(insert, 2, encoded.entry());
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
