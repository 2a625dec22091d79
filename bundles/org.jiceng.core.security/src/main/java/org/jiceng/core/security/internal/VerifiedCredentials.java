package org.jiceng.core.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jiceng.security.Caller;

/**
 * Recently verified username/password pairs. A slow password hash on every HTTP Basic request
 * would cost a core per request; this keeps a salted SHA-256 of the pair (never the password)
 * for a short time. Entries also remember the account's token generation, so a password change,
 * a disable or a role change ends them at the next request.
 */
final class VerifiedCredentials {
    private static final int LIMIT = 10_000;

    record Entry(Caller caller, long generation, Instant until) {
    }

    private final byte[] salt = new byte[16];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    VerifiedCredentials() {
        new SecureRandom().nextBytes(salt);
    }

    Entry get(String username, char[] password, Instant now) {
        Entry e = entries.get(key(username, password));
        return e != null && e.until().isAfter(now) ? e : null;
    }

    void put(String username, char[] password, Entry entry) {
        if (entries.size() >= LIMIT) {
            entries.clear();
        }
        entries.put(key(username, password), entry);
    }

    void forget(String username, char[] password) {
        entries.remove(key(username, password));
    }

    private String key(String username, char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
