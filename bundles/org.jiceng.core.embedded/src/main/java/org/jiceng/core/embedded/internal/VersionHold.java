package org.jiceng.core.embedded.internal;

import java.time.Duration;

/**
 * Notices a version of the store kept for long by one transaction. H2 frees a chunk that commits made dead only
 * once no transaction or statement under way may still read it: one reading from a snapshot (SERIALIZABLE on H2)
 * holds the version it started at until it ends. Held for minutes while clients commit, every chunk those commits
 * leave dead stays in the file: compaction steps rewrite the live pages elsewhere and the file grows by what they
 * wrote (measured in {@code StoreCompactionTest}: chunks 1 % live, nothing freed, until the snapshot was rolled
 * back). A request's snapshot lasts as long as the request; one held for a minute is worth a warning that says
 * which sessions were open, and its end is worth a line too.
 */
final class VersionHold {
    /** What changed with the step just taken. */
    enum Change {
        NONE,
        /** a version has been held for longer than the patience while clients committed: warn */
        LONG,
        /** the version held so long is let go */
        ENDED
    }

    private final long patienceNanos;
    private final long commitsBehind;
    private long heldVersion = -1;
    private long heldSince;
    private boolean reported;
    private long reportedVersion = -1;
    private long reportedFor;

    /**
     * @param patience      how long a version may be held before it is reported
     * @param commitsBehind at least this many versions committed since the held one make a hold worth reporting
     */
    VersionHold(Duration patience, long commitsBehind) {
        this.patienceNanos = patience.toNanos();
        this.commitsBehind = commitsBehind;
    }

    /** Takes what the store says now: the oldest version it keeps and its current one. */
    Change observe(long oldestKept, long current, long nowNanos) {
        if (oldestKept != heldVersion) {
            Change change = reported ? Change.ENDED : Change.NONE;
            if (reported) {
                reportedFor = nowNanos - heldSince;
            }
            heldVersion = oldestKept;
            heldSince = nowNanos;
            reported = false;
            return change;
        }
        if (!reported && current - oldestKept >= commitsBehind && nowNanos - heldSince >= patienceNanos) {
            reported = true;
            reportedVersion = heldVersion;
            return Change.LONG;
        }
        return Change.NONE;
    }

    /** The version last reported as held long (and perhaps let go since). */
    long reportedVersion() {
        return reportedVersion;
    }

    /** How long the version reported has been held, or was held until it was let go. */
    Duration heldFor(long nowNanos) {
        return Duration.ofNanos(reported ? nowNanos - heldSince : reportedFor);
    }
}
