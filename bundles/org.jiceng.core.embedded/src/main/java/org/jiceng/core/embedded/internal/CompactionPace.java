package org.jiceng.core.embedded.internal;

/**
 * Whether compaction steps still pay. Some dead space H2 cannot give back while the server runs (a
 * chunk's live pages are rewritten only through the maps that are open, and some chunks keep pages
 * the steps do not reach): measured after the demo loads of all modules, a 280 MB file stayed at
 * chunks 48 % live while every step read 1–6 MB of them and freed nothing, a second at a time, for
 * as long as the server ran — CPU, and a heap that grew with what it read.
 *
 * <p>So steps are judged in windows, on the file's mean size and the chunks' mean fill over the window's
 * steps. A window pays when its mean file is 1 % under the lowest mean of the windows before it, or its
 * chunks two points fuller than the fullest before it, counted from when the steps began or last woke.
 * Not "smaller than when the window began": the steps themselves make the file swing (measured: between
 * 266 and 290 MB, the moves shrinking it and the chunks they rewrote taking new room until H2's retention
 * time of 45 s frees the old ones), so every window saw a shrink somewhere and the steps never stopped.
 * Judged on the window's lowest file instead, they stopped, but only once the swing's dips had stopped
 * reaching new lows by chance: 4 and 11 minutes after the demo loads in two runs; a mean over two minutes
 * hardly moves with the swing. A window in which clients committed much (a tenth
 * of its steps or more busy) is not judged: the commits make new dead space to gain once they stop,
 * and the marks start again from where the window left the file (else a burst of writes followed by a
 * trickle could leave the steps resting at the burst's peak, the trickle never growing the file enough
 * to wake them). Nor is a window in which clients committed 500 times or more, however few of its steps
 * they fell in: a burst of a thousand commits in ten seconds is a twelfth of a window's steps, so
 * the window was judged at the burst's peak and the steps rested there, while a trickle after it may
 * fill holes inside the file instead of growing it and never wake them (what a full test run most
 * likely saw: the file 313 → 341 → 353 MB in seven minutes, no step shrinking it). A quiet window that
 * did not pay puts the steps to rest, though not at the top of a swing: the steps' own rewrites take new room
 * at the file's end, and the chunks they emptied are freed only once the retention time has passed, so a window
 * judged between the two would leave the file at its peak for as long as the rest lasts (seen in CI: a rest
 * begun at about 340 MB, minutes after a dip to 300 MB, that the trickle of commits after it never woke). While
 * the file stands over the window's lowest by more than the margin of a wake, the steps go on until it comes back
 * down to that, for a window at most, and rest there. They wake when the file has grown by 4 MB or a sixty-fourth of
 * it, whichever is more, or when clients have committed 500 times since (about 19 MB of chunks, 38 KB
 * each, mostly dead soon after, which new chunks may have written into free space inside the file
 * without growing it): new commits are what give the steps something to gain again. While a demo load makes the file grow fast, a rest
 * lasts a few seconds. A window is long enough for the retention time to let go of what a step freed,
 * so a productive window shows it.
 */
final class CompactionPace {
    static final int WINDOW_STEPS = 120;
    private static final long MIN_WAKE_GROWTH_BYTES = 4L << 20;
    private static final int WAKE_GROWTH_DIVISOR = 64;
    private static final int FILL_POINTS_GAINED = 2;
    private static final int BUSY_SHARE_DIVISOR = 10;
    /** Commits that make new dead space worth a look: a window with as many is not judged, a rest with as many ends. */
    static final long COMMITS_WORTH_A_LOOK = 500;

    private final int windowSteps;
    // of the windows before this one, since the steps began or woke (or of the one step they began from); -1 before the first step
    private long lowestMeanFileBytes = -1;
    private int fullestMeanChunks;
    private long windowFileBytesSum;
    private long windowChunksFillSum;
    private int stepsInWindow;
    private int busyStepsInWindow;
    private long commitsInWindow;
    private long windowLowestFileBytes = Long.MAX_VALUE;
    private long restingAtFileBytes = -1;
    private long commitsWhileResting;
    // a window that did not pay, the file then above its lowest: the steps go on until it is down to this; -1 when not
    private long settleAtFileBytes = -1;
    private int settlingSteps;

    CompactionPace(int windowSteps) {
        this.windowSteps = windowSteps;
    }

    /**
     * Whether the step due now works, with the file this size and clients' commits since the step before: yes unless resting,
     * and a rest ends once the file has grown or clients have committed enough.
     */
    boolean shouldWork(long fileBytes, long commits) {
        if (restingAtFileBytes < 0) {
            return true;
        }
        commitsWhileResting += commits;
        if (fileBytes >= wakeAtFileBytes() || commitsWhileResting >= COMMITS_WORTH_A_LOOK) {
            restingAtFileBytes = -1;
            lowestMeanFileBytes = -1;
            return true;
        }
        return false;
    }

    /**
     * Records what a working step left, whether clients committed much since the step before and how often; the steps rest
     * from now on when it ended a quiet window that did not pay.
     */
    void worked(long fileBytes, int chunksFillPercent, boolean quiet, long commits) {
        if (settleAtFileBytes >= 0) {
            if (fileBytes <= settleAtFileBytes || ++settlingSteps >= windowSteps) {
                rest(fileBytes);
            }
            return;
        }
        if (lowestMeanFileBytes < 0) {
            markFrom(fileBytes, chunksFillPercent);
            return;
        }
        windowFileBytesSum += fileBytes;
        windowChunksFillSum += chunksFillPercent;
        windowLowestFileBytes = Math.min(windowLowestFileBytes, fileBytes);
        if (!quiet) {
            busyStepsInWindow++;
        }
        commitsInWindow += commits;
        if (++stepsInWindow < windowSteps) {
            return;
        }
        if (busyStepsInWindow * BUSY_SHARE_DIVISOR >= windowSteps || commitsInWindow >= COMMITS_WORTH_A_LOOK) {
            markFrom(fileBytes, chunksFillPercent);
            return;
        }
        long meanFileBytes = windowFileBytesSum / stepsInWindow;
        int meanChunksFill = (int) (windowChunksFillSum / stepsInWindow);
        boolean newLow = meanFileBytes * 100 < lowestMeanFileBytes * 99;
        boolean fuller = meanChunksFill >= fullestMeanChunks + FILL_POINTS_GAINED;
        if (newLow || fuller) {
            lowestMeanFileBytes = Math.min(lowestMeanFileBytes, meanFileBytes);
            fullestMeanChunks = Math.max(fullestMeanChunks, meanChunksFill);
            startWindow();
        } else {
            long nearLowest = windowLowestFileBytes + wakeGrowth(windowLowestFileBytes);
            if (fileBytes > nearLowest) {
                settleAtFileBytes = nearLowest;
                settlingSteps = 0;
            } else {
                rest(fileBytes);
            }
        }
    }

    private void rest(long fileBytes) {
        settleAtFileBytes = -1;
        restingAtFileBytes = fileBytes;
        commitsWhileResting = 0;
    }

    boolean resting() {
        return restingAtFileBytes >= 0;
    }

    /** The file size at which a rest ends; meaningful while resting. */
    long wakeAtFileBytes() {
        return restingAtFileBytes + wakeGrowth(restingAtFileBytes);
    }

    /** Whether the window did not pay and the steps go on until the file is back down near the window's lowest. */
    boolean settling() {
        return settleAtFileBytes >= 0;
    }

    private static long wakeGrowth(long fileBytes) {
        return Math.max(MIN_WAKE_GROWTH_BYTES, fileBytes / WAKE_GROWTH_DIVISOR);
    }

    private void markFrom(long fileBytes, int chunksFillPercent) {
        lowestMeanFileBytes = fileBytes;
        fullestMeanChunks = chunksFillPercent;
        startWindow();
    }

    private void startWindow() {
        windowLowestFileBytes = Long.MAX_VALUE;
        windowFileBytesSum = 0;
        windowChunksFillSum = 0;
        stepsInWindow = 0;
        busyStepsInWindow = 0;
        commitsInWindow = 0;
    }
}
