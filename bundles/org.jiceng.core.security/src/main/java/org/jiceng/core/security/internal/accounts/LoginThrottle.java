package org.jiceng.core.security.internal.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down whoever guesses passwords, instead of locking the account guessed at: failed logins
 * are counted per source (the login's method and address, e.g. {@code http 203.0.113.7} or
 * {@code ssh 127.0.0.1}) and account, and per source across accounts. From the {@code attempts}-th
 * failure in a row of one source for one account, that source waits {@code firstWait} before its
 * next try for that account, doubling with every further failure up to {@code maxWait}; the
 * account's owner elsewhere is not affected, and the admin's shell on the machine ({@code ssh} from
 * loopback) only by failures made there. A source failing {@code sourceAttempts} times across
 * accounts (password spraying) waits the same way for every account. A success clears its pair;
 * counts are forgotten {@code maxWait} after their last failure.
 *
 * <p>Kept in memory: a restart forgets them, which costs a guesser nothing he could not get by
 * waiting, and keeps a failed login from writing to the database.
 */
public final class LoginThrottle {
    /** Entries kept at most; beyond it the oldest are dropped first (a flood of random sources). */
    static final int MAX_ENTRIES = 100_000;

    record Settings(int attempts, Duration firstWait, Duration maxWait, int sourceAttempts) {
        Settings {
            if (attempts < 1 || sourceAttempts < 1 || firstWait.isNegative() || maxWait.compareTo(firstWait) < 0) {
                throw new IllegalArgumentException(
                        "login throttle settings: " + attempts + ", " + firstWait + ", " + maxWait + ", " + sourceAttempts);
            }
        }
    }

    /** Changed only inside the map's {@code compute}; read outside it, hence volatile. */
    private static final class Count {
        volatile int failures;
        volatile Instant last;

        Count(Instant last) {
            this.last = last;
        }
    }

    private final Map<String, Count> counts = new ConcurrentHashMap<>();
    private final Clock clock;
    private volatile Settings settings;

    LoginThrottle(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    void configure(Settings settings) {
        this.settings = settings;
    }

    /** Seconds the source must still wait before trying this account (rounded up), 0 when it may try now. */
    long waitSeconds(String source, String username) {
        Instant now = clock.instant();
        Settings s = settings;
        Duration pair = wait(counts.get(pairKey(source, username)), s.attempts(), s, now);
        Duration any = wait(counts.get(sourceKey(source)), s.sourceAttempts(), s, now);
        Duration longer = pair.compareTo(any) >= 0 ? pair : any;
        return longer.isZero() ? 0 : (longer.toMillis() + 999) / 1000;
    }

    void failed(String source, String username) {
        Instant now = clock.instant();
        if (counts.size() >= MAX_ENTRIES) {
            forgetOld(now);
        }
        count(pairKey(source, username), now);
        count(sourceKey(source), now);
    }

    void succeeded(String source, String username) {
        counts.remove(pairKey(source, username));
    }

    private void count(String key, Instant now) {
        Duration forgetAfter = settings.maxWait();
        counts.compute(key, (k, c) -> {
            Count updated = c == null || c.last.plus(forgetAfter).isBefore(now) ? new Count(now) : c;
            updated.failures++;
            updated.last = now;
            return updated;
        });
    }

    private static Duration wait(Count c, int threshold, Settings s, Instant now) {
        if (c == null || c.failures < threshold) {
            return Duration.ZERO;
        }
        int doublings = Math.min(c.failures - threshold, 30);
        Duration wait = s.firstWait().multipliedBy(1L << doublings);
        if (wait.compareTo(s.maxWait()) > 0) {
            wait = s.maxWait();
        }
        Duration left = Duration.between(now, c.last.plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private void forgetOld(Instant now) {
        Instant before = now.minus(settings.maxWait());
        counts.values().removeIf(c -> c.last.isBefore(before));
        if (counts.size() >= MAX_ENTRIES) {
            counts.clear(); // a flood of sources within maxWait: better forget than run out of memory
        }
    }

    private static String pairKey(String source, String username) {
        return source + '\u0000' + username;
    }

    private static String sourceKey(String source) {
        return source + '\u0001';
    }

    /**
     * The source of a login from its method and a client address as the transport gives it
     * ({@code /127.0.0.1:53422}, {@code host/10.0.0.1:80}, {@code 2001:db8::1}): the port is
     * dropped, since every connection has its own.
     */
    public static String source(String method, String address) {
        String host = address == null || address.isBlank() ? "unknown" : address.trim();
        int slash = host.lastIndexOf('/');
        if (slash >= 0) {
            host = host.substring(slash + 1);
        }
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            host = end > 0 ? host.substring(1, end) : host;
        } else if (host.indexOf(':') == host.lastIndexOf(':')) { // IPv4 or a name, maybe with a port
            int colon = host.indexOf(':');
            host = colon > 0 ? host.substring(0, colon) : host;
        }
        return (method == null || method.isBlank() ? "unknown" : method) + ' ' + host;
    }
}
