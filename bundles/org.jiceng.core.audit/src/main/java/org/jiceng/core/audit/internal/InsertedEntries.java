package org.jiceng.core.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.PrimitiveIterator;

/** Entries as a JDBC insert batch, sent every {@value #BATCH} rows: any database. */
final class InsertedEntries implements EntryRows {
    static final String INSERT = "INSERT INTO audit_entry (" + AuditChain.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** The same with the pending row each entry was chained from ({@link AuditChainer}). */
    static final String INSERT_CHAINED = "INSERT INTO audit_entry (" + AuditChain.COLUMNS
            + ", pending_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int BATCH = 500;

    private final PreparedStatement insert;
    /** For {@link #chained} rows, the pending rows they came from, in the order of the rows; otherwise null. */
    private final PrimitiveIterator.OfLong pendingIds;
    private int pending;

    InsertedEntries(Connection c) throws SQLException {
        this(c.prepareStatement(INSERT), null);
    }

    private InsertedEntries(PreparedStatement insert, PrimitiveIterator.OfLong pendingIds) {
        this.insert = insert;
        this.pendingIds = pendingIds;
    }

    /** Rows that also name the pending row each came from, the next of {@code pendingIds} for each row added. */
    static InsertedEntries chained(Connection c, PrimitiveIterator.OfLong pendingIds) throws SQLException {
        return new InsertedEntries(c.prepareStatement(INSERT_CHAINED), pendingIds);
    }

    @Override
    public void add(long seq, EncodedEntry encoded, String prevHash, String hash) throws SQLException {
        insert.setLong(1, seq);
        PendingEntries.bindFields(insert, 2, encoded.entry());
        insert.setString(15, prevHash);
        insert.setString(16, hash);
        if (pendingIds != null) {
            insert.setLong(17, pendingIds.nextLong());
        }
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
