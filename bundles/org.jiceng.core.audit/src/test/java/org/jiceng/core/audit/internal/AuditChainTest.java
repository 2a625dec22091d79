package org.jiceng.core.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.jiceng.audit.AuditAction;
import org.jiceng.audit.AuditVerification;
import org.jiceng.security.Channel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chain on a real database: appends link up, and every kind of tampering is found at the right entry. */
class AuditChainTest {
    private JdbcDataSource dataSource;

    @BeforeEach
    void database() throws Exception {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:audit" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection c = dataSource.getConnection()) {
            AuditSchema.create(c);
        }
    }

    @Test
    void appendedEntriesVerify() throws SQLException {
        append(3);
        append(2);
        AuditVerification v = verify();
        assertTrue(v.valid(), v::reason);
        assertEquals(5, v.entriesChecked());
        assertEquals(5, v.lastSeq());
        assertNull(v.firstBrokenSeq());
    }

    @Test
    void anEmptyChainIsValid() throws SQLException {
        assertTrue(verify().valid());
    }

    @Test
    void aRolledBackAppendLeavesNoTrace() throws SQLException {
        append(2);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            AuditChain.append(c, entries(3));
            c.rollback();
        }
        append(1);
        AuditVerification v = verify();
        assertTrue(v.valid(), v::reason);
        assertEquals(3, v.lastSeq());
    }

    @Test
    void anEditedValueIsFound() throws SQLException {
        append(5);
        execute("UPDATE audit_entry SET after_json = '{\"name\":\"forged\"}' WHERE seq = 3");
        AuditVerification v = verify();
        assertFalse(v.valid());
        assertEquals(3L, v.firstBrokenSeq());
        assertTrue(v.reason().contains("altered"), v.reason());
    }

    @Test
    void anEditedWhoOrWhenIsFound() throws SQLException {
        append(4);
        execute("UPDATE audit_entry SET username = 'someone-else' WHERE seq = 2");
        assertEquals(2L, verify().firstBrokenSeq());
    }

    @Test
    void anEditedTimeIsFound() throws SQLException {
        append(4);
        execute("UPDATE audit_entry SET occurred_at = occurred_at + INTERVAL '1' SECOND WHERE seq = 4");
        assertEquals(4L, verify().firstBrokenSeq());
    }

    @Test
    void anEditWithARecomputedOwnHashStillBreaksTheLink() throws SQLException {
        append(4);
        // The forger rewrites entry 2 and its own hash; entry 3 still points at the old hash.
        execute("UPDATE audit_entry SET username = 'x', hash = '" + "a".repeat(64) + "' WHERE seq = 2");
        AuditVerification v = verify();
        assertFalse(v.valid());
        assertEquals(2L, v.firstBrokenSeq());
    }

    @Test
    void aDeletedEntryIsFound() throws SQLException {
        append(5);
        execute("DELETE FROM audit_entry WHERE seq = 2");
        AuditVerification v = verify();
        assertFalse(v.valid());
        assertEquals(2L, v.firstBrokenSeq());
        assertTrue(v.reason().contains("missing"), v.reason());
    }

    @Test
    void aDeletedFirstEntryIsFound() throws SQLException {
        append(3);
        execute("DELETE FROM audit_entry WHERE seq = 1");
        assertEquals(1L, verify().firstBrokenSeq());
    }

    @Test
    void aCutOffTailIsFound() throws SQLException {
        append(5);
        execute("DELETE FROM audit_entry WHERE seq >= 4");
        AuditVerification v = verify();
        assertFalse(v.valid());
        assertEquals(4L, v.firstBrokenSeq());
        assertTrue(v.reason().contains("head"), v.reason());
    }

    @Test
    void renumberingAfterADeleteIsFound() throws SQLException {
        append(4);
        execute("DELETE FROM audit_entry WHERE seq = 2");
        execute("UPDATE audit_entry SET seq = seq - 1 WHERE seq > 2");
        execute("UPDATE audit_chain_head SET last_seq = 3");
        AuditVerification v = verify();
        assertFalse(v.valid());
        assertEquals(2L, v.firstBrokenSeq());
    }

    @Test
    void aTrailRewrittenWithFreshHashesPassesAloneButNotAgainstACheckpoint() throws SQLException {
        append(4);
        AuditChain.Head anchored = head();
        // The forger empties the trail and writes it anew, entry 2 changed, every hash recomputed.
        execute("DELETE FROM audit_entry");
        execute("UPDATE audit_chain_head SET last_seq = 0, last_hash = '" + AuditChain.GENESIS + "'");
        List<PendingEntry> forged = entries(4);
        PendingEntry e = forged.get(1);
        forged.set(1, new PendingEntry(e.occurredAt(), e.username(), e.channel(), e.remoteAddress(), e.callerJurisdiction(), e.jurisdictionCode(),
                e.unit(), e.entity(), e.tableName(), e.entityId(), e.action(), e.beforeJson(), "{\"name\":\"伪造\"}"));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            AuditChain.append(c, forged);
            c.commit();
        }
        assertTrue(verify().valid(), "the rewritten chain is consistent in itself");
        AuditVerification v = verifyAgainst(anchored.lastSeq(), anchored.lastHash());
        assertFalse(v.valid());
        assertEquals(4L, v.firstBrokenSeq());
        assertTrue(v.reason().contains("rewritten"), v.reason());
    }

    @Test
    void aTrailThatGrewAfterItsCheckpointStillMatchesIt() throws SQLException {
        append(3);
        AuditChain.Head anchored = head();
        append(2);
        AuditVerification v = verifyAgainst(anchored.lastSeq(), anchored.lastHash());
        assertTrue(v.valid(), v::reason);
        assertEquals(5, v.lastSeq());
    }

    @Test
    void aTrailShorterThanItsCheckpointIsFound() throws SQLException {
        append(3);
        AuditChain.Head anchored = head();
        execute("DELETE FROM audit_entry");
        execute("UPDATE audit_chain_head SET last_seq = 0, last_hash = '" + AuditChain.GENESIS + "'");
        append(2);
        AuditVerification v = verifyAgainst(anchored.lastSeq(), anchored.lastHash());
        assertFalse(v.valid());
        assertTrue(v.reason().contains("entries were removed"), v.reason());
    }

    @Test
    void theHashCoversEveryField() {
        PendingEntry e = entry(1);
        String base = AuditChain.hash(AuditChain.GENESIS, AuditChain.canonical(7, e));
        assertNotEquals(base, AuditChain.hash(AuditChain.GENESIS, AuditChain.canonical(8, e)), "seq");
        assertNotEquals(base, AuditChain.hash("1".repeat(64), AuditChain.canonical(7, e)), "previous hash");
        PendingEntry shifted = new PendingEntry(e.occurredAt(), e.username(), e.channel(), e.remoteAddress(), e.callerJurisdiction(),
                e.jurisdictionCode(), e.unit(), e.entity(), e.tableName(), e.entityId(), e.action(), e.afterJson(), e.beforeJson());
        assertNotEquals(base, AuditChain.hash(AuditChain.GENESIS, AuditChain.canonical(7, shifted)), "before and after swapped");
        PendingEntry quoted = new PendingEntry(e.occurredAt(), e.username() + "\",\"", e.channel(), e.remoteAddress(), e.callerJurisdiction(),
                e.jurisdictionCode(), e.unit(), e.entity(), e.tableName(), e.entityId(), e.action(), e.beforeJson(), e.afterJson());
        assertNotEquals(AuditChain.canonical(7, e), AuditChain.canonical(7, quoted));
        assertEquals(64, base.length());
    }

    @Test
    void aHeadLeftBehindItsEntriesIsMovedUpToTheLastThatLinksUpAndAppendsGoOn() throws SQLException {
        append(5);
        setHead(3); // as the embedded database once opened after kill -9: entries 4 and 5 past the head
        assertEquals(2, catchUpHead());
        append(1); // before the catch-up this collided with entry 4
        AuditVerification v = verify();
        assertTrue(v.valid(), v::reason);
        assertEquals(6, v.lastSeq());
    }

    @Test
    void aHeadInPlaceIsLeftAloneAndATailThatDoesNotLinkUpIsNotTakenIn() throws SQLException {
        append(4);
        assertEquals(0, catchUpHead());
        setHead(2);
        exec("UPDATE audit_entry SET after_json = '{\"forged\":true}' WHERE seq = 4");
        assertEquals(1, catchUpHead(), "entry 3 links up, the edited entry 4 does not");
        AuditVerification v = verify();
        assertFalse(v.valid(), "the edited entry stays for verification to report");
    }

    private long catchUpHead() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long taken = AuditChain.catchUpHead(c);
            c.commit();
            return taken;
        }
    }

    /** Puts the head back to entry {@code seq} with that entry's hash. */
    private void setHead(long seq) throws SQLException {
        exec("UPDATE audit_chain_head SET last_seq = " + seq + ", last_hash = (SELECT hash FROM audit_entry WHERE seq = " + seq + ") WHERE id = 1");
    }

    private void exec(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private void append(int n) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            AuditChain.append(c, entries(n));
            c.commit();
        }
    }

    private AuditVerification verify() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return AuditChain.verify(c);
        }
    }

    private AuditChain.Head head() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return AuditChain.readHead(c);
        }
    }

    private AuditVerification verifyAgainst(long seq, String hash) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return AuditChain.verifyAgainst(c, seq, hash, "2026-12-01T01:15:00Z");
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<PendingEntry> entries(int n) {
        List<PendingEntry> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(entry(i));
        }
        return list;
    }

    private static PendingEntry entry(int i) {
        return new PendingEntry(LocalDateTime.of(2026, 11, 25, 14, 0, 0, 123_000_000).plusSeconds(i), "li.ming", Channel.REST,
                "10.0.0." + i, "441481", "441481", "jiceng-core", "OrganizationEntity", "party_organization", String.valueOf(100 + i),
                AuditAction.UPDATE, "{\"name\":\"旧名\"}", "{\"name\":\"新名 " + i + "\"}");
    }
}
