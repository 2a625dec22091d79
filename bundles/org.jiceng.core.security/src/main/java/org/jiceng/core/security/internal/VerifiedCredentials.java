package org.jiceng.core.security.internal;

import java.time.Instant;

import org.jiceng.security.Caller;

/**
 * Recently verified username/password pairs. A slow password hash on every HTTP Basic request
 * would cost a core per request; this keeps a salted SHA-256 of the pair (never the password)
 * for a short time ({@link VerifiedSecrets}). Entries also remember the account's token generation, so a password change,
 * a disable or a role change ends them at the next request.
 */
final class VerifiedCredentials {
    record Entry(Caller caller, long generation, Instant until) {
    }

    private final VerifiedSecrets<Entry> entries = new VerifiedSecrets<>(Entry::until);

    Entry get(String username, char[] password, Instant now) {
        return entries.get(now, username, new String(password));
    }

    void put(String username, char[] password, Entry entry) {
        entries.put(entry, username, new String(password));
    }

    void forget(String username, char[] password) {
        entries.forget(username, new String(password));
    }
}
