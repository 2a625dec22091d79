package org.jiceng.core.embedded.internal;

/**
 * Whether compaction steps still pay. Some dead space H2 cannot give back while the server runs (a
 * chunk's live pages are rewritten only through the maps that are open, and some chunks keep pages
 * the steps do not reach): measured after the demo loads of all modules, a 280 MB file stayed at
 * chunks 48 % live while every step read 1–6 MB of them and freed nothing, a second at a time, for
 * as long as the server ran — CPU, and a heap that grew with what it read. So steps are watched in
 * windows: a window in which the file neither shrank nor grew and the chunks did not get fuller by two
 * points puts the steps to rest, and they wake when the file has grown (by 4 MB or a sixty-fourth of
 * it, whichever is more): only a growing file needs compacting, and new commits are what give the
 * steps something to gain again. A window is long enough for H2's retention time (45 s) to let the
 * chunks a step freed go, so a productive window shows it.
 */
final class CompactionPace {
    static final int WINDOW_STEPS = 120;
    private static final long MIN_WAKE_GROWTH_BYTES = 4L << 20;
    private static final int WAKE_GROWTH_DIVISOR = 64;
    private static final int FILL_POINTS_GAINED = 2;

    private final int windowSteps;
    private long windowFileBytes = -1;
    private int windowChunksFill;
    private int stepsInWindow;
    private long restingAtFileBytes = -1;

    CompactionPace(int windowSteps) {
        this.windowSteps = windowSteps;
    }

    /** Whether the step due now works, with the file this size: yes unless resting, and a rest ends once the file has grown. */
    boolean shouldWork(long fileBytes) {
        if (restingAtFileBytes < 0) {
            return true;
        }
        if (fileBytes >= restingAtFileBytes + wakeGrowth(restingAtFileBytes)) {
            restingAtFileBytes = -1;
            windowFileBytes = -1;
            return true;
        }
        return false;
    }

    /** Records what a working step left; the steps rest from now on when it ended a window that gained nothing. */
    void worked(long fileBytes, int chunksFillPercent) {
        if (windowFileBytes < 0) {
            startWindow(fileBytes, chunksFillPercent);
            return;
        }
        if (++stepsInWindow < windowSteps) {
            return;
        }
        boolean shrank = fileBytes * 100 < windowFileBytes * 99;
        boolean grew = fileBytes > windowFileBytes;
        boolean filled = chunksFillPercent >= windowChunksFill + FILL_POINTS_GAINED;
        if (shrank || grew || filled) {
            startWindow(fileBytes, chunksFillPercent);
        } else {
            restingAtFileBytes = fileBytes;
        }
    }

    boolean resting() {
        return restingAtFileBytes >= 0;
    }

    /** The file size at which a rest ends; meaningful while resting. */
    long wakeAtFileBytes() {
        return restingAtFileBytes + wakeGrowth(restingAtFileBytes);
    }

    private void startWindow(long fileBytes, int chunksFillPercent) {
        windowFileBytes = fileBytes;
        windowChunksFill = chunksFillPercent;
        stepsInWindow = 0;
    }

    private static long wakeGrowth(long fileBytes) {
        return Math.max(MIN_WAKE_GROWTH_BYTES, fileBytes / WAKE_GROWTH_DIVISOR);
    }
}
