package org.jiceng.core.audit.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Arrays;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Entries streamed into PostgreSQL with {@code COPY … FROM STDIN} on the writer's connection, inside its
 * transaction. An import appends thousands of entries at a time; as an insert batch the driver encoded every
 * parameter again and the server took them only once the batch was sent. Streamed, the server stores the rows
 * while the next ones are hashed and encoded here, and parses plain text lines instead of bound statements.
 *
 * <p>Lines are in COPY's text format: tab between columns, {@code \N} for null, and the three characters that
 * would end a column or a line early (tab, line feed, carriage return) and the backslash itself escaped. The text
 * is what an insert would have stored, so the chain verifies the same whichever way an entry came in.
 */
final class CopiedEntries implements EntryRows {
    static final String COPY = "COPY audit_entry (" + AuditChain.COLUMNS + ") FROM STDIN";
    /** Data is handed to the driver in pieces of about this size, which it sends at once. */
    private static final int SEND_AT = 64 * 1024;
    private static final byte[] NULL = {'\\', 'N'};

    private final CopyIn copy;
    private final Line line = new Line();

    CopiedEntries(Connection c) throws SQLException {
        this.copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
    }

    /**
     * Whether {@code c} is a PostgreSQL connection (directly or behind the pool). False as well when the driver's
     * package is not wired to this bundle (its import is optional: a deployment on H2 alone need not carry it).
     */
    static boolean possible(Connection c) throws SQLException {
        try {
            return c.isWrapperFor(PGConnection.class);
        } catch (LinkageError e) {
            return false;
        }
    }

    @Override
    public void add(long seq, EncodedEntry e, String prevHash, String hash) throws SQLException {
        line.row(seq, e, prevHash, hash);
        if (line.length() >= SEND_AT) {
            send();
        }
    }

    @Override
    public void finish() throws SQLException {
        send();
        copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void send() throws SQLException {
        if (line.length() > 0) {
            copy.writeToCopy(line.bytes(), 0, line.length());
            line.clear();
        }
    }

    /** Rows in COPY's text format, in UTF-8 (the driver's client encoding), gathered in one growing buffer. */
    static final class Line {
        private byte[] bytes = new byte[SEND_AT + 4096];
        private int length;

        /** One entry as a line, its columns in {@link AuditChain#COLUMNS}' order (the entry's fields are in that order too). */
        void row(long seq, EncodedEntry e, String prevHash, String hash) {
            ascii(Long.toString(seq));
            byte[][] fields = e.fields();
            column(timestamp(e));
            for (int i = 1; i < fields.length; i++) {
                column(fields[i]);
            }
            put((byte) '\t');
            ascii(prevHash); // hexadecimal: nothing to escape
            put((byte) '\t');
            ascii(hash);
            put((byte) '\n');
        }

        /** Entries' times are to the millisecond (the chain's own form); anything finer is kept whole. */
        private static byte[] timestamp(EncodedEntry e) {
            LocalDateTime t = e.entry().occurredAt();
            return t.getNano() % 1_000_000 == 0 ? e.time() : t.toString().getBytes(StandardCharsets.US_ASCII);
        }

        private void column(byte[] utf8) {
            put((byte) '\t');
            if (utf8 == null) {
                append(NULL, NULL.length);
                return;
            }
            // The escaped characters are ASCII, which never occurs inside another character's UTF-8 bytes.
            ensure(utf8.length * 2);
            for (byte b : utf8) {
                switch (b) {
                    case '\\' -> escaped((byte) '\\');
                    case '\t' -> escaped((byte) 't');
                    case '\n' -> escaped((byte) 'n');
                    case '\r' -> escaped((byte) 'r');
                    default -> bytes[length++] = b;
                }
            }
        }

        private void escaped(byte b) {
            bytes[length++] = '\\';
            bytes[length++] = b;
        }

        private void ascii(String text) {
            ensure(text.length());
            for (int i = 0; i < text.length(); i++) {
                bytes[length++] = (byte) text.charAt(i);
            }
        }

        private void put(byte b) {
            ensure(1);
            bytes[length++] = b;
        }

        private void append(byte[] from, int count) {
            ensure(count);
            System.arraycopy(from, 0, bytes, length, count);
            length += count;
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }

        int length() {
            return length;
        }

        byte[] bytes() {
            return bytes;
        }

        void clear() {
            length = 0;
        }

        /** The lines so far as text (tests). */
        String text() {
            return new String(bytes, 0, length, StandardCharsets.UTF_8);
        }
    }
}
