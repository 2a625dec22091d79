package org.jiceng.core.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jiceng.audit.AuditAction;
import org.jiceng.security.Channel;
import org.junit.jupiter.api.Test;

/**
 * The lines streamed to PostgreSQL's COPY read back, under COPY's text format rules, as exactly the values an insert
 * would have stored: every column in place, nulls as nulls, separators and backslashes inside values kept.
 */
class CopiedEntriesTest {
    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 6, 9, 5, 7, 40_000_000);
    private static final List<String> TEXTS = Arrays.asList(null, "", "li.ming", "中共稠树塘镇委员会", "tab\there", "line\nbreak",
            "carriage\rreturn", "C:\\path\\", "\\N", "\\.", "say \"hi\"", "emoji 😀 end", "lone \uD83D surrogate", "é à ü",
            "{\"name\":\"张三\\t\\n\",\"note\":\"a\tb\nc\"}");

    @Test
    void everyValueReadsBackAsAnInsertWouldHaveStoredIt() {
        CopiedEntries.Line line = new CopiedEntries.Line();
        List<String[]> expected = new ArrayList<>();
        long seq = 41;
        for (String text : TEXTS) {
            PendingEntry e = new PendingEntry(AT, text, Channel.IMPORT, text, text, text, text, text, text, text, AuditAction.INSERT, text,
                    text);
            line.row(++seq, EncodedEntry.of(e), "ab".repeat(32), "cd".repeat(32));
            expected.add(stored(seq, e, "ab".repeat(32), "cd".repeat(32)));
        }
        List<String[]> rows = parse(line.text());
        assertEquals(expected.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            int row = i;
            assertEquals(Arrays.asList(expected.get(i)), Arrays.asList(rows.get(i)), () -> "text " + TEXTS.get(row));
        }
    }

    @Test
    void timesFinerThanTheMillisecondAreKeptWhole() {
        CopiedEntries.Line line = new CopiedEntries.Line();
        LocalDateTime fine = LocalDateTime.of(2026, 1, 2, 3, 4, 5, 123_456_000);
        line.row(1,
                EncodedEntry.of(new PendingEntry(fine, "u", Channel.REST, null, null, null, "core", "E", "t", "1", AuditAction.UPDATE, "{}", "{}")),
                "a", "b");
        line.row(2, EncodedEntry.of(new PendingEntry(LocalDateTime.of(2026, 1, 2, 3, 4), "u", Channel.REST, null, null, null, "core", "E", "t",
                "1", AuditAction.UPDATE, "{}", "{}")), "a", "b");
        List<String[]> rows = parse(line.text());
        assertEquals("2026-01-02T03:04:05.123456", rows.get(0)[1]);
        assertEquals("2026-01-02T03:04:00.000", rows.get(1)[1]);
    }

    @Test
    void aValueLargerThanTheBufferGrowsIt() {
        CopiedEntries.Line line = new CopiedEntries.Line();
        String big = "\\\t".repeat(100_000) + "末";
        line.row(7, EncodedEntry.of(new PendingEntry(AT, "u", Channel.REST, null, null, null, "core", "E", "t", "1", AuditAction.UPDATE, big, null)),
                "a", "b");
        String[] row = parse(line.text()).get(0);
        assertEquals(big, row[12]);
        assertEquals(null, row[13]);
    }

    /** The columns an insert binds, as the database stores them (its text is UTF-8: a lone surrogate becomes '?'). */
    private static String[] stored(long seq, PendingEntry e, String prev, String hash) {
        return new String[]{Long.toString(seq), "2026-12-06T09:05:07.040", utf8(e.username()), e.channel().name(), utf8(e.remoteAddress()),
                utf8(e.callerJurisdiction()), utf8(e.jurisdictionCode()), utf8(e.unit()), utf8(e.entity()), utf8(e.tableName()),
                utf8(e.entityId()), e.action().name(), utf8(e.beforeJson()), utf8(e.afterJson()), prev, hash};
    }

    private static String utf8(String text) {
        return text == null ? null : new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    /** COPY's text format as PostgreSQL reads it: lines, tab-separated columns, \N for null, backslash escapes. */
    private static List<String[]> parse(String data) {
        List<String[]> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        StringBuilder column = new StringBuilder();
        boolean escapedOnly = false;
        for (int i = 0; i < data.length(); i++) {
            char ch = data.charAt(i);
            if (ch == '\\') {
                char next = data.charAt(++i);
                switch (next) {
                    case 't' -> column.append('\t');
                    case 'n' -> column.append('\n');
                    case 'r' -> column.append('\r');
                    case '\\' -> column.append('\\');
                    case 'N' -> escapedOnly = true;
                    default -> throw new AssertionError("unexpected escape \\" + next + " at " + i);
                }
            } else if (ch == '\r') {
                throw new AssertionError("a carriage return in the data ends PostgreSQL's line at " + i);
            } else if (ch == '\t' || ch == '\n') {
                columns.add(escapedOnly && column.isEmpty() ? null : column.toString());
                column.setLength(0);
                escapedOnly = false;
                if (ch == '\n') {
                    rows.add(columns.toArray(String[]::new));
                    columns.clear();
                }
            } else {
                column.append(ch);
            }
        }
        assertEquals(0, columns.size() + column.length(), "the data ends with a whole line");
        rows.forEach(r -> assertEquals(16, r.length, "columns in a line"));
        return rows;
    }
}
