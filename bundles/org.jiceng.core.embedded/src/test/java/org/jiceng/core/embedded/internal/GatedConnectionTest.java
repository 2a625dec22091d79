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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.h2.jdbcx.JdbcDataSource;
import org.jiceng.core.embedded.internal.GatedConnection.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which calls pass the gate and how, on a real H2: a statement held open on another thread shows what
 * takes the gate alone (it waits the patience, then is counted), a step held open shows what shares it
 * (it waits) and what does not touch it (it runs).
 */
class GatedConnectionTest {
    private static final String LOCK_ITEM = "SELECT name FROM item WHERE id = 1 FOR UPDATE";

    private final CommitGate gate = new CommitGate(50);
    private final RowLocks rowLocks = new RowLocks(2000);
    private final CountDownLatch release = new CountDownLatch(1);
    private GatedDataSource dataSource;

    @BeforeEach
    void database() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=5000");
        dataSource = new GatedDataSource(h2, gate, rowLocks);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE item(id INT PRIMARY KEY, name VARCHAR(20))");
            s.execute("INSERT INTO item VALUES (1, 'one')");
        }
    }

    @AfterEach
    void letGo() {
        release.countDown();
    }

    /** A writing statement held open on another thread until the test ends. */
    private void statementHeldOpen() throws InterruptedException {
        CommitGateTest.heldOpen(gate::statement, release);
    }

    /** A compaction step held open on another thread until the test ends. */
    private void stepHeldOpen() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        CompletableFuture.runAsync(() -> {
            try {
                gate.step(() -> {
                    running.countDown();
                    try {
                        return release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }, 1000);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(running.await(5, TimeUnit.SECONDS));
    }

    @Test
    void readsAndReadOnlyCommitsNeverTouchTheGate() throws Exception {
        stepHeldOpen();
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
            c.commit();
        }
        assertTrue(gate.heldAlone(), "the step is still under way: nothing above waited for it");
    }

    @Test
    void writingStatementsWaitWhileAStepWorks() throws Exception {
        stepHeldOpen();
        CompletableFuture<Integer> insert = CompletableFuture.supplyAsync(() -> {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement p = c.prepareStatement("INSERT INTO item VALUES (2, 'two')")) {
                    return p.executeUpdate();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        assertFalse(insert.isDone(), "a statement wrote while a step worked");
        release.countDown();
        assertEquals(1, insert.get(5, TimeUnit.SECONDS));
    }

    @Test
    void theCommitOfATransactionThatWroteTakesTheGateAlone() throws Exception {
        statementHeldOpen();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("UPDATE item SET name = 'uno' WHERE id = 1");
            assertEquals(0, gate.ungated(), "statements share the gate");
            c.commit();
            assertEquals(1, gate.ungated(), "the commit waited for the statement under way");
            c.commit();
            assertEquals(1, gate.ungated(), "a commit with nothing written does not wait");
        }
    }

    @Test
    void rollbacksClosesAutoCommitOnAndAutoCommitWritesTakeItAloneToo() throws Exception {
        statementHeldOpen();
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO item VALUES (3, 'three')");
            c.rollback();
            assertEquals(1, gate.ungated(), "rollback");
            s.addBatch("INSERT INTO item VALUES (4, 'four')");
            s.executeBatch();
            c.setAutoCommit(true);
            assertEquals(2, gate.ungated(), "auto-commit turned on");
            s.executeUpdate("DELETE FROM item WHERE id = 4");
            assertEquals(3, gate.ungated(), "a write in auto-commit mode commits itself");
            c.setAutoCommit(false);
            s.executeUpdate("INSERT INTO item VALUES (5, 'five')");
        }
        c.close();
        assertEquals(4, gate.ungated(), "close rolls back");
        c.close();
        assertEquals(4, gate.ungated(), "closed twice, ended once");
    }

    @Test
    void aRowLockIsTakenInTheJvmBeforeTheStatementAndKeptUntilTheTransactionEnds() throws Exception {
        try (Connection first = dataSource.getConnection(); PreparedStatement lock = first.prepareStatement(LOCK_ITEM)) {
            first.setAutoCommit(false);
            lock.executeQuery().close();
            lock.executeQuery().close(); // again in the same transaction, as a second audit entry locks the head again: no wait
            assertEquals(0, rowLocks.notTaken());
            CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> {
                try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(LOCK_ITEM)) {
                    c.setAutoCommit(false);
                    try (ResultSet r = p.executeQuery()) {
                        r.next();
                        String name = r.getString(1);
                        c.commit();
                        return name;
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(100);
            assertFalse(second.isDone());
            assertEquals(0, gate.statements(), "the second waits outside the gate, not inside on H2's row lock");
            try (Statement s = first.createStatement()) {
                s.executeUpdate("UPDATE item SET name = 'first' WHERE id = 1");
            }
            first.commit();
            assertEquals("first", second.get(5, TimeUnit.SECONDS));
        }
        assertEquals(0, rowLocks.notTaken());
        assertEquals(0, gate.ungated());
    }

    @Test
    void aFailedStatementEndsNothing() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("INSERT INTO item VALUES (6, 'six')");
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO item VALUES (1, 'again')"));
            c.commit();
            try (ResultSet r = s.executeQuery("SELECT name FROM item WHERE id = 6")) {
                assertTrue(r.next());
            }
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
    void kindsOfStatements() {
        assertEquals(Kind.READ, Kind.of("SELECT a FROM b"));
        assertEquals(Kind.READ, Kind.of("\n select a from b order by a"));
        assertEquals(Kind.READ, Kind.of("WITH x AS (SELECT 1) SELECT * FROM x"));
        assertEquals(Kind.WRITE, Kind.of("SELECT a FROM b FOR UPDATE"));
        assertEquals(Kind.WRITE, Kind.of("SELECT NEXT VALUE FOR s"));
        assertEquals(Kind.WRITE, Kind.of("INSERT INTO b VALUES (1)"));
        assertEquals(Kind.WRITE, Kind.of("update b set a = 1"));
        assertEquals(Kind.WRITE, Kind.of("MERGE INTO b KEY(a) VALUES (1)"));
        assertEquals(Kind.OTHER, Kind.of("CREATE TABLE b(a INT)"));
        assertEquals(Kind.OTHER, Kind.of("ALTER TABLE b ADD c INT"));
    }

}
