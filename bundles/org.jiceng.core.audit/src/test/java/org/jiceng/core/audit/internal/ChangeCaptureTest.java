package org.jiceng.core.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import org.eclipse.persistence.sessions.Session;
import org.h2.jdbcx.JdbcDataSource;
import org.jiceng.audit.AuditVerification;
import org.jiceng.persistence.Transactions;
import org.jiceng.security.Caller;
import org.jiceng.security.CallerContext;
import org.jiceng.security.Channel;
import org.jiceng.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The capture on real EclipseLink and H2: what a write records, in its own transaction, and nothing for a rollback. */
class ChangeCaptureTest {
    private String url;
    private EntityManagerFactory emf;
    private Transactions tx;
    private AuditChainer chainer;
    private final AtomicBoolean recording = new AtomicBoolean(true);

    /** One audit row as stored. */
    record Row(long seq, String username, String channel, String entity, String entityId, String action, String before, String after,
            String jurisdiction) {
    }

    @BeforeEach
    void unit() throws Exception {
        url = "jdbc:h2:mem:capture" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t_item (id BIGINT PRIMARY KEY, name VARCHAR(100), phone VARCHAR(20), jurisdiction_code VARCHAR(12), "
                    + "version BIGINT NOT NULL)");
            AuditSchema.create(c);
        }
        emf = Persistence.createEntityManagerFactory("audit-test", Map.of("javax.persistence.jdbc.url", url));
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        chainer = new AuditChainer(dataSource);
        emf.unwrap(Session.class).getEventManager().addListener(new ChangeCapture("audit-test", recording::get, chainer::wake));
        tx = new Transactions(emf);
    }

    @AfterEach
    void close() {
        emf.close();
        chainer.close();
    }

    @Test
    void insertUpdateAndDeleteAreRecordedWithTheirValues() throws SQLException {
        Caller clerk = new Caller("li.ming", java.util.Set.of(Role.OPERATOR), "441481", Channel.REST, "10.1.2.3");
        CallerContext.runAs(clerk, () -> tx.run(em -> em.persist(new ItemEntity(1, "第一", "13812345678", "441481"))));
        tx.run(em -> em.find(ItemEntity.class, 1L).name = "改名");
        tx.run(em -> em.remove(em.find(ItemEntity.class, 1L)));

        List<Row> rows = rows();
        assertEquals(3, rows.size(), rows.toString());
        Row insert = rows.get(0);
        assertEquals("INSERT", insert.action());
        assertEquals("ItemEntity", insert.entity());
        assertEquals("1", insert.entityId());
        assertEquals("li.ming", insert.username());
        assertEquals("REST", insert.channel());
        assertEquals("441481", insert.jurisdiction());
        assertNull(insert.before());
        assertEquals("{\"id\":1,\"jurisdictionCode\":\"441481\",\"name\":\"第一\",\"phone\":\"138****5678\",\"version\":1}", insert.after());

        Row update = rows.get(1);
        assertEquals("UPDATE", update.action());
        assertEquals("system", update.username(), "no caller bound: the server itself");
        assertEquals("{\"name\":\"第一\",\"version\":1}", update.before());
        assertEquals("{\"name\":\"改名\",\"version\":2}", update.after());

        Row delete = rows.get(2);
        assertEquals("DELETE", delete.action());
        assertEquals("{\"id\":1,\"jurisdictionCode\":\"441481\",\"name\":\"改名\",\"phone\":\"138****5678\",\"version\":2}", delete.before());
        assertNull(delete.after());
        assertTrue(verify().valid());
    }

    @Test
    void aWriteCommitsWhileTheChainsHeadIsHeldAndIsChainedAfter() throws SQLException {
        try (Connection holder = DriverManager.getConnection(url)) {
            holder.setAutoCommit(false);
            AuditChain.lockHead(holder); // as a chaining batch or an import does
            // Before the pending entries, this commit waited for the head and failed after H2's lock timeout.
            tx.run(em -> em.persist(new ItemEntity(1, "a", null, null)));
            assertEquals(1, pendingRows(), "the entry waits for its place in the chain");
            assertFalse(chainer.catchUp(Duration.ofMillis(200)), "no place in the chain while the head is held");
            holder.rollback();
        }
        List<Row> rows = rows();
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("INSERT", rows.get(0).action());
        assertEquals(0, pendingRows());
        assertTrue(verify().valid());
    }

    @Test
    void pendingEntriesAlreadyChainedAreNotChainedTwice() throws Exception {
        tx.run(em -> em.persist(new ItemEntity(1, "a", null, null)));
        List<Row> before = rows();
        assertEquals(1, before.size());
        // The chaining committed, but its removal of the pending row was lost (an unclean stop of the embedded database).
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("INSERT INTO audit_pending (id, occurred_at, username, channel, unit_name, entity, action) SELECT pending_id, occurred_at, "
                    + "username, channel, unit_name, entity, action FROM audit_entry WHERE seq = 1");
        }
        chainer.close();
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        chainer = new AuditChainer(dataSource); // the next start
        assertEquals(before, rows(), "chained once");
        assertEquals(0, pendingRows());
        assertTrue(verify().valid());
    }

    @Test
    void aRolledBackWriteLeavesNoEntry() throws SQLException {
        tx.run(em -> em.persist(new ItemEntity(1, "a", null, null)));
        assertThrows(IllegalStateException.class, () -> tx.run(em -> {
            em.find(ItemEntity.class, 1L).name = "b";
            em.flush();
            throw new IllegalStateException("refused after the flush");
        }));
        List<Row> rows = rows();
        assertEquals(1, rows.size(), rows.toString());
        tx.run(em -> em.find(ItemEntity.class, 1L).name = "c");
        assertEquals(2, rows().size());
        AuditVerification v = verify();
        assertTrue(v.valid(), v.reason());
        assertEquals(2, v.lastSeq(), "no gap where the rolled-back entry would have been");
    }

    @Test
    void changesAcrossFlushesOfOneTransactionAreEachRecordedOnce() throws SQLException {
        tx.run(em -> {
            ItemEntity item = new ItemEntity(1, "a", null, null);
            em.persist(item);
            em.flush();
            item.name = "b";
            em.flush();
            em.persist(new ItemEntity(2, "x", null, null));
        });
        List<String> actions = new ArrayList<>();
        rows().forEach(r -> actions.add(r.action() + " " + r.entityId()));
        assertEquals(List.of("INSERT 1", "UPDATE 1", "INSERT 2"), actions);
    }

    @Test
    void aLargeTransactionAppendsAsItFlushes() throws SQLException {
        int n = ChangeCapture.EARLY_APPEND + 10;
        tx.run(em -> {
            for (int i = 1; i <= n; i++) {
                em.persist(new ItemEntity(i, "m" + i, null, null));
                if (i % 1000 == 0) {
                    em.flush();
                    em.clear();
                }
            }
        });
        assertEquals(n, count());
        assertTrue(verify().valid());
    }

    @Test
    void bulkStatementsAreRecordedWithTheirRowCount() throws SQLException {
        tx.run(em -> {
            em.persist(new ItemEntity(1, "a", null, "441481"));
            em.persist(new ItemEntity(2, "b", null, "441481"));
        });
        tx.run(em -> em.createQuery("UPDATE ItemEntity i SET i.name = 'z' WHERE i.jurisdictionCode = :c").setParameter("c", "441481")
                .executeUpdate());
        assertThrows(RuntimeException.class, () -> tx.run(em -> {
            em.createQuery("DELETE FROM ItemEntity i").executeUpdate();
            throw new IllegalStateException("rolled back");
        }));
        List<Row> rows = rows();
        assertEquals(3, rows.size(), rows.toString());
        Row bulk = rows.get(2);
        assertEquals("BULK_WRITE", bulk.action());
        assertEquals("ItemEntity", bulk.entity());
        assertTrue(bulk.after().contains("UPDATE ItemEntity") && bulk.after().contains("\"rows\":2"), bulk.after());
        assertTrue(verify().valid());
    }

    @Test
    void nativeStatementsAreRecordedWithTheirTableButKeptCountsAreNot() throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute(
                    "CREATE TABLE jurisdiction_tally (jurisdiction_code VARCHAR(12) PRIMARY KEY, members BIGINT NOT NULL, organizations BIGINT NOT NULL)");
        }
        tx.run(em -> {
            em.persist(new ItemEntity(1, "a", null, "441481"));
            em.createNativeQuery("INSERT INTO jurisdiction_tally (jurisdiction_code, members, organizations) VALUES ('441481', 1, 0)")
                    .executeUpdate();
        });
        tx.run(em -> {
            em.createNativeQuery("UPDATE jurisdiction_tally SET members = members + ? WHERE jurisdiction_code = ?").setParameter(1, 1)
                    .setParameter(2, "441481").executeUpdate();
            em.createNativeQuery("  update T_ITEM set name = 'n' where id = 1").executeUpdate();
        });
        List<Row> rows = rows();
        assertEquals(2, rows.size(), "the item's insert and the native update of it, not the counts: " + rows);
        assertEquals("INSERT", rows.get(0).action());
        assertEquals("BULK_WRITE", rows.get(1).action());
        assertTrue(rows.get(1).after().contains("update T_ITEM"), rows.get(1).after());
        assertEquals("t_item", BulkStatements.nativeTarget("  update T_ITEM set name = 'n'"));
        assertEquals("jurisdiction_tally", BulkStatements.nativeTarget("DELETE FROM jurisdiction_tally"));
        assertEquals(null, BulkStatements.nativeTarget("MERGE INTO x USING y ON (1 = 1)"));
        assertTrue(verify().valid());
    }

    @Test
    void nothingIsRecordedWhileSwitchedOff() throws SQLException {
        recording.set(false);
        tx.run(em -> em.persist(new ItemEntity(1, "a", null, null)));
        recording.set(true);
        tx.run(em -> em.persist(new ItemEntity(2, "b", null, null)));
        assertEquals(1, count());
    }

    @Test
    void suppressedWorkIsNotRecordedRowByRow() throws SQLException {
        AuditSuppression.during(() -> tx.write(em -> {
            em.persist(new ItemEntity(1, "a", null, null));
            return null;
        }));
        assertEquals(0, count());
        assertFalse(AuditSuppression.active());
    }

    /** The entries of what committed so far, chained: the trail as a reader sees it. */
    private void chained() {
        assertTrue(chainer.catchUp(Duration.ofSeconds(30)), "the pending entries were chained");
    }

    private List<Row> rows() throws SQLException {
        chained();
        List<Row> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT seq, username, channel, entity, entity_id, action, before_json, after_json, "
                        + "jurisdiction_code FROM audit_entry ORDER BY seq")) {
            while (r.next()) {
                rows.add(new Row(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7),
                        r.getString(8), r.getString(9)));
            }
        }
        return rows;
    }

    private long pendingRows() throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM audit_pending")) {
            r.next();
            return r.getLong(1);
        }
    }

    private long count() throws SQLException {
        chained();
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM audit_entry")) {
            r.next();
            return r.getLong(1);
        }
    }

    private AuditVerification verify() throws SQLException {
        chained();
        try (Connection c = DriverManager.getConnection(url)) {
            return AuditChain.verify(c);
        }
    }
}
