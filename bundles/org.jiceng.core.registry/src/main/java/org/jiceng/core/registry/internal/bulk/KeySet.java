package org.jiceng.core.registry.internal.bulk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Remembers which keys (ID card numbers, member numbers) a file has used, to find a key used twice,
 * in 8 bytes per key instead of a string set's ~100: the 64-bit prefix of each key's SHA-256 in an
 * open-addressing table. Two different keys of one file sharing a prefix is a chance of about
 * n²/2⁶⁵ (10⁻⁸ for the half million rows of a file at the size limit), and would only make the
 * import refuse the second row as a duplicate, never accept a real duplicate.
 */
final class KeySet {
    private static final long EMPTY = 0L;

    private long[] slots = new long[1 << 12];
    private int size;
    private final MessageDigest sha256;

    KeySet() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds the key; false when the file already used it. */
    boolean add(String key) {
        long h = hash(key);
        if (size * 2 >= slots.length) {
            grow();
        }
        if (!insert(slots, h)) {
            return false;
        }
        size++;
        return true;
    }

    private static boolean insert(long[] table, long h) {
        int mask = table.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (table[i] != EMPTY) {
            if (table[i] == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = h;
        return true;
    }

    private void grow() {
        long[] old = slots;
        long[] bigger = new long[old.length * 2];
        Arrays.stream(old).filter(h -> h != EMPTY).forEach(h -> insert(bigger, h));
        slots = bigger;
    }

    private long hash(String key) {
        byte[] d = sha256.digest(key.getBytes(StandardCharsets.UTF_8));
        long h = 0;
        for (int i = 0; i < 8; i++) {
            h = (h << 8) | (d[i] & 0xff);
        }
        return h == EMPTY ? 1 : h; // 0 marks an empty slot
    }
}
