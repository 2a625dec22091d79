package org.jiceng.core.registry.internal.demo;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.DemoDataRun;
import org.jiceng.persistence.Transactions;
import org.jiceng.security.Caller;
import org.jiceng.security.CallerContext;
import org.jiceng.security.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the modules' {@link DemoDataContributor}s on the demo worker once the core's demo data is in
 * place ({@link #coreFinished}); a contributor that registers later is run when it comes. Each
 * contributor comes with a <em>lane</em> (its module's county): runs of one lane go one after the
 * other, in the order they came, while runs of different lanes may go at the same time on a worker
 * of several threads. Modules of one county build on the same records of the core (its cadres, its
 * members) and each checks what exists before it writes, so two of them must not interleave; other
 * counties' modules write other jurisdictions' records, and running them beside each other lets
 * one county's long demo (兴宁's 9,943 residents' problems) not hold back the rest.
 *
 * <p>A contributor that goes away is cancelled: if it has not started it never does, if it is
 * running its module waits (bounded) until it returns, so the module's services are not torn down
 * under it and nothing of it is left running.
 *
 * <p>A run that completed (returned without being cancelled and without failing) is recorded in
 * {@link Completions} under the contributor's id, and a contributor recorded there is not run
 * again: its demo data is whole. A run cut short records nothing, so the next one (the module
 * installed again, the next start) runs the contributor again, which resumes where it stopped.
 */
public final class ContributorRuns {

    /** Which runs are still to finish: the demo-data readiness check waits for them. */
    public interface Progress {
        void pending(Object run, String moduleId);

        void finished(Object run);
    }

    /**
     * Which contributors' runs completed, kept durably (a table of the core's); called on the demo
     * worker, as the system caller.
     */
    public interface Completions {
        boolean completed(String moduleId);

        void record(String moduleId);
    }

    private enum State {
        QUEUED, RUNNING, ENDED
    }

    private static final Caller SYSTEM = Caller.system(Channel.SYSTEM);

    private final Logger logger = LoggerFactory.getLogger(ContributorRuns.class);
    private final Executor worker;
    private final long seed;
    private final Progress progress;
    private final Completions completions;
    private final Duration stopWait;
    private final Map<DemoDataContributor, Run> runs = new ConcurrentHashMap<>();
    /** Runs that came before the core's data was in place; guarded by {@code this}. */
    private final List<Run> waiting = new ArrayList<>();
    /** Per lane with a run on the worker, the runs of that lane waiting for it; guarded by {@code this}. */
    private final Map<String, Deque<Run>> busyLanes = new HashMap<>();
    private boolean coreFinished;
    private volatile boolean coreLoaded;

    /**
     * @param worker   the demo worker: its threads are how many lanes run at the same time
     * @param completions which contributors completed a run before: they are not run again
     * @param stopWait    how long a leaving contributor's module waits for its run to return
     */
    public ContributorRuns(Executor worker, long seed, Progress progress, Completions completions, Duration stopWait) {
        this.worker = worker;
        this.seed = seed;
        this.progress = progress;
        this.completions = completions;
        this.stopWait = stopWait;
    }

    /**
     * @param lane which runs must not overlap with this one: those given the same lane (the
     *             module's origin county; one lane for the core's own parts)
     */
    public void add(DemoDataContributor contributor, String lane) {
        Run run = new Run(contributor, String.valueOf(contributor.moduleId()), lane);
        runs.put(contributor, run);
        progress.pending(run, run.moduleId);
        synchronized (this) {
            if (!coreFinished) {
                waiting.add(run);
                return;
            }
        }
        submit(run);
    }

    /** Called on the worker when the core's demo data is loaded (or failed): releases the runs that waited for it. */
    public void coreFinished(boolean loaded) {
        coreLoaded = loaded;
        List<Run> released;
        synchronized (this) {
            coreFinished = true;
            released = List.copyOf(waiting);
            waiting.clear();
        }
        released.forEach(this::submit);
    }

    /** On the worker at once if its lane is free, else after the lane's runs before it. */
    private void submit(Run run) {
        synchronized (this) {
            Deque<Run> lane = busyLanes.get(run.lane);
            if (lane != null) {
                lane.addLast(run);
                return;
            }
            busyLanes.put(run.lane, new ArrayDeque<>());
        }
        execute(run);
    }

    /** Called when a run of {@code lane} has ended: the lane's next run goes on the worker, or the lane is free. */
    private void laneFreed(String lane) {
        Run next;
        synchronized (this) {
            Deque<Run> queued = busyLanes.get(lane);
            next = queued == null ? null : queued.pollFirst();
            if (next == null) {
                busyLanes.remove(lane);
                return;
            }
        }
        execute(next);
    }

    private void execute(Run run) {
        try {
            worker.execute(run);
        } catch (RejectedExecutionException e) {
            // the core is stopping: nothing more runs, in this lane either
            run.cancel();
            laneFreed(run.lane);
        }
    }

    /** The contributor's service went away: cancels its run, and waits while it is running. */
    public void remove(DemoDataContributor contributor) {
        Run run = runs.remove(contributor);
        if (run != null) {
            synchronized (this) {
                waiting.remove(run);
                Deque<Run> lane = busyLanes.get(run.lane);
                if (lane != null) {
                    lane.remove(run);
                }
            }
            run.cancelAndAwait();
        }
    }

    /** The core stops: every run is cancelled; the caller waits for the worker to drain. */
    public void cancelAll() {
        runs.values().forEach(Run::cancel);
    }

    private final class Run implements DemoDataRun, Runnable {
        private final DemoDataContributor contributor;
        private final String moduleId;
        private final String lane;
        private final CountDownLatch ended = new CountDownLatch(1);
        private volatile boolean cancelled;
        private State state = State.QUEUED; // guarded by this
        private Thread runner; // guarded by this

        Run(DemoDataContributor contributor, String moduleId, String lane) {
            this.contributor = contributor;
            this.moduleId = moduleId;
            this.lane = lane;
        }

        @Override
        public long seed() {
            return seed;
        }

        @Override
        public boolean cancelled() {
            return cancelled;
        }

        @Override
        public void run() {
            try {
                synchronized (this) {
                    if (state != State.QUEUED) {
                        return; // cancelled before its turn
                    }
                    state = State.RUNNING;
                    runner = Thread.currentThread();
                }
                try {
                    load();
                } finally {
                    end();
                }
            } finally {
                laneFreed(lane);
            }
        }

        private void load() {
            if (!coreLoaded) {
                logger.warn("Demo data of module {} not loaded: the core's demo data failed to load", moduleId);
                return;
            }
            long start = System.nanoTime();
            try {
                // Bound explicitly: a worker thread must not carry over whatever caller it last had.
                CallerContext.runAs(SYSTEM, this::loadUnlessCompleted);
            } catch (CancellationException e) {
                logger.info("Demo data of module {} cancelled after {} ms: the module is stopping", moduleId,
                        (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException | LinkageError e) {
                // A linkage error is what a module uninstalled under its run throws; neither stops the core or other modules.
                logger.error("Demo data of module {} failed; the core and other modules go on", moduleId, e);
            }
        }

        /**
         * Runs the contributor unless a run of it completed before, and records this run once it
         * completed: returned without a cancel (a contributor that only checks {@link #cancelled()}
         * may return early without throwing) and without an exception.
         */
        private void loadUnlessCompleted() {
            if (completions.completed(moduleId)) {
                logger.info("Demo data of module {} completed before: not run again", moduleId);
                return;
            }
            logger.info("Demo data of module {} loading", moduleId);
            long start = System.nanoTime();
            // resumable: a crash may take its last commits, which the next run makes again, so they need not wait for the disk
            Transactions.resumable(() -> contributor.load(this));
            if (cancelled) {
                logger.info("Demo data of module {} returned after it was cancelled: not recorded as completed", moduleId);
                return;
            }
            completions.record(moduleId);
            logger.info("Demo data of module {} completed in {} ms", moduleId, (System.nanoTime() - start) / 1_000_000);
        }

        void cancel() {
            cancelled = true;
            synchronized (this) {
                if (state != State.QUEUED) {
                    return;
                }
            }
            end();
        }

        void cancelAndAwait() {
            cancel();
            synchronized (this) {
                if (state != State.RUNNING || runner == Thread.currentThread()) {
                    return; // ended, or the run itself stops its module: waiting would wait for ourselves
                }
            }
            try {
                if (!ended.await(stopWait.toMillis(), TimeUnit.MILLISECONDS)) {
                    logger.warn("Demo data of module {} still running {} s after it was cancelled; the module stops anyway", moduleId,
                            stopWait.toSeconds());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void end() {
            synchronized (this) {
                if (state == State.ENDED) {
                    return;
                }
                state = State.ENDED;
                runner = null;
            }
            progress.finished(this);
            ended.countDown();
        }
    }
}
