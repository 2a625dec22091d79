package org.jiceng.core.cluster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two nodes over one in-memory H2 database: what one claims the other does not run. */
class ClusterOnH2Test {
    private JdbcDataSource db;
    private ClusterStore store;

    @BeforeEach
    void database() throws IOException, SQLException {
        db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:cluster" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        String ddl;
        try (InputStream in = ClusterOnH2Test.class.getResourceAsStream("/db/migration/V1__cluster.sql")) {
            ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(ddl);
        }
        store = new ClusterStore(db, false);
    }

    private LocalNode node(String name) {
        return new LocalNode(store, name, config(10, 3));
    }

    @Test
    void aFiringRunsOnTheFirstNodeOnly() {
        ClusterJobsImpl a = new ClusterJobsImpl(node("a"));
        ClusterJobsImpl b = new ClusterJobsImpl(node("b"));
        AtomicInteger runs = new AtomicInteger();
        assertTrue(a.runOnce("daily", "2026-12-04", runs::incrementAndGet));
        assertFalse(b.runOnce("daily", "2026-12-04", runs::incrementAndGet));
        assertFalse(a.runOnce("daily", "2026-12-04", runs::incrementAndGet));
        assertEquals(1, runs.get());
        assertTrue(b.runOnce("daily", "2026-12-05", runs::incrementAndGet), "the next firing is a new claim");
        assertEquals(2, runs.get());
    }

    @Test
    void aNodeWaitsWhileTheFiringRunsElsewhereAndDoesNotRunItAgain() throws Exception {
        ClusterJobsImpl a = new ClusterJobsImpl(node("a"));
        ClusterJobsImpl b = new ClusterJobsImpl(node("b"));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> onA = pool.submit(() -> a.runOnce("daily", "d1", () -> {
                started.countDown();
                await(release);
            }));
            assertTrue(started.await(5, TimeUnit.SECONDS));
            Future<Boolean> onB = Executors.newSingleThreadExecutor().submit(() -> b.runOnce("daily", "d1", () -> {
                throw new AssertionError("ran twice");
            }));
            Thread.sleep(300);
            assertFalse(onB.isDone(), "b watches while a runs");
            release.countDown();
            assertTrue(onA.get(5, TimeUnit.SECONDS));
            assertFalse(onB.get(5, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFiringOfANodeThatStoppedBeatingIsTakenOver() throws SQLException {
        exec("INSERT INTO cluster_node (node_id, started_at, beat_at) VALUES ('dead', LOCALTIMESTAMP, " + ClusterStore.dbNowPlus(-60) + ")");
        exec("INSERT INTO cluster_job_firing (job, firing, node_id, started_at) VALUES ('daily', 'd1', 'dead', LOCALTIMESTAMP)");
        AtomicInteger runs = new AtomicInteger();
        assertTrue(new ClusterJobsImpl(node("b")).runOnce("daily", "d1", runs::incrementAndGet));
        assertEquals(1, runs.get());
        assertEquals("b DONE dead", query("SELECT node_id || ' ' || outcome || ' ' || taken_over_from FROM cluster_job_firing"));
    }

    @Test
    void aFailedFiringIsRecordedAndNotRetriedElsewhere() {
        ClusterJobsImpl a = new ClusterJobsImpl(node("a"));
        assertThrows(IllegalStateException.class, () -> a.runOnce("daily", "d1", () -> {
            throw new IllegalStateException("boom");
        }));
        assertFalse(new ClusterJobsImpl(node("b")).runOnce("daily", "d1", () -> {
            throw new AssertionError("retried");
        }));
        assertEquals("FAILED", query("SELECT outcome FROM cluster_job_firing"));
    }

    @Test
    void oneNodeHoldsALeaseUntilItExpires() throws Exception {
        ClusterLeasesImpl a = new ClusterLeasesImpl(node("a"));
        ClusterLeasesImpl b = new ClusterLeasesImpl(node("b"));
        assertTrue(a.holds("relay"));
        assertFalse(b.holds("relay"));
        assertTrue(a.holds("relay"), "renewed by its holder");
        exec("UPDATE cluster_lease SET expires_at = " + ClusterStore.dbNowPlus(-1));
        Thread.sleep(1100); // b trusts its last answer for a third of the 3 s lease
        assertTrue(b.holds("relay"), "taken once expired");
        Thread.sleep(1100);
        assertFalse(a.holds("relay"), "the former holder learns it lost the lease");
    }

    @Test
    void aStoppedNodeGivesItsLeasesUpAndSignsOff() throws SQLException {
        LocalNode nodeA = node("a");
        ClusterLeasesImpl a = new ClusterLeasesImpl(nodeA);
        assertTrue(a.holds("relay"));
        a.deactivate();
        nodeA.deactivate();
        assertTrue(new ClusterLeasesImpl(node("b")).holds("relay"));
        assertFalse(node("c").alive("a"));
        assertTrue(node("c").alive("b"));
    }

    @Test
    void signalsRunThisNodesListenersUntilClosed() throws Exception {
        ClusterSignalsImpl signals = new ClusterSignalsImpl(node("a"));
        AtomicInteger heard = new AtomicInteger();
        AutoCloseable handle = signals.listen("tree", heard::incrementAndGet);
        signals.listen("other", () -> {
            throw new AssertionError("wrong topic");
        });
        signals.signal("tree");
        signals.signalOthers("tree");
        handle.close();
        signals.signal("tree");
        assertEquals(1, heard.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void exec(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private String query(String sql) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static ClusterConfig config(int deadAfterSeconds, int leaseSeconds) {
        return new ClusterConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ClusterConfig.class;
            }

            @Override
            public String nodeId() {
                return "";
            }

            @Override
            public int heartbeatSeconds() {
                return 1;
            }

            @Override
            public int deadAfterSeconds() {
                return deadAfterSeconds;
            }

            @Override
            public int leaseSeconds() {
                return leaseSeconds;
            }

            @Override
            public int replicaMaxWaitMillis() {
                return 0;
            }
        };
    }
}
