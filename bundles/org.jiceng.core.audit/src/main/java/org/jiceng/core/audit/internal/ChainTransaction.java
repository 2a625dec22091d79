package org.jiceng.core.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Work on the chain in a transaction of its own: committed when it returns, rolled back when it throws. */
final class ChainTransaction {
    private ChainTransaction() {
    }

    /** What runs in the transaction. */
    interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    static <T> T run(DataSource dataSource, String failure, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.on(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(failure + ": " + e.getMessage(), e);
        }
    }
}
