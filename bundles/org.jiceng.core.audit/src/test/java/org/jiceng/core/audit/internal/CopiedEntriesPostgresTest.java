package org.jiceng.core.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.audit.AuditAction;
import org.jiceng.audit.AuditVerification;
import org.jiceng.security.Channel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The chain appended through PostgreSQL's COPY on a real server: stored as an insert would store it, verified, and a
 * refused row leaving the transaction to roll back with nothing written. Needs a database to write a schema of its
 * own into ({@code -Djiceng.test.pg.url=jdbc:postgresql://127.0.0.1:5432/db -Djiceng.test.pg.user=… -Djiceng.test.pg.password=…});
 * skipped without one. The integration tests cover the same path through the distribution on PostgreSQL in CI.
 */
class CopiedEntriesPostgresTest {
    private static final String URL = System.getProperty("jiceng.test.pg.url", "");
    private final String schema = "audit_copy_test_" + Long.toString(System.nanoTime(), 36);
    private Connection c;

    @BeforeEach
    void database() throws Exception {
        assumeTrue(!URL.isBlank(), "no PostgreSQL given (-Djiceng.test.pg.url)");
        c = DriverManager.getConnection(URL, System.getProperty("jiceng.test.pg.user"), System.getProperty("jiceng.test.pg.password"));
        try (Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
            s.execute("SET search_path TO " + schema);
        }
        AuditSchema.create(c);
        c.setAutoCommit(false);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (c != null) {
            c.rollback();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
            c.close();
        }
    }

    @Test
    void entriesStreamedWithCopyAreStoredAsWrittenAndVerify() throws SQLException {
        assertTrue(CopiedEntries.possible(c));
        List<PendingEntry> many = entries(EntryRows.COPY_FROM * 3, "tab\there, line\nbreak, cr\rreturn, back\\slash \\N 中文 😀");
        AuditChain.append(c, many);
        AuditChain.append(c, entries(2, "by insert")); // fewer than COPY_FROM: the insert batch, after the copied ones
        c.commit();
        AuditVerification v = AuditChain.verify(c);
        assertTrue(v.valid(), v::reason);
        assertEquals(many.size() + 2, v.lastSeq());
        try (PreparedStatement p = c.prepareStatement("SELECT occurred_at, remote_address, before_json, after_json FROM audit_entry WHERE seq = ?")) {
            p.setLong(1, 7);
            try (ResultSet r = p.executeQuery()) {
                assertTrue(r.next());
                PendingEntry written = many.get(6);
                assertEquals(written.occurredAt(), r.getTimestamp(1).toLocalDateTime());
                assertEquals(null, r.getString(2));
                assertEquals(written.beforeJson(), r.getString(3));
                assertEquals(written.afterJson(), r.getString(4));
            }
        }
    }

    @Test
    void aRowTheDatabaseRefusesFailsTheAppendAndTheTransactionRollsBackWhole() throws SQLException {
        AuditChain.append(c, entries(3, "before"));
        c.commit();
        List<PendingEntry> batch = entries(EntryRows.COPY_FROM * 2, "fine");
        PendingEntry tooLong = batch.get(100);
        batch.set(100, new PendingEntry(tooLong.occurredAt(), "x".repeat(101), tooLong.channel(), null, null, null, tooLong.unit(),
                tooLong.entity(), tooLong.tableName(), tooLong.entityId(), tooLong.action(), null, null));
        assertThrows(SQLException.class, () -> AuditChain.append(c, batch), "a user name over the column's 100 characters");
        c.rollback();
        AuditVerification v = AuditChain.verify(c);
        assertTrue(v.valid(), v::reason);
        assertEquals(3, v.lastSeq(), "nothing of the refused append stays");
        AuditChain.append(c, entries(EntryRows.COPY_FROM, "after"));
        c.commit();
        assertEquals(3 + EntryRows.COPY_FROM, AuditChain.verify(c).lastSeq(), "the connection appends again");
    }

    private static List<PendingEntry> entries(int n, String text) {
        List<PendingEntry> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            entries.add(new PendingEntry(LocalDateTime.of(2026, 12, 6, 20, 0, 0, 123_000_000).plusSeconds(i), "li.ming", Channel.IMPORT, null,
                    "441481", "441481", "jiceng-core", "MemberEntity", "party_member", String.valueOf(i), AuditAction.INSERT,
                    "{\"note\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + " " + i + "\"}", text + " " + i));
        }
        return entries;
    }
}
