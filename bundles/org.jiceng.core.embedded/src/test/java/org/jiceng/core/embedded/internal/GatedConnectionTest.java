package org.jiceng.core.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which statements pass the gate, and when the transaction leaves it, on a real H2. */
class GatedConnectionTest {
    private final WriteGate gate = new WriteGate();
    private GatedDataSource dataSource;

    @BeforeEach
    void database() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource = new GatedDataSource(h2, gate);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE item(id INT PRIMARY KEY, name VARCHAR(20))");
            s.execute("INSERT INTO item VALUES (1, 'one')");
        }
        assertEquals(0, gate.transactions(), "auto-commit statements leave as they end");
    }

    @Test
    void readsNeverEnter() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("SELECT name FROM item WHERE id = ?")) {
                p.setInt(1, 1);
                try (ResultSet r = p.executeQuery()) {
                    assertTrue(r.next());
                }
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("  select count(*) from item")) {
                assertTrue(r.next());
            }
            assertEquals(0, gate.transactions());
        }
    }

    @Test
    void aTransactionIsInsideFromItsFirstWriteToItsCommit() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement("SELECT name FROM item WHERE id = 1 FOR UPDATE");
                    PreparedStatement insert = c.prepareStatement("INSERT INTO item VALUES (?, 'more')")) {
                lock.executeQuery().close();
                assertEquals(1, gate.transactions(), "a locking read writes");
                insert.setInt(1, 2);
                insert.executeUpdate();
                insert.setInt(1, 3);
                insert.executeUpdate();
                assertEquals(1, gate.transactions(), "one pass per transaction");
            }
            c.commit();
            assertEquals(0, gate.transactions());
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE item SET name = 'two' WHERE id = 2");
                assertEquals(1, gate.transactions());
            }
            c.rollback();
            assertEquals(0, gate.transactions());
        }
    }

    @Test
    void closingOrTurningOnAutoCommitEndsTheTransaction() throws SQLException {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.addBatch("INSERT INTO item VALUES (4, 'four')");
            s.executeBatch();
        }
        assertEquals(1, gate.transactions());
        c.setAutoCommit(true);
        assertEquals(0, gate.transactions());
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("DELETE FROM item WHERE id = 4");
        }
        assertEquals(1, gate.transactions());
        c.close();
        assertEquals(0, gate.transactions());
        c.close();
        assertEquals(0, gate.transactions(), "closed twice, left once");
    }

    @Test
    void aFailedAutoCommitWriteLeavesToo() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO item VALUES (1, 'again')"));
            assertEquals(0, gate.transactions());
        }
    }

    @Test
    void theProxiesKeepTheirOwnIdentityAndUnwrapToH2() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Connection other = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("SELECT 1")) {
            assertTrue(c.equals(c));
            assertFalse(c.equals(other));
            assertNotEquals(c.hashCode(), other.hashCode());
            assertSame(c, p.getConnection());
            assertTrue(H2Stores.isH2(c));
        }
    }

    @Test
    void sqlThatWrites() {
        assertFalse(GatedConnection.SqlWrites.writes("SELECT a FROM b"));
        assertFalse(GatedConnection.SqlWrites.writes("\n select a from b order by a"));
        assertTrue(GatedConnection.SqlWrites.writes("SELECT a FROM b FOR UPDATE"));
        assertTrue(GatedConnection.SqlWrites.writes("SELECT NEXT VALUE FOR s"));
        assertTrue(GatedConnection.SqlWrites.writes("INSERT INTO b VALUES (1)"));
        assertTrue(GatedConnection.SqlWrites.writes("MERGE INTO b KEY(a) VALUES (1)"));
        assertTrue(GatedConnection.SqlWrites.writes("WITH x AS (SELECT 1) SELECT * FROM x"));
    }
}
