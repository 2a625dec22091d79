package org.jiceng.core.embedded.internal;

import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

/**
 * The work H2's background writer would do, which a store written with {@code WRITE_DELAY=0} does
 * not have (H2 starts that thread only for a delay above zero). Each commit writes a chunk: the pages
 * it changed and the tree above them. The next commits make most of a chunk's pages dead, but a chunk
 * is freed only once none of its pages is live, so a store that commits often (a module's demo load
 * commits some 100,000 times) keeps tens of thousands of chunks that are nine tenths dead: measured,
 * a 3.3 GB file of 32,499 chunks 10 % live, 146–360 MB once compacted, opened in 1–2 s, with every
 * chunk's description on the heap.
 *
 * <p>A step rewrites the live pages of the emptiest chunks into a new one (so those are freed, once
 * H2's retention time of 45 s has passed — the time it keeps freed chunks in case the disk had not
 * written the newer ones yet), then moves chunks from the end of the file into the free space near
 * its start, so that the file can shrink. Both hold H2's store lock while they work, during which
 * commits wait: the slice written per step is small while clients commit much, larger when the store
 * is quiet (a few commits since the step before, or none). This is H2's own policy (its background
 * writer also works harder when idle), in the store's public calls. A server is seldom quite idle —
 * heartbeats, the event relay, webhook retries commit now and then — and with the small slice alone
 * a store that committed a few times a second never shrank (the moves never reached the file's end).
 *
 * <p>Measured on that 3.3 GB file (no commits, a step a second, 16 MB rewritten and 64 MB moved a step): 359 MB
 * after 30 s, 229 MB after 80 s; the longest step held the lock 1.8 s at first (chunks read cold from
 * the disk), 250 ms after. With 1 MB rewritten and 1 MB moved a step nothing shrank in four minutes: the moves never
 * reached the file's last chunks.
 */
final class StoreCompaction {
    /**
     * A step's figures: the file, how full it is, whether the store was quiet, what the step read and
     * wrote, and whether the steps rest (see {@link CompactionPace}); a resting step measures no fill
     * ({@link #NOT_MEASURED}).
     */
    record Step(long fileBytes, int fileFillPercent, int chunksFillPercent, boolean quiet, long readBytes, long writes, boolean resting) {
    }

    static final int NOT_MEASURED = -1;
    private static final int MOVES_PER_SLICE = 4;
    private static final int GROWTH_PER_SLICE_BYTE = 8;

    private final int targetFillPercent;
    private final long quietCommits;
    private final int quietSliceBytes;
    private final int busySliceBytes;
    private long versionAfterLastStep = -1;
    private long fileBytesAfterLastStep = -1;
    private final CompactionPace pace;

    /**
     * @param targetFillPercent chunks fuller than this are left alone, and so is a file fuller than this
     * @param quietCommits      at most this many commits since the step before make the store quiet
     * @param quietSliceBytes   bytes rewritten in a step when the store is quiet (four times as many moved)
     * @param busySliceBytes    bytes rewritten at least in a step while clients commit (four times as many moved)
     */
    StoreCompaction(int targetFillPercent, long quietCommits, int quietSliceBytes, int busySliceBytes) {
        this.pace = new CompactionPace(CompactionPace.WINDOW_STEPS);
        this.targetFillPercent = targetFillPercent;
        this.quietCommits = quietCommits;
        this.quietSliceBytes = quietSliceBytes;
        this.busySliceBytes = busySliceBytes;
    }

    /**
     * The bytes to rewrite in a step: the quiet slice when the store is quiet; while clients commit
     * more, the busy slice, or an eighth of what the file grew by since the step before when that is
     * more (up to the quiet slice). Under a long run of commits (a module's demo load commits about a
     * thousand times a second, 38 KB a chunk) a chunk is about a tenth live when it is rewritten, so
     * rewriting an eighth of the growth frees about as much as the commits add, once the retention time
     * has passed; the busy slice alone let the file reach 3.5 GB during the demo loads.
     */
    int slice(boolean quiet, long grownBytes) {
        if (quiet) {
            return quietSliceBytes;
        }
        return (int) Math.max(busySliceBytes, Math.min(quietSliceBytes, grownBytes / GROWTH_PER_SLICE_BYTE));
    }

    Step step(MVStore store) {
        FileStore<?> file = store.getFileStore();
        // a version per commit; the first step knows of no step before it, so counts as busy
        long commits = versionAfterLastStep < 0 ? 0 : store.getCurrentVersion() - versionAfterLastStep;
        boolean quiet = versionAfterLastStep >= 0 && commits <= quietCommits;
        long read = file.getReadBytes();
        long writes = file.getWriteCount();
        boolean working = pace.shouldWork(file.size(), commits);
        if (working) {
            int slice = slice(quiet, fileBytesAfterLastStep < 0 ? 0 : file.size() - fileBytesAfterLastStep);
            if (file.getChunksFillRate() < targetFillPercent) {
                store.compact(targetFillPercent, slice);
            }
            if (file instanceof RandomAccessStore randomAccess && randomAccess.getFillRate() < targetFillPercent) {
                // H2 picks the chunks to move by the holes around them, not by their place in the file: it takes a few
                // slices' worth before the last chunks are among them and the file's end is free
                randomAccess.compactMoveChunks(targetFillPercent, MOVES_PER_SLICE * (long) slice, store);
            }
        }
        // the step's own chunks are new versions: only clients' commits after this count
        versionAfterLastStep = store.getCurrentVersion();
        fileBytesAfterLastStep = file.size();
        if (!working) {
            // both fill rates walk every chunk's description: a resting step, once a second, leaves them alone
            return new Step(fileBytesAfterLastStep, NOT_MEASURED, NOT_MEASURED, quiet, 0, 0, true);
        }
        int chunksFill = file.getChunksFillRate();
        pace.worked(fileBytesAfterLastStep, chunksFill, quiet, commits);
        return new Step(fileBytesAfterLastStep, file.getFillRate(), chunksFill, quiet, file.getReadBytes() - read,
                file.getWriteCount() - writes, pace.resting());
    }

    /** The file size at which resting steps work again; meaningful while they rest. */
    long wakeAtFileBytes() {
        return pace.wakeAtFileBytes();
    }
}
