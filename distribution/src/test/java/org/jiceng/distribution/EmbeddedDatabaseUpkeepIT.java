package org.jiceng.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The embedded H2's file does not keep what its commits left dead: with {@code WRITE_DELAY=0} every
 * commit writes a chunk and H2 runs no background writer to rewrite them, so before the upkeep
 * (bundle {@code org.jiceng.core.embedded}) the file only grew while the server ran — 3.3 GB after
 * the demo loads of all modules, for about 300 MB of data. Here many small commits grow the file, and
 * the running server shrinks it back once H2's retention time (45 s) has passed, while a client
 * goes on writing a little; every record written is still there and the audit chain verifies. On PostgreSQL the upkeep does nothing.
 */
class EmbeddedDatabaseUpkeepIT {
    private static final int COMMITS_PER_ROUND = 500;
    private static final int MAX_COMMITS = 20_000;
    private static final long MEGABYTE = 1024 * 1024;
    /** What the commits must add to the file: measured, 1,500 commits add 57–72 MB to a file with no free space inside. */
    private static final long GROWTH = 10 * MEGABYTE;
    /** ContributorRuns' lines of a run's start and end: time, module, what. */
    private static final Pattern DEMO_RUN = Pattern
            .compile("^(\\S+) .*Demo data of module (\\S+) (loading|completed in|cancelled after|failed;|returned after it was cancelled)");

    private static JicengServer server;
    private static Api api;

    @BeforeAll
    static void start() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    void theFileGrownByManySmallCommitsShrinksWhileTheServerRuns() throws InterruptedException {
        Assumptions.assumeTrue("h2".equals(server.database), "the embedded H2 only");
        // In the suite's long-running server, as a county's server runs for months: under H2 2.2.224 the steps once shrank
        // nothing here for seven minutes (its compaction could rewrite its newest chunk without end, H2's issue #4075),
        // which a restart released; since H2 2.4.240 they need none.
        // No module's demo data may be loading meanwhile (another class may have installed a county): such a load
        // commits a thousand times a second, and the file grows by the retention time's worth of it.
        if (!within(Duration.ofMinutes(10), () -> demoLoadsRunning() == 0)) {
            System.out.println("EmbeddedDatabaseUpkeepIT: a module's demo run logged as started is still not logged as ended; going on");
        }
        assertTrue(within(Duration.ofSeconds(60), () -> !server.logLines("Embedded database file: ").isEmpty()),
                "the upkeep found the embedded database's store");
        Path file = server.home.resolve("data/jiceng/jiceng.mv.db");
        // every step, rest and wake is in karaf.log (JicengServer sets the upkeep's DEBUG before the first start)
        long before = size(file);

        // New chunks take the free space inside the file before they make it longer, and a file the upkeep let rest
        // may hold much of it (the moves do not always reach every hole): measured in a full suite, 1,500 commits left
        // a 336 MB file as it was. So the commits go on, in rounds, until the file has grown.
        List<Long> ids = new ArrayList<>();
        long grown = before;
        while (grown <= before + GROWTH && ids.size() < MAX_COMMITS) {
            for (int n = 0; n < COMMITS_PER_ROUND; n++) {
                Api.Reply created = api.post("/problems", DurabilityIT.problem("upkeep " + ids.size()));
                assertEquals(201, created.status(), created.toString());
                ids.add(created.json().get("id").asLong());
            }
            grown = size(file);
        }
        System.out.printf("EmbeddedDatabaseUpkeepIT: %d commits grew the file from %d MB to %d MB%n", ids.size(), before / MEGABYTE,
                grown / MEGABYTE);
        assertTrue(grown > before + GROWTH, "a chunk per commit: " + before + " -> " + grown + " after " + ids.size() + " commits");

        // A server is seldom quite idle (heartbeats, the event relay, webhook retries): a client keeps writing
        // a problem a second meanwhile, and the upkeep must shrink the file all the same.
        long goal = before + (grown - before) / 2;
        long t0 = System.nanoTime();
        AtomicBoolean trickling = new AtomicBoolean(true);
        Thread trickle = new Thread(() -> {
            for (int n = 0; trickling.get(); n++) {
                api.post("/problems", DurabilityIT.problem("upkeep trickle " + n));
                JicengServer.sleep(1000);
            }
        }, "upkeep-trickle");
        trickle.start();
        try {
            within(Duration.ofSeconds(420), () -> size(file) < goal);
        } finally {
            trickling.set(false);
            trickle.join();
        }
        long shrunk = size(file);
        System.out.printf("EmbeddedDatabaseUpkeepIT: the file went down to %d MB %d s after the writes%n", shrunk / MEGABYTE,
                (System.nanoTime() - t0) / 1_000_000_000L);
        // what tells why comes first and the newest steps before older ones: CI shows the start of a long message
        assertTrue(shrunk < goal, "shrunk by at least half of what the commits added: " + before + " -> " + grown + " -> " + shrunk
                + "; the upkeep's thread now: " + upkeepThread() + "; its warnings: " + upkeepWarnings() + "; versions held long: "
                + server.logLines("of the embedded database") + "; the steps' last lines, newest first: " + lastStepsNewestFirst()
                + "; sizes logged: " + server.logLines("Embedded database file"));

        for (long id : List.of(ids.get(0), ids.get(ids.size() / 2), ids.get(ids.size() - 1))) {
            assertEquals(200, api.get("/problems/" + id).status(), "problem " + id + " kept");
        }
        JsonNode verify = api.get("/audit/verify").json();
        assertTrue(verify.get("valid").asBoolean(), verify.toString());
    }

    @Test
    void onPostgresqlTheUpkeepDoesNothing() {
        Assumptions.assumeTrue("postgresql".equals(server.database), "PostgreSQL only");
        server.waitFor("/api/v1/health/ready", Duration.ofSeconds(60));
        JicengServer.sleep(2000); // its first step comes a second after the start
        assertTrue(server.logLines("Embedded database file").isEmpty(), "no embedded database to keep");
    }

    /** The upkeep's last 60 DEBUG lines (a step a second while working), newest first: steps, rests and wakes. */
    private static List<String> lastStepsNewestFirst() {
        List<String> lines = new ArrayList<>();
        for (String line : server.logLines("| EmbeddedStoreUpkeep ")) {
            if (line.contains("DEBUG")) {
                lines.add(line.substring(11, 19) + " " + line.substring(line.lastIndexOf(" | ") + 3));
            }
        }
        List<String> last = new ArrayList<>(lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        Collections.reverse(last);
        return last;
    }

    private static List<String> upkeepWarnings() {
        return server.logLines("| EmbeddedStoreUpkeep ").stream().filter(line -> line.contains("| WARN ")).toList();
    }

    /** The upkeep thread's stack from the JDK's jstack: whether its steps still run, or wait, and on what. */
    private static String upkeepThread() {
        try {
            Process jstack = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstack").toString(),
                    String.valueOf(server.java().pid())).redirectErrorStream(true).start();
            String dump = new String(jstack.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int start = dump.indexOf("\"jiceng-embedded-upkeep\"");
            if (start < 0) {
                return "(no such thread)";
            }
            int end = dump.indexOf("\n\n", start);
            return dump.substring(start, end < 0 ? dump.length() : end);
        } catch (IOException | RuntimeException e) {
            return "(no thread dump: " + e + ")";
        }
    }

    /**
     * Modules whose last demo run the core logged as started in the last ten minutes and not as ended
     * (a run cut off by a killed server ages out; the next start runs it again anyway).
     */
    private static long demoLoadsRunning() {
        Map<String, String> lastStart = new HashMap<>();
        Map<String, String> lastEnd = new HashMap<>();
        Matcher m;
        for (String line : server.logLines("Demo data of module ")) {
            if ((m = DEMO_RUN.matcher(line)).find()) {
                (m.group(3).equals("loading") ? lastStart : lastEnd).merge(m.group(2), m.group(1), (a, b) -> b);
            }
        }
        String recent = LocalDateTime.now().minusMinutes(10).toString();
        return lastStart.entrySet().stream().filter(e -> e.getValue().compareTo(recent) > 0)
                .filter(e -> lastEnd.getOrDefault(e.getKey(), "").compareTo(e.getValue()) < 0).count();
    }

    /** Whether the condition came to hold within {@code max}, checked twice a second. */
    private static boolean within(Duration max, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            JicengServer.sleep(500);
        }
        return true;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
