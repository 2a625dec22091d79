package org.jiceng.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The isolation level at which every query of a transaction reads the database as of the
 * transaction's first query, all tables alike: REPEATABLE READ on PostgreSQL; SERIALIZABLE on H2,
 * whose REPEATABLE READ takes each table's snapshot only when the transaction first reads that table
 * (so a check that reads one table and then another would see the second one later than the first).
 * For reads only: at these levels, writes that race others may fail.
 *
 * @since 1.6
 */
public final class Snapshots {
    private Snapshots() {
    }

    /** The level for {@link Connection#setTransactionIsolation}, set before the transaction's first query. */
    public static int isolation(Connection connection) throws SQLException {
        return isolation(isPostgresql(connection));
    }

    static int isolation(boolean postgresql) {
        return postgresql ? Connection.TRANSACTION_REPEATABLE_READ : Connection.TRANSACTION_SERIALIZABLE;
    }

    static boolean isPostgresql(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
    }
}
