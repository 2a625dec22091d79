package org.jiceng.core.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;

import org.jiceng.audit.AuditAction;
import org.jiceng.audit.AuditVerification;
import org.jiceng.security.Channel;

/**
 * The hash chain over {@code audit_entry}. Appending happens on the writer's own connection inside
 * its transaction: the head row is locked, entries get the next sequence numbers and
 * {@code hash = SHA-256(prev_hash + canonical form)}, and the head moves on. A rolled-back write
 * therefore leaves no entry and no gap, and concurrent writers queue only for this last step.
 */
final class AuditChain {
    static final String GENESIS = "0".repeat(64);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    /** An entry's columns, in the order rows are written and read. */
    static final String COLUMNS = "seq, occurred_at, username, channel, remote_address, caller_jurisdiction, jurisdiction_code, "
            + "unit_name, entity, table_name, entity_id, action, before_json, after_json, prev_hash, hash";

    private AuditChain() {
    }

    /** The locked tail of the chain. */
    record Head(long lastSeq, String lastHash, boolean recording) {
    }

    /** Locks the head row until the connection's transaction ends. */
    static Head lockHead(Connection c) throws SQLException {
        return head(c, " FOR UPDATE");
    }

    /** The head as it is now (without locking it). */
    static Head readHead(Connection c) throws SQLException {
        return head(c, "");
    }

    private static Head head(Connection c, String lock) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT last_seq, last_hash, recording FROM audit_chain_head WHERE id = 1" + lock)) {
            if (!r.next()) {
                throw new SQLException("audit_chain_head has no row: the audit migration did not run");
            }
            return new Head(r.getLong(1), r.getString(2), r.getBoolean(3));
        }
    }

    /**
     * Moves a head that lags behind its own entries up to the last of them, and returns the entries it
     * took in (none when the head is where it belongs). The insert of an entry and the move of the head are
     * one transaction, so they cannot part; yet after a {@code kill -9} of the server under concurrent
     * writers, the embedded H2 2.4.240 once opened with the head behind an entry (a full test run; the
     * embedded bundle's {@code KillDuringCommits} reproduces it: committed updates of a row lost while the
     * same transactions' inserts stay): every later append then collided with that entry's number and every
     * audited write failed. Taken in, the entries keep the chain verifiable (each is linked to the one before by
     * its hash); they are only taken in when they link up, so a forged or broken tail is left for
     * verification to report.
     */
    static long catchUpHead(Connection c) throws SQLException {
        Head head = lockHead(c);
        long seq = head.lastSeq();
        String hash = head.lastHash();
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry WHERE seq > ? ORDER BY seq")) {
            p.setLong(1, seq);
            try (ResultSet r = p.executeQuery()) {
                while (r.next() && r.getLong("seq") == seq + 1 && hash.equals(r.getString("prev_hash"))
                        && r.getString("hash").equals(CanonicalDigest.current().hash(hash, seq + 1, read(r)))) {
                    seq++;
                    hash = r.getString("hash");
                }
            }
        }
        if (seq == head.lastSeq()) {
            return 0;
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            p.setLong(1, seq);
            p.setString(2, hash);
            p.executeUpdate();
        }
        return seq - head.lastSeq();
    }

    /** Appends {@code entries} in the connection's current transaction; returns the new head. */
    static Head append(Connection c, List<PendingEntry> entries) throws SQLException {
        Head head = lockHead(c);
        return appendAfter(c, head, entries, head.recording());
    }

    /**
     * Appends pending rows after an already locked head, each entry naming the row it came from; the head keeps its
     * recording state (the rows were written while it held).
     */
    static Head appendChained(Connection c, Head head, List<PendingEntries.Row> rows) throws SQLException {
        try (EntryRows out = InsertedEntries.chained(c, rows.stream().mapToLong(PendingEntries.Row::id).iterator())) {
            return appendTo(c, out, head, rows.stream().map(PendingEntries.Row::entry).toList(), head.recording());
        }
    }

    /** Appends after an already locked head and records whether auditing is on. */
    static Head appendAfter(Connection c, Head head, List<PendingEntry> entries, boolean recording) throws SQLException {
        try (EntryRows rows = EntryRows.into(c, entries.size())) {
            return appendTo(c, rows, head, entries, recording);
        }
    }

    /** Gives {@code entries} the next sequence numbers and their hashes, writes them to {@code rows} and moves the head. */
    private static Head appendTo(Connection c, EntryRows rows, Head head, List<PendingEntry> entries, boolean recording) throws SQLException {
        long seq = head.lastSeq();
        String prev = head.lastHash();
        CanonicalDigest digest = CanonicalDigest.current();
        for (PendingEntry entry : entries) {
            seq++;
            EncodedEntry e = EncodedEntry.of(entry);
            String hash = digest.hash(prev, seq, e);
            rows.add(seq, e, prev, hash);
            prev = hash;
        }
        rows.finish();
        return moveHead(c, seq, prev, recording);
    }

    private static Head moveHead(Connection c, long seq, String hash, boolean recording) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE audit_chain_head SET last_seq = ?, last_hash = ?, recording = ? WHERE id = 1")) {
            p.setLong(1, seq);
            p.setString(2, hash);
            p.setBoolean(3, recording);
            p.executeUpdate();
        }
        return new Head(seq, hash, recording);
    }

    /**
     * The exact text that is hashed: every field of the entry in a fixed order as a JSON array, so
     * no two different entries share a form (a separator inside a value cannot shift fields). The chain
     * hashes it with {@link CanonicalDigest}, which digests the same bytes without building this text;
     * this is its definition, and the tests' oracle.
     */
    static String canonical(long seq, PendingEntry e) {
        StringBuilder out = new StringBuilder("[").append(seq);
        for (String field : new String[]{TIME.format(e.occurredAt()), e.username(), name(e.channel()), e.remoteAddress(),
                e.callerJurisdiction(), e.jurisdictionCode(), e.unit(), e.entity(), e.tableName(), e.entityId(), name(e.action()),
                e.beforeJson(), e.afterJson()}) {
            out.append(',');
            rawString(out, field);
        }
        return out.append(']').toString();
    }

    /** A stored value that is no constant any more (edited) reads as one no genuine entry has. */
    static String name(Enum<?> value) {
        return value == null ? "\u0000unknown" : value.name();
    }

    /** JSON string without the audit's length cap: the canonical form must cover every stored character. */
    private static void rawString(StringBuilder out, String text) {
        if (text == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"' || ch == '\\') {
                out.append('\\');
            }
            out.append(ch);
        }
        out.append('"');
    }

    /** {@code SHA-256(prevHash + "\n" + canonical)} in hex: the definition {@link CanonicalDigest} follows. */
    static String hash(String prevHash, String canonical) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(prevHash.getBytes(StandardCharsets.US_ASCII));
            md.update((byte) '\n');
            return HexFormat.of().formatHex(md.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Walks the chain in sequence order, recomputing each hash: an edited entry no longer matches
     * its hash, a deleted one leaves a gap in seq and a prev_hash that links to nothing, and a cut-off
     * tail leaves the head pointing past the last entry. Reports the first break.
     */
    static AuditVerification verify(Connection c) throws SQLException {
        long lastSeq;
        String headHash;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")) {
            if (!r.next()) {
                return new AuditVerification(0, false, 0, 1L, "the chain head is missing");
            }
            lastSeq = r.getLong(1);
            headHash = r.getString(2);
        }
        long checked = 0;
        long expected = 1;
        String prev = GENESIS;
        try (Statement s = c.createStatement()) {
            s.setFetchSize(1000);
            try (ResultSet r = s.executeQuery("SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq")) {
                while (r.next()) {
                    long seq = r.getLong("seq");
                    checked++;
                    if (seq != expected) {
                        return broken(checked, lastSeq, expected, seq > expected
                                ? "entry " + expected + (seq - expected > 1 ? " to " + (seq - 1) : "") + " missing: the chain goes on at " + seq
                                : "entry " + seq + " appears twice");
                    }
                    PendingEntry e = read(r);
                    if (!prev.equals(r.getString("prev_hash"))) {
                        return broken(checked, lastSeq, seq, "entry " + seq + " does not link to entry " + (seq - 1) + " (prev_hash differs)");
                    }
                    String stored = r.getString("hash");
                    if (!CanonicalDigest.current().hash(prev, seq, e).equals(stored)) {
                        return broken(checked, lastSeq, seq, "entry " + seq + " was altered: its content no longer matches its hash");
                    }
                    prev = stored;
                    expected++;
                }
            }
        }
        long last = expected - 1;
        if (last < lastSeq) {
            return broken(checked, lastSeq, last + 1, "entries " + (last + 1) + " to " + lastSeq + " missing: the chain ends at " + last
                    + " but its head is at " + lastSeq);
        }
        if (last > lastSeq || !prev.equals(headHash)) {
            return broken(checked, lastSeq, last, "the chain head (seq " + lastSeq + ") does not match the last entry " + last);
        }
        return new AuditVerification(checked, true, lastSeq, null, null);
    }

    /**
     * {@link #verify} and then whether entry {@code seq} still has {@code hash}, as a checkpoint
     * signed at {@code signedAt} says: a table rewritten with fresh hashes passes the first and
     * fails the second.
     */
    static AuditVerification verifyAgainst(Connection c, long seq, String hash, String signedAt) throws SQLException {
        AuditVerification chain = verify(c);
        if (!chain.valid() || seq == 0) {
            return chain;
        }
        if (seq > chain.lastSeq()) {
            return broken(chain.entriesChecked(), chain.lastSeq(), chain.lastSeq() + 1, "the trail ends at entry " + chain.lastSeq()
                    + ", but the checkpoint signed at " + signedAt + " saw it reach " + seq + ": entries were removed");
        }
        try (PreparedStatement p = c.prepareStatement("SELECT hash FROM audit_entry WHERE seq = ?")) {
            p.setLong(1, seq);
            try (ResultSet r = p.executeQuery()) {
                String stored = r.next() ? r.getString(1) : null;
                if (!hash.equals(stored)) {
                    return broken(chain.entriesChecked(), chain.lastSeq(), seq, "entry " + seq + " has another hash than the checkpoint signed at "
                            + signedAt + " says: the trail up to it was rewritten");
                }
            }
        }
        return chain;
    }

    private static AuditVerification broken(long checked, long lastSeq, long at, String reason) {
        return new AuditVerification(checked, false, lastSeq, at, reason);
    }

    private static PendingEntry read(ResultSet r) throws SQLException {
        LocalDateTime at = r.getTimestamp("occurred_at").toLocalDateTime();
        return new PendingEntry(at, r.getString("username"), channel(r.getString("channel")), r.getString("remote_address"),
                r.getString("caller_jurisdiction"), r.getString("jurisdiction_code"), r.getString("unit_name"), r.getString("entity"),
                r.getString("table_name"), r.getString("entity_id"), action(r.getString("action")), r.getString("before_json"),
                r.getString("after_json"));
    }

    /** An unknown value is kept as text in the hash by mapping it to null, which cannot match the hash of the original. */
    private static Channel channel(String name) {
        try {
            return Channel.valueOf(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static AuditAction action(String name) {
        try {
            return AuditAction.valueOf(name);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
