package org.jiceng.core.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatedJdbcTest {
    @TempDir
    Path dir;
    private final CommitGate gate = new CommitGate();
    private DataSource gated;

    @BeforeEach
    void database() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("gated") + ";WRITE_DELAY=0");
        gated = GatedJdbc.dataSource(h2, gate);
        try (Connection c = gated.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(id INT PRIMARY KEY, v VARCHAR(20))");
        }
    }

    @Test
    void aCommitWaitsWhileTheGateIsHeldAndGoesThroughOnceItOpens() throws Exception {
        try (Connection c = gated.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
                p.setInt(1, 1);
                p.setString(2, "one");
                p.executeUpdate(); // not in auto-commit: not gated, or this would wait below
            }
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> holder = holdGateUntil(release);
            CompletableFuture<Void> commit = CompletableFuture.runAsync(() -> {
                try {
                    c.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThrows(TimeoutException.class, () -> commit.get(300, TimeUnit.MILLISECONDS), "the commit waits at the gate");
            assertEquals(0, count(), "nothing committed while the gate is held");
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
            commit.get(10, TimeUnit.SECONDS);
            assertEquals(1, count());
        }
    }

    @Test
    void autoCommittedWritesAreGatedAndQueriesAreNot() throws Exception {
        try (Connection c = gated.getConnection(); Statement s = c.createStatement()) {
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> holder = holdGateUntil(release);
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM t")) {
                assertTrue(r.next(), "a query runs while the gate is held");
            }
            CompletableFuture<Integer> write = CompletableFuture.supplyAsync(() -> {
                try {
                    return s.executeUpdate("INSERT INTO t VALUES (2, 'two')");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThrows(TimeoutException.class, () -> write.get(300, TimeUnit.MILLISECONDS), "an auto-committed write waits at the gate");
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
            assertEquals(1, write.get(10, TimeUnit.SECONDS));
            assertEquals(1, count());
        }
    }

    @Test
    void switchingAutoCommitOnCommitsThroughTheGate() throws Exception {
        try (Connection c = gated.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO t VALUES (3, 'three')");
            }
            assertFalse(gate.isHeldByCurrentThread());
            c.setAutoCommit(true);
            assertEquals(1, count());
        }
    }

    @Test
    void h2sOwnConnectionAndTheGatedStatementsConnectionAreReachable() throws SQLException {
        try (Connection c = gated.getConnection(); Statement s = c.createStatement()) {
            assertTrue(c.isWrapperFor(JdbcConnection.class));
            assertTrue(c.unwrap(JdbcConnection.class) instanceof JdbcConnection, "the upkeep finds H2's store through it");
            assertSame(c, s.getConnection());
            SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO nowhere VALUES (1)"));
            assertTrue(e.getMessage().contains("NOWHERE"), "H2's own exception, not a reflection wrapper: " + e);
        }
    }

    /** Another thread holds the gate until {@code release} counts down; returns once it holds it. */
    private CompletableFuture<Void> holdGateUntil(CountDownLatch release) throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> gate.through(() -> {
            held.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertTrue(held.await(10, TimeUnit.SECONDS), "the gate taken");
        return holder;
    }

    private int count() throws SQLException {
        try (Connection c = gated.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM t")) {
            r.next();
            return r.getInt(1);
        }
    }
}
