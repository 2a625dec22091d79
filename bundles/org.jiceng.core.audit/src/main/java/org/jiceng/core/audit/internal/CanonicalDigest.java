package org.jiceng.core.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * The chain hash of an entry, {@code SHA-256(prev_hash + "\n" + canonical form in UTF-8)}, computed from the
 * entry's fields without building the canonical form as a text ({@link AuditChain#canonical} defines it). Every
 * audited row of an import is hashed on the writer's thread: the text form, with a Chinese name inside it, was a
 * UTF-16 string built character by character and then encoded again: over a third of an import's audit samples.
 *
 * <p>The bytes are the same: each field is encoded on its own, and the escapes go in afterwards, because the two
 * characters escaped ({@code "} and {@code \}) are single bytes in UTF-8 that never occur inside another
 * character's encoding; the separators between fields are ASCII, so no character spans two fields.
 *
 * <p>The bytes go straight into the digest, a field at a time. Not thread-safe: one per thread ({@link #current()}).
 */
final class CanonicalDigest {
    private static final ThreadLocal<CanonicalDigest> PER_THREAD = ThreadLocal.withInitial(CanonicalDigest::new);
    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);
    private static final String TIME_SEPARATORS = "--T::.";
    private static final int[] TIME_WIDTHS = {4, 2, 2, 2, 2, 2, 3};

    private final MessageDigest sha256;

    private CanonicalDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static CanonicalDigest current() {
        return PER_THREAD.get();
    }

    /** The entry's hash after {@code prevHash}, as {@code AuditChain.hash(prevHash, AuditChain.canonical(seq, e))}. */
    String hash(String prevHash, long seq, PendingEntry e) {
        return hash(prevHash, seq, EncodedEntry.of(e));
    }

    /** The hash of an entry whose fields are encoded already. */
    String hash(String prevHash, long seq, EncodedEntry e) {
        sha256.reset();
        ascii(prevHash);
        put((byte) '\n');
        put((byte) '[');
        ascii(Long.toString(seq));
        for (byte[] field : e.fields()) {
            field(field);
        }
        put((byte) ']');
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** {@code AuditChain.TIME}'s form (yyyy-MM-dd'T'HH:mm:ss.SSS), written by hand for the four-digit years it always has. */
    static String time(LocalDateTime t) {
        if (t.getYear() < 1000 || t.getYear() > 9999) {
            return AuditChain.TIME.format(t);
        }
        int[] values = {t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(),
                t.getNano() / 1_000_000};
        StringBuilder out = new StringBuilder(23);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(TIME_SEPARATORS.charAt(i - 1));
            }
            String digits = Integer.toString(values[i]);
            out.append("000", 0, TIME_WIDTHS[i] - digits.length()).append(digits);
        }
        return out.toString();
    }

    /** {@code ,} then the field as a JSON string with only {@code "} and {@code \} escaped, or {@code null}. */
    private void field(byte[] utf8) {
        put((byte) ',');
        if (utf8 == null) {
            append(NULL, 0, NULL.length);
            return;
        }
        put((byte) '"');
        int run = 0;
        for (int i = 0; i < utf8.length; i++) {
            byte b = utf8[i];
            if (b == '"' || b == '\\') {
                append(utf8, run, i - run);
                put((byte) '\\');
                run = i;
            }
        }
        append(utf8, run, utf8.length - run);
        put((byte) '"');
    }

    private void ascii(String text) {
        sha256.update(text.getBytes(StandardCharsets.US_ASCII));
    }

    private void put(byte b) {
        sha256.update(b);
    }

    private void append(byte[] bytes, int from, int count) {
        sha256.update(bytes, from, count);
    }
}
