package org.jiceng.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/**
 * Why {@link Transactions#snapshot} asks H2 for SERIALIZABLE: H2's REPEATABLE READ takes each table's
 * snapshot when the transaction first reads it, so figures counted from a table read after another's
 * commit include that commit; SERIALIZABLE takes every table's snapshot at the first query, as
 * PostgreSQL's REPEATABLE READ does.
 */
class H2SnapshotLevelsTest {
    @Test
    void theSnapshotLevelSeesNeitherTableOfACommitMadeAfterItsFirstQuery() throws SQLException {
        assertEquals("0 0", countsAcrossACommit("snapshot", -1));
    }

    @Test
    void repeatableReadSeesTheCommitInATableItReadsOnlyAfterIt() throws SQLException {
        assertEquals("0 1", countsAcrossACommit("repeatable", Connection.TRANSACTION_REPEATABLE_READ));
    }

    /** The reader ({@code isolation} -1: at {@link Snapshots#isolation}) counts the first table, a writer commits a row to each table, the reader counts the second. */
    private static String countsAcrossACommit(String name, int isolation) throws SQLException {
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        try (Connection writer = DriverManager.getConnection(url);
                Connection reader = DriverManager.getConnection(url);
                Statement w = writer.createStatement();
                Statement r = reader.createStatement()) {
            w.execute("CREATE TABLE delegate(id INT PRIMARY KEY, village VARCHAR(12))");
            w.execute("CREATE TABLE evaluation(id INT PRIMARY KEY)");
            reader.setAutoCommit(false);
            reader.setTransactionIsolation(isolation < 0 ? Snapshots.isolation(reader) : isolation);
            long villages = count(r, "SELECT COUNT(*) FROM delegate WHERE village IS NOT NULL");
            w.execute("INSERT INTO delegate VALUES (1, '430581001001')");
            w.execute("INSERT INTO evaluation VALUES (1)");
            long evaluated = count(r, "SELECT COUNT(*) FROM evaluation");
            reader.rollback();
            w.execute("DROP ALL OBJECTS");
            return villages + " " + evaluated;
        }
    }

    private static long count(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
