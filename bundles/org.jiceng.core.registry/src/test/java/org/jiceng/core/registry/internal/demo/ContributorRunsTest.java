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
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.DemoDataRun;
import org.jiceng.security.CallerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ContributorRunsTest {
    private static final long SEED = 42L;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
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
    private final ContributorRuns runs = new ContributorRuns(worker, SEED, new ContributorRuns.Progress() {
        @Override
        public void pending(Object run, String moduleId) {
            pending.put(run, moduleId);
        }

        @Override
        public void finished(Object run) {
            pending.remove(run);
        }
    }, completions, Duration.ofSeconds(10));

    @AfterEach
    void stopWorker() throws InterruptedException {
        worker.shutdownNow();
        assertTrue(worker.awaitTermination(10, TimeUnit.SECONDS));
    }

    @Test
    void contributorsWaitForTheCoresDataAndRunInTheirOrder() throws InterruptedException {
        runs.add(recording("first"));
        runs.add(recording("second"));
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
        runs.add(recording("late"));
        drain();
        assertEquals(List.of("late"), loaded);
        assertTrue(pending.isEmpty());
    }

    @Test
    void runsAsTheSystemCallerWithTheSeed() throws InterruptedException {
        runs.coreFinished(true);
        runs.add(contributor("checks", run -> loaded.add(CallerContext.isBound() + " " + CallerContext.current().username() + " " + run.seed())));
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
        runs.add(slow);
        assertTrue(running.await(10, TimeUnit.SECONDS));

        runs.remove(slow);
        assertEquals(0, returned.getCount(), "remove returns only once the run has returned");
        assertTrue(pending.isEmpty(), "a cancelled run no longer holds readiness back");
        runs.add(recording("next"));
        drain();
        assertEquals(List.of("next"), loaded, "the worker goes on with the next contributor");
    }

    @Test
    void aContributorRemovedBeforeItsTurnNeverRuns() throws InterruptedException {
        DemoDataContributor gone = recording("gone");
        runs.add(gone);
        runs.add(recording("stays"));
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
        }));
        runs.add(contributor("unlinked", run -> {
            throw new NoClassDefFoundError("its bundle was uninstalled");
        }));
        runs.add(recording("healthy"));
        runs.coreFinished(true);
        drain();
        assertEquals(List.of("healthy"), loaded);
        assertTrue(pending.isEmpty(), "a failed run counts as finished");
    }

    @Test
    void nothingRunsWhenTheCoresDataFailed() throws InterruptedException {
        runs.add(recording("needs-the-core"));
        runs.coreFinished(false);
        drain();
        assertEquals(List.of(), loaded);
        assertTrue(pending.isEmpty());
    }

    @Test
    void stoppingTheCoreCancelsWaitingRuns() throws InterruptedException {
        runs.add(recording("queued"));
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
        runs.add(once);
        drain();
        assertEquals(List.of("once"), completed, "the completed run is recorded");

        runs.remove(once); // the module uninstalled, then installed again
        runs.add(recording("once"));
        drain();
        assertEquals(List.of("once"), loaded, "a contributor that completed before is not run again");
        assertEquals(List.of("once"), completed, "recorded once");
        assertTrue(pending.isEmpty(), "a skipped run does not hold readiness back");
    }

    @Test
    void aContributorRecordedInAnEarlierLifeIsNotRun() throws InterruptedException {
        completed.add("done-before-restart");
        runs.add(recording("done-before-restart"));
        runs.add(recording("new"));
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
        runs.add(first);
        assertTrue(running.await(10, TimeUnit.SECONDS));
        runs.remove(first);
        assertTrue(units.size() < 1000, "cancelled before the end: " + units.size());
        assertEquals(List.of(), completed, "a cancelled run is not recorded");

        runs.add(recording("resumes"));
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
        runs.add(quiet);
        assertTrue(running.await(10, TimeUnit.SECONDS));
        runs.remove(quiet);
        drain();
        assertEquals(List.of(), completed);
    }

    @Test
    void aFailedRunIsNotRecorded() throws InterruptedException {
        runs.add(contributor("broken", run -> {
            throw new IllegalStateException("broken on purpose");
        }));
        runs.add(contributor("unlinked", run -> {
            throw new NoClassDefFoundError("its bundle was uninstalled");
        }));
        runs.add(recording("healthy"));
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
        failingRecords.add(recording("unrecorded"));
        drain();
        failingRecords.add(recording("unrecorded"));
        drain();
        assertEquals(List.of("unrecorded", "unrecorded"), loaded, "not recorded, so run again (the loaders resume)");
        assertTrue(pending.isEmpty());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the worker has run everything submitted so far (it runs one task at a time, in order). */
    private void drain() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        worker.execute(done::countDown);
        assertTrue(done.await(10, TimeUnit.SECONDS), "the worker is stuck");
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
