package org.jiceng.core.security.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What verifying a secret (a username and password, a bearer token) gave, kept until it expires so that the next
 * request with the same secret is not verified again. Kept under a salted SHA-256 of the secret's parts, never the
 * secret itself; at most {@value #LIMIT} entries (when full, all go, expired ones with the rest: the next request of
 * each live secret verifies it again).
 *
 * @param <V> what the verification gave
 */
final class VerifiedSecrets<V> {
    private static final int LIMIT = 10_000;

    /** One digest per thread: looking a provider up per request cost more than the hash itself. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private final byte[] salt = new byte[16];
    private final Map<Key, V> entries = new ConcurrentHashMap<>();
    private final Function<V, Instant> expiry;

    /** @param expiry the instant from which a value no longer stands */
    VerifiedSecrets(Function<V, Instant> expiry) {
        this.expiry = expiry;
        new SecureRandom().nextBytes(salt);
    }

    /** The value kept for the secret, if it still stands at {@code now}; null otherwise. */
    V get(Instant now, String... secret) {
        V value = entries.get(key(secret));
        return value != null && expiry.apply(value).isAfter(now) ? value : null;
    }

    void put(V value, String... secret) {
        if (entries.size() >= LIMIT) {
            entries.clear();
        }
        entries.put(key(secret), value);
    }

    void forget(String... secret) {
        entries.remove(key(secret));
    }

    /** The salt, then the parts with a zero byte between them, so that no two splits of one text hash alike. */
    private Key key(String... secret) {
        MessageDigest sha = SHA256.get();
        sha.reset();
        sha.update(salt);
        for (int i = 0; i < secret.length; i++) {
            if (i > 0) {
                sha.update((byte) 0);
            }
            sha.update(secret[i].getBytes(StandardCharsets.UTF_8));
        }
        ByteBuffer digest = ByteBuffer.wrap(sha.digest());
        return new Key(digest.getLong(), digest.getLong(), digest.getLong(), digest.getLong());
    }

    /** The 256 bits of a secret's salted hash, compared as four numbers rather than as 64 hex digits. */
    private record Key(long a, long b, long c, long d) {
    }
}
