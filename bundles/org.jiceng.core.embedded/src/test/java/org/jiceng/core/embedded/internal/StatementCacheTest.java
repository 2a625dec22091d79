package org.jiceng.core.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.h2.jdbc.JdbcConnection;
import org.h2.jdbc.JdbcPreparedStatement;
import org.jiceng.core.embedded.internal.GatedConnection.Kind;
import org.jiceng.core.embedded.internal.StatementCache.Shape;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Statements kept between uses, through the pool the server runs (HikariCP) over a real H2 with one connection: which
 * ones are kept, that a kept one carries nothing of its last use, and that the pool's promises still hold.
 */
class StatementCacheTest {
    private static final String BY_ID = "SELECT name FROM item WHERE id = ?";

    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=0";
    private HikariDataSource pool;
    private GatedDataSource dataSource;

    @BeforeEach
    void database() throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(1);
        pool = new HikariDataSource(config);
        dataSource = new GatedDataSource(pool, new CommitGate(50), new RowLocks(2000));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE item(id INT PRIMARY KEY, name VARCHAR(20))");
            s.execute("INSERT INTO item VALUES (1, 'one'), (2, 'two'), (3, 'three')");
        }
    }

    @AfterEach
    void close() {
        pool.close();
    }

    /** The statement object of H2 behind what the connection hands out. */
    private static JdbcPreparedStatement h2(PreparedStatement statement) throws SQLException {
        return statement.unwrap(JdbcPreparedStatement.class);
    }

    private static String name(PreparedStatement byId, int id) throws SQLException {
        byId.setInt(1, id);
        try (ResultSet r = byId.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }

    @Test
    void aStatementIsParsedOnceForEveryUseOfItsConnection() throws SQLException {
        JdbcPreparedStatement first;
        try (Connection c = dataSource.getConnection(); PreparedStatement byId = c.prepareStatement(BY_ID)) {
            assertEquals("one", name(byId, 1));
            first = h2(byId);
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement byId = c.prepareStatement(BY_ID)) {
            assertSame(first, h2(byId), "the pool's one connection handed out again keeps the statement");
            assertEquals("two", name(byId, 2));
            assertSame(c, byId.getConnection(), "the statement belongs to the connection it came from");
        }
    }

    @Test
    void statementsOfOtherShapesAreParsedAtEveryUse() throws SQLException {
        String[] others = {"SELECT name FROM item WHERE id IN (?, ?)", "SELECT name FROM item ORDER BY name LIMIT ? OFFSET ?",
                "SELECT name FROM item WHERE id = ? FOR UPDATE", "SELECT name FROM item WHERE id = ANY(?)",
                "SELECT EXISTS (SELECT 1 FROM item WHERE id = ?)"};
        for (String sql : others) {
            JdbcPreparedStatement first;
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                first = h2(s);
            }
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                assertNotSame(first, h2(s), sql);
                assertTrue(first.isClosed(), "the pool closed it with its connection: " + sql);
            }
        }
    }

    @Test
    void shapesAreReadOnceFromTheText() {
        assertEquals(new Shape(Kind.READ, false, true), Shape.of(BY_ID));
        assertEquals(new Shape(Kind.WRITE, false, true), Shape.of("UPDATE item SET name = ? WHERE id = ?"));
        assertEquals(new Shape(Kind.WRITE, true, false), Shape.of("SELECT name FROM item WHERE id = ? FOR UPDATE"));
        assertEquals(new Shape(Kind.OTHER, false, false), Shape.of("CREATE TABLE other(id INT)"));
        assertFalse(Shape.of("SELECT id FROM item ORDER BY id FETCH FIRST 2 ROWS ONLY").reusable());
        assertFalse(Shape.of("SELECT id FROM item WHERE id IN(1, 2)").reusable());
    }

    @Test
    void aKeptStatementAnswersWhatChangedSinceItsLastAnswer() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement byId = c.prepareStatement(BY_ID)) {
            c.setAutoCommit(false);
            assertEquals("one", name(byId, 1));
            try (PreparedStatement rename = c.prepareStatement("UPDATE item SET name = ? WHERE id = ?")) {
                rename.setString(1, "uno");
                rename.setInt(2, 1);
                rename.executeUpdate();
            }
            assertEquals("uno", name(byId, 1), "its own transaction's change");
            c.rollback();
            assertEquals("one", name(byId, 1), "the change rolled back");
            try (Connection other = DriverManager.getConnection(url); Statement s = other.createStatement()) {
                s.executeUpdate("UPDATE item SET name = 'eins' WHERE id = 1");
            }
            assertEquals("eins", name(byId, 1), "another connection's committed change");
            c.commit();
        }
    }

    @Test
    void aKeptStatementSeesWhatAnotherTransactionCommittedAfterItsLastRun() throws SQLException {
        String count = "SELECT COUNT(*) FROM item";
        try (Connection c = dataSource.getConnection(); Connection other = DriverManager.getConnection(url)) {
            other.setAutoCommit(false);
            try (PreparedStatement counting = c.prepareStatement(count); ResultSet r = counting.executeQuery()) {
                r.next();
                assertEquals(3, r.getInt(1));
            }
            try (Statement s = other.createStatement()) {
                s.executeUpdate("INSERT INTO item VALUES (9, 'nine')"); // written, not committed yet
            }
            try (PreparedStatement counting = c.prepareStatement(count); ResultSet r = counting.executeQuery()) {
                r.next();
                assertEquals(3, r.getInt(1), "not committed: not seen");
            }
            other.commit();
            try (PreparedStatement counting = c.prepareStatement(count); ResultSet r = counting.executeQuery()) {
                r.next();
                assertEquals(4, r.getInt(1), "committed since the last run: seen");
            }
        }
    }

    @Test
    void nothingOfAUseOutlastsIt() throws SQLException {
        ResultSet leftOpen;
        try (Connection c = dataSource.getConnection()) {
            PreparedStatement byId = c.prepareStatement(BY_ID);
            byId.setInt(1, 3);
            leftOpen = byId.executeQuery();
            byId.close();
            assertTrue(leftOpen.isClosed(), "closing the statement closed its result");
            assertTrue(byId.isClosed());
            assertThrows(SQLException.class, byId::executeQuery, "a statement closed is closed, though kept");

            try (PreparedStatement again = c.prepareStatement(BY_ID)) {
                SQLException unset = assertThrows(SQLException.class, again::executeQuery, "the value of the last use is gone");
                assertEquals(90012, unset.getErrorCode(), unset.getMessage()); // H2: parameter not set
            }
        }
    }

    @Test
    void aStatementWhoseSettingsChangedIsNotKept() throws SQLException {
        JdbcPreparedStatement limited;
        try (Connection c = dataSource.getConnection(); PreparedStatement all = c.prepareStatement("SELECT name FROM item ORDER BY id")) {
            all.setMaxRows(1);
            limited = h2(all);
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement all = c.prepareStatement("SELECT name FROM item ORDER BY id");
                ResultSet r = all.executeQuery()) {
            assertNotSame(limited, h2(all));
            int rows = 0;
            while (r.next()) {
                rows++;
            }
            assertEquals(3, rows, "no row limit of the last use");
        }
    }

    @Test
    void twoUsesOfOneTextAtOnceGetTwoStatements() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            PreparedStatement a = c.prepareStatement(BY_ID);
            PreparedStatement b = c.prepareStatement(BY_ID);
            assertNotSame(h2(a), h2(b));
            assertEquals("one", name(a, 1));
            assertEquals("two", name(b, 2));
            JdbcPreparedStatement kept = h2(a);
            a.close();
            b.close();
            try (PreparedStatement again = c.prepareStatement(BY_ID)) {
                assertSame(kept, h2(again), "the first given back is kept, the other closed");
            }
        }
    }

    @Test
    void workOfKeptStatementsLeftOpenIsRolledBackWithTheConnection() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            PreparedStatement insert = c.prepareStatement("INSERT INTO item VALUES (?, ?)");
            insert.setInt(1, 4);
            insert.setString(2, "four");
            assertEquals(1, insert.executeUpdate());
            // neither the statement nor the transaction is ended: the pool saw none of it
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement byId = c.prepareStatement(BY_ID)) {
            assertEquals(null, name(byId, 4), "the insert left open was rolled back");
            assertTrue(c.getAutoCommit(), "the pool handed the connection out as new");
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO item VALUES (?, ?)")) {
                insert.setInt(1, 5);
                insert.setString(2, "five");
                insert.executeUpdate();
            }
            c.commit();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement byId = c.prepareStatement(BY_ID)) {
            assertEquals("five", name(byId, 5), "a committed insert stays");
        }
    }

    @Test
    void aConnectionThePoolRenewsComesWithNoStatements() throws Exception {
        Connection before;
        try (Connection c = dataSource.getConnection(); PreparedStatement byId = c.prepareStatement(BY_ID)) {
            assertEquals("one", name(byId, 1));
            before = c.unwrap(JdbcConnection.class);
        }
        pool.getHikariPoolMXBean().softEvictConnections();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!before.isClosed() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(before.isClosed(), "the pool closed its connection");
        try (Connection c = dataSource.getConnection(); PreparedStatement byId = c.prepareStatement(BY_ID)) {
            assertNotSame(before, c.unwrap(JdbcConnection.class));
            assertEquals("two", name(byId, 2));
        }
        assertEquals(1, dataSource.connectionsWithStatements(), "the closed connection's statements were let go");
    }
}
