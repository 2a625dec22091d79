package org.jiceng.core.events.internal;

import java.time.Duration;

/**
 * When a failed delivery is tried again: the first retry after {@code first}, each next one after
 * twice the wait before, never longer than {@code max}; after {@code maxAttempts} attempts the
 * delivery is a dead letter.
 */
record Backoff(Duration first, Duration max, int maxAttempts) {

    static Backoff of(EventsConfig config) {
        return new Backoff(Duration.ofMillis(config.firstRetryMillis()), Duration.ofMillis(config.maxRetryMillis()), config.maxAttempts());
    }

    /** The wait after the {@code attempts}-th failed attempt (1 for the first), or null when it was the last. */
    Duration after(int attempts) {
        if (attempts >= maxAttempts) {
            return null;
        }
        long millis = first.toMillis();
        for (int i = 1; i < attempts && millis < max.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }
}
