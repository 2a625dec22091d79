package org.jiceng.core.embedded.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.h2.mvstore.MVStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compacts the embedded database's file while the server runs, a step every second (see
 * {@link StoreCompaction} for why H2 does not do it itself here). Finds out on its first step
 * whether the data source is the embedded H2 and stops at once when it is not (PostgreSQL keeps its
 * own files). A step runs only while no statement writes ({@link CommitGate}). Logs when the file has
 * shrunk by a quarter or more.
 */
@Component(configurationPid = EmbeddedStoreUpkeep.PID, immediate = true)
@Designate(ocd = EmbeddedStoreUpkeep.Config.class)
public class EmbeddedStoreUpkeep {
    static final String PID = "org.jiceng.embedded";

    @ObjectClassDefinition(name = "Jiceng embedded database upkeep", description = "Compaction of the embedded H2 database's file while the"
            + " server runs (H2 written with WRITE_DELAY=0 does not compact it itself). Nothing is done on PostgreSQL.")
    public @interface Config {
        @AttributeDefinition(description = "Milliseconds between two steps; 0 turns the upkeep off (the file then only shrinks"
                + " a little when the server stops)", min = "0")
        int intervalMillis() default 1000;

        @AttributeDefinition(description = "Percent of live data below which chunks are rewritten and the file's chunks moved"
                + " together (H2's own default for its background writer)", min = "10", max = "99")
        int targetFillPercent() default 90;

        @AttributeDefinition(description = "At most this many commits since the step before make the store quiet: a step then"
                + " rewrites the quiet slice", min = "0")
        int quietCommitsPerStep() default 10;

        @AttributeDefinition(description = "Megabytes rewritten in a step when the store is quiet (four times as many are moved);"
                + " commits wait while a step works", min = "1", max = "256")
        int quietSliceMegabytes() default 16;

        @AttributeDefinition(description = "Megabytes rewritten at least in a step while clients commit more (more, up to the quiet"
                + " slice, when the file grew by over eight times as much since the step before; four times as many are moved)", min = "1", max = "64")
        int busySliceMegabytes() default 1;
    }

    private static final long MEGABYTE = 1024 * 1024;
    private static final long STOP_WAIT_SECONDS = 10;
    /** How long a step waits for the writing statements under way to end (see {@link CommitGate}). */
    private static final long PATIENCE_MILLIS = 50;
    /** How long a version may be held while clients commit before the upkeep warns (a request's snapshot lasts seconds). */
    private static final Duration HOLD_PATIENCE = Duration.ofMinutes(1);
    /** Commits since the held version that make a hold worth a warning: on a quiet server a hold costs nothing. */
    private static final long HOLD_COMMITS = 100;
    /** At most how often the gate's misses are logged. */
    private static final long MISSES_REPORT_NANOS = TimeUnit.MINUTES.toNanos(10);

    private final Logger logger = LoggerFactory.getLogger(EmbeddedStoreUpkeep.class);
    private final GatedDataSource dataSource;
    private final StoreCompaction compaction;
    private final ScheduledExecutorService steps;
    private final VersionHold hold = new VersionHold(HOLD_PATIENCE, HOLD_COMMITS);
    private long reportedFileBytes = -1; // only on the step thread
    private boolean failing; // only on the step thread
    private boolean resting; // only on the step thread
    private boolean holdsUnknown; // only on the step thread
    private long reportedMisses; // only on the step thread
    private long missesReportedAt = System.nanoTime() - MISSES_REPORT_NANOS; // only on the step thread

    @Activate
    public EmbeddedStoreUpkeep(@Reference GatedDataSource dataSource, Config config) {
        this.dataSource = dataSource;
        this.compaction = new StoreCompaction(config.targetFillPercent(), config.quietCommitsPerStep(),
                (int) (config.quietSliceMegabytes() * MEGABYTE),
                (int) (config.busySliceMegabytes() * MEGABYTE));
        this.steps = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "jiceng-embedded-upkeep");
            t.setDaemon(true);
            return t;
        });
        if (config.intervalMillis() > 0) {
            steps.scheduleWithFixedDelay(this::step, config.intervalMillis(), config.intervalMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Lets a step under way finish: it is never interrupted, since an interrupt during H2's file I/O
     * closes the file's channel under the database.
     */
    @Deactivate
    void stop() throws InterruptedException {
        steps.shutdown();
        if (!steps.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
            logger.warn("A compaction step of the embedded database was still running {} s after the stop", STOP_WAIT_SECONDS);
        }
    }

    void step() {
        // the connection held keeps the database open during the step
        try (Connection connection = dataSource.getConnection()) {
            if (!H2Stores.isH2(connection)) {
                logger.debug("The database is not the embedded H2: no upkeep of its file");
                steps.shutdown();
                return;
            }
            reportGateMisses();
            MVStore store = H2Stores.storeOf(connection);
            long started = System.nanoTime();
            Optional<StoreCompaction.Step> taken = dataSource.gate().step(() -> compaction.step(store), PATIENCE_MILLIS);
            if (taken.isEmpty()) {
                logger.debug("No compaction step: statements wrote throughout the {} ms a step waits for them", PATIENCE_MILLIS);
                return;
            }
            StoreCompaction.Step step = taken.get();
            if (logger.isDebugEnabled() && !(resting && step.resting())) {
                logger.debug("Compaction step in {} ms: read {} KB, {} writes; file {} MB, {} % live, chunks {} % live, {}",
                        (System.nanoTime() - started) / 1_000_000, step.readBytes() / 1024, step.writes(),
                        step.fileBytes() / MEGABYTE, step.fileFillPercent(), step.chunksFillPercent(), step.quiet() ? "quiet" : "busy");
            }
            if (step.resting() != resting) {
                resting = step.resting();
                logger.debug(resting
                        ? "Compaction steps gained nothing for a while: they rest until the file reaches {} MB"
                        : "The embedded database's file has grown: compaction steps work again", compaction.wakeAtFileBytes() / MEGABYTE);
            }
            report(step);
            reportVersionHold(connection, store);
            failing = false;
        } catch (ReflectiveOperationException | IllegalStateException | ClassCastException e) {
            logger.warn("The embedded database's file is not compacted while the server runs: this H2 does not show its store as 2.2 did ({})",
                    e.toString());
            steps.shutdown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the executor is shutting down
        } catch (SQLException | RuntimeException e) {
            if (!failing) {
                logger.warn("A compaction step of the embedded database failed; the next steps try again", e);
            } else {
                logger.debug("A compaction step of the embedded database failed again: {}", e.toString());
            }
            failing = true;
        }
    }

    /**
     * Logs, at most every ten minutes, the commits that went on beside writing statements after the gate's
     * patience and the row locks not taken in the JVM within theirs: a crash at such a moment could again
     * keep part of a commit. Two transactions writing one record at once cause a few; many would say that
     * something holds statements long (README, "Durability").
     */
    private void reportGateMisses() {
        long commits = dataSource.gate().ungated();
        long rowLocks = dataSource.rowLocks().notTaken();
        long now = System.nanoTime();
        if (commits + rowLocks > reportedMisses && now - missesReportedAt >= MISSES_REPORT_NANOS) {
            logger.info("Since the start, {} commits went on beside writing statements after {} ms and {} row locks were not taken in the JVM"
                    + " within {} ms", commits, GatedDataSource.COMMIT_PATIENCE_MILLIS, rowLocks, GatedDataSource.ROW_LOCK_PATIENCE_MILLIS);
            reportedMisses = commits + rowLocks;
            missesReportedAt = now;
        }
    }

    /**
     * Warns when a transaction has held a version of the store for a minute while clients committed: the file then
     * cannot shrink, whatever the steps do (see {@link VersionHold}); names the sessions open, the holder among them.
     */
    private void reportVersionHold(Connection connection, MVStore store) {
        if (holdsUnknown) {
            return;
        }
        long now = System.nanoTime();
        long oldest;
        try {
            oldest = H2Stores.oldestVersionKept(store);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // the steps go on without: only the warning is lost
            logger.info("The embedded database's versions held by transactions are not watched: this H2 does not show them ({})", e.toString());
            holdsUnknown = true;
            return;
        }
        long current = store.getCurrentVersion();
        switch (hold.observe(oldest, current, now)) {
            case LONG -> logger.warn("For {} s a transaction has held version {} of the embedded database, {} commits ago: what the commits"
                    + " since left dead stays in the file until it ends. Sessions: {}", hold.heldFor(now).toSeconds(), oldest, current - oldest,
                    H2Sessions.describe(connection));
            case ENDED -> logger.info("Version {} of the embedded database is let go after {} s: the file can shrink again", hold.reportedVersion(),
                    hold.heldFor(now).toSeconds());
            case NONE -> {
                // nothing new
            }
        }
    }

    private void report(StoreCompaction.Step step) {
        if (reportedFileBytes < 0) {
            logger.info("Embedded database file: {} MB, {} % of it live, chunks {} % live", step.fileBytes() / MEGABYTE, step.fileFillPercent(),
                    step.chunksFillPercent());
            reportedFileBytes = step.fileBytes();
        } else if (step.fileBytes() * 4 <= reportedFileBytes * 3 && step.fileFillPercent() != StoreCompaction.NOT_MEASURED) {
            // (a resting step measures no fill: a shrink H2 made by itself meanwhile is told by the next working step)
            logger.info("Embedded database file compacted from {} MB to {} MB ({} % of it live)", reportedFileBytes / MEGABYTE,
                    step.fileBytes() / MEGABYTE, step.fileFillPercent());
            reportedFileBytes = step.fileBytes();
        } else if (step.fileBytes() > reportedFileBytes) {
            reportedFileBytes = step.fileBytes(); // grown with the data: report the next shrink from here
        }
    }
}
