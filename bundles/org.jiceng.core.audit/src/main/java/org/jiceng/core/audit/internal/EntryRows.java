package org.jiceng.core.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where the chain's new entries go, row by row, in the writer's transaction: {@link #add} for each entry in
 * sequence order, then {@link #finish}; {@link #close} gives up what was not finished (the transaction then rolls
 * back, taking the rows with it).
 */
interface EntryRows extends AutoCloseable {
    /** From this many entries on, PostgreSQL gets them as one {@code COPY}; fewer go as an insert batch. */
    int COPY_FROM = 64;

    void add(long seq, EncodedEntry e, String prevHash, String hash) throws SQLException;

    void finish() throws SQLException;

    @Override
    void close() throws SQLException;

    /** The fastest way the connection's database takes {@code count} rows. */
    static EntryRows into(Connection c, int count) throws SQLException {
        if (count >= COPY_FROM && CopiedEntries.possible(c)) {
            return new CopiedEntries(c);
        }
        return new InsertedEntries(c);
    }
}
