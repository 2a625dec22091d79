package org.jiceng.core.registry.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.DemoDataRun;
import org.jiceng.security.CallerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ContributorRunsTest {
    private static final long SEED = 42L;
    /** The lane of the tests on the one-thread worker: one county's modules. */
    private static final String LANE = "county 441481";

    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
    private final List<String> loaded = new CopyOnWriteArrayList<>();
    private final Map<Object, String> pending = new ConcurrentHashMap<>();
    /** What the completion table holds: contributor ids, in the order recorded. */
    private final List<String> completed = new CopyOnWriteArrayList<>();
    private final ContributorRuns.Completions completions = new ContributorRuns.Completions() {
        @Override
        public boolean completed(String moduleId) {
            return completed.contains(moduleId);
        }

        @Override
        public void record(String moduleId) {
            completed.add(moduleId);
        }
    };
    /** What readiness waits for: the runs not finished yet. */
    private final ContributorRuns.Progress progress = new ContributorRuns.Progress() {
        @Override
        public void pending(Object run, String moduleId) {
            pending.put(run, moduleId);
        }

        @Override
        public void finished(Object run) {
            pending.remove(run);
        }
    };
    private final ContributorRuns runs = new ContributorRuns(worker, SEED, progress, completions, Duration.ofSeconds(10));

    @AfterEach
    void stopWorker() throws InterruptedException {
        worker.shutdownNow();
        assertTrue(worker.awaitTermination(10, TimeUnit.SECONDS));
    }

    @Test
    void contributorsWaitForTheCoresDataAndRunInTheirOrder() throws InterruptedException {
        runs.add(recording("first"), LANE);
        runs.add(recording("second"), LANE);
        drain();
        assertEquals(List.of(), loaded, "nothing runs before the core's demo data is in place");
        assertEquals(2, pending.size(), "readiness waits for both");

        runs.coreFinished(true);
        drain();
        assertEquals(List.of("first", "second"), loaded);
        assertTrue(pending.isEmpty());
    }

    @Test
    void aContributorRegisteredLaterRunsWhenItComes() throws InterruptedException {
        runs.coreFinished(true);
        drain();
        runs.add(recording("late"), LANE);
        drain();
        assertEquals(List.of("late"), loaded);
        assertTrue(pending.isEmpty());
    }

    @Test
    void runsAsTheSystemCallerWithTheSeed() throws InterruptedException {
        runs.coreFinished(true);
        runs.add(contributor("checks", run -> loaded.add(CallerContext.isBound() + " " + CallerContext.current().username() + " " + run.seed())),
                LANE);
        drain();
        assertEquals(List.of("true system " + SEED), loaded);
    }

    @Test
    void aContributorRemovedWhileRunningIsCancelledAndAwaited() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch returned = new CountDownLatch(1);
        DemoDataContributor slow = contributor("slow", run -> {
            running.countDown();
            try {
                while (true) {
                    run.throwIfCancelled();
                    Thread.sleep(5);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                returned.countDown();
            }
        });
        runs.coreFinished(true);
        runs.add(slow, LANE);
        assertTrue(running.await(10, TimeUnit.SECONDS));

        runs.remove(slow);
        assertEquals(0, returned.getCount(), "remove returns only once the run has returned");
        assertTrue(pending.isEmpty(), "a cancelled run no longer holds readiness back");
        runs.add(recording("next"), LANE);
        drain();
        assertEquals(List.of("next"), loaded, "the worker goes on with the next contributor");
    }

    @Test
    void aContributorRemovedBeforeItsTurnNeverRuns() throws InterruptedException {
        DemoDataContributor gone = recording("gone");
        runs.add(gone, LANE);
        runs.add(recording("stays"), LANE);
        runs.remove(gone);
        assertEquals(List.of("stays"), List.copyOf(pending.values()));

        runs.coreFinished(true);
        drain();
        assertEquals(List.of("stays"), loaded);
    }

    @Test
    void aFailingContributorDoesNotStopTheOthers() throws InterruptedException {
        runs.add(contributor("broken", run -> {
            throw new IllegalStateException("broken on purpose");
        }), LANE);
        runs.add(contributor("unlinked", run -> {
            throw new NoClassDefFoundError("its bundle was uninstalled");
        }), LANE);
        runs.add(recording("healthy"), LANE);
        runs.coreFinished(true);
        drain();
        assertEquals(List.of("healthy"), loaded);
        assertTrue(pending.isEmpty(), "a failed run counts as finished");
    }

    @Test
    void nothingRunsWhenTheCoresDataFailed() throws InterruptedException {
        runs.add(recording("needs-the-core"), LANE);
        runs.coreFinished(false);
        drain();
        assertEquals(List.of(), loaded);
        assertTrue(pending.isEmpty());
    }

    @Test
    void stoppingTheCoreCancelsWaitingRuns() throws InterruptedException {
        runs.add(recording("queued"), LANE);
        runs.cancelAll();
        assertTrue(pending.isEmpty());
        runs.coreFinished(true);
        drain();
        assertEquals(List.of(), loaded);
    }

    @Test
    void aCompletedRunIsRecordedAndNotRunAgain() throws InterruptedException {
        runs.coreFinished(true);
        DemoDataContributor once = recording("once");
        runs.add(once, LANE);
        drain();
        assertEquals(List.of("once"), completed, "the completed run is recorded");

        runs.remove(once); // the module uninstalled, then installed again
        runs.add(recording("once"), LANE);
        drain();
        assertEquals(List.of("once"), loaded, "a contributor that completed before is not run again");
        assertEquals(List.of("once"), completed, "recorded once");
        assertTrue(pending.isEmpty(), "a skipped run does not hold readiness back");
    }

    @Test
    void aContributorRecordedInAnEarlierLifeIsNotRun() throws InterruptedException {
        completed.add("done-before-restart");
        runs.add(recording("done-before-restart"), LANE);
        runs.add(recording("new"), LANE);
        runs.coreFinished(true);
        drain();
        assertEquals(List.of("new"), loaded);
        assertEquals(List.of("done-before-restart", "new"), completed);
        assertTrue(pending.isEmpty());
    }

    @Test
    void aCancelledRunIsNotRecordedAndRunsAgainNextTime() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        List<Integer> units = new CopyOnWriteArrayList<>();
        DemoDataContributor first = contributor("resumes", run -> {
            running.countDown();
            for (int unit = 0; unit < 1000; unit++) {
                run.throwIfCancelled();
                units.add(unit);
                sleep(5);
            }
        });
        runs.coreFinished(true);
        runs.add(first, LANE);
        assertTrue(running.await(10, TimeUnit.SECONDS));
        runs.remove(first);
        assertTrue(units.size() < 1000, "cancelled before the end: " + units.size());
        assertEquals(List.of(), completed, "a cancelled run is not recorded");

        runs.add(recording("resumes"), LANE);
        drain();
        assertEquals(List.of("resumes"), loaded, "the next run of a cancelled contributor runs");
        assertEquals(List.of("resumes"), completed, "and is recorded once it completed");
    }

    @Test
    void aRunThatReturnsAfterItsCancelIsNotRecorded() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        DemoDataContributor quiet = contributor("quiet", run -> {
            running.countDown();
            while (!run.cancelled()) {
                sleep(5);
            }
            // returns without throwing: its data may be incomplete
        });
        runs.coreFinished(true);
        runs.add(quiet, LANE);
        assertTrue(running.await(10, TimeUnit.SECONDS));
        runs.remove(quiet);
        drain();
        assertEquals(List.of(), completed);
    }

    @Test
    void aFailedRunIsNotRecorded() throws InterruptedException {
        runs.add(contributor("broken", run -> {
            throw new IllegalStateException("broken on purpose");
        }), LANE);
        runs.add(contributor("unlinked", run -> {
            throw new NoClassDefFoundError("its bundle was uninstalled");
        }), LANE);
        runs.add(recording("healthy"), LANE);
        runs.coreFinished(true);
        drain();
        assertEquals(List.of("healthy"), completed, "only the run that completed is recorded");
    }

    @Test
    void aRunThatCannotBeRecordedCountsAsFinishedAndRunsAgain() throws InterruptedException {
        ContributorRuns failingRecords = new ContributorRuns(worker, SEED, new ContributorRuns.Progress() {
            @Override
            public void pending(Object run, String moduleId) {
                pending.put(run, moduleId);
            }

            @Override
            public void finished(Object run) {
                pending.remove(run);
            }
        }, new ContributorRuns.Completions() {
            @Override
            public boolean completed(String moduleId) {
                return false;
            }

            @Override
            public void record(String moduleId) {
                throw new IllegalStateException("database down on purpose");
            }
        }, Duration.ofSeconds(10));
        failingRecords.coreFinished(true);
        failingRecords.add(recording("unrecorded"), LANE);
        drain();
        failingRecords.add(recording("unrecorded"), LANE);
        drain();
        assertEquals(List.of("unrecorded", "unrecorded"), loaded, "not recorded, so run again (the loaders resume)");
        assertTrue(pending.isEmpty());
    }

    @Test
    void runsOfOneLaneNeverOverlapOnASeveralThreadWorker() throws InterruptedException {
        ExecutorService twoThreads = Executors.newFixedThreadPool(2);
        try {
            ContributorRuns lanes = new ContributorRuns(twoThreads, SEED, progress, completions, Duration.ofSeconds(10));
            AtomicInteger inLane = new AtomicInteger();
            AtomicInteger mostAtOnce = new AtomicInteger();
            for (int i = 0; i < 6; i++) {
                String id = "xingning-" + i;
                lanes.add(contributor(id, run -> {
                    mostAtOnce.accumulateAndGet(inLane.incrementAndGet(), Math::max);
                    sleep(20);
                    loaded.add(id);
                    inLane.decrementAndGet();
                }), LANE);
            }
            lanes.coreFinished(true);
            awaitNothingPending();
            assertEquals(1, mostAtOnce.get(), "one county's modules one after the other");
            assertEquals(List.of("xingning-0", "xingning-1", "xingning-2", "xingning-3", "xingning-4", "xingning-5"), loaded,
                    "in the order they came");
        } finally {
            twoThreads.shutdownNow();
        }
    }

    @Test
    void runsOfTwoLanesGoAtTheSameTime() throws InterruptedException {
        ExecutorService twoThreads = Executors.newFixedThreadPool(2);
        try {
            ContributorRuns lanes = new ContributorRuns(twoThreads, SEED, progress, completions, Duration.ofSeconds(10));
            // each of the two waits until the other has started: they finish only if both run at once
            CountDownLatch bothStarted = new CountDownLatch(2);
            Consumer<DemoDataRun> meetTheOther = run -> {
                bothStarted.countDown();
                try {
                    assertTrue(bothStarted.await(10, TimeUnit.SECONDS), "the other county's run started meanwhile");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
            lanes.add(contributor("xingning-resident-contact", meetTheOther.andThen(run -> loaded.add("xingning"))), "county 441481");
            lanes.add(contributor("wugang-service-day", meetTheOther.andThen(run -> loaded.add("wugang"))), "county 430581");
            lanes.coreFinished(true);
            awaitNothingPending();
            assertEquals(0, bothStarted.getCount(), "both ran at the same time");
            assertEquals(2, loaded.size(), "both completed: " + loaded);
        } finally {
            twoThreads.shutdownNow();
        }
    }

    private void awaitNothingPending() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!pending.isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "runs still pending: " + pending.values());
            Thread.sleep(5);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the worker has run everything submitted so far (it runs one task at a time, in order), and what
     * those tasks submitted in turn (a run ending puts the next of its lane on the worker).
     */
    /**
     * Waits until the one-thread worker is idle. Idle is seen from a task on the worker itself: while it
     * runs no run can, so an empty queue then means every run has ended, its bookkeeping included (seen
     * from the test's thread, the queue is empty as soon as the worker takes the last run, before it ends).
     */
    private void drain() throws InterruptedException {
        AtomicBoolean idle = new AtomicBoolean();
        do {
            CountDownLatch done = new CountDownLatch(1);
            worker.execute(() -> {
                idle.set(worker.getQueue().isEmpty());
                done.countDown();
            });
            assertTrue(done.await(10, TimeUnit.SECONDS), "the worker is stuck");
        } while (!idle.get());
    }

    private DemoDataContributor recording(String moduleId) {
        return contributor(moduleId, run -> loaded.add(moduleId));
    }

    private static DemoDataContributor contributor(String moduleId, Consumer<DemoDataRun> load) {
        return new DemoDataContributor() {
            @Override
            public String moduleId() {
                return moduleId;
            }

            @Override
            public void load(DemoDataRun run) {
                load.accept(run);
            }
        };
    }
}
