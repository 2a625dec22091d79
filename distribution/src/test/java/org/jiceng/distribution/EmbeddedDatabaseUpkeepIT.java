package org.jiceng.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The embedded H2's file does not keep what its commits left dead: with {@code WRITE_DELAY=0} every
 * commit writes a chunk and H2 runs no background writer to rewrite them, so before the upkeep
 * (bundle {@code org.jiceng.core.embedded}) the file only grew while the server ran — 3.3 GB after
 * the demo loads of all modules, for about 300 MB of data. Here many small commits grow the file, and
 * the running server shrinks it back once H2's retention time (45 s) has passed; every record written
 * is still there and the audit chain verifies. On PostgreSQL the upkeep does nothing.
 */
class EmbeddedDatabaseUpkeepIT {
    private static final int COMMITS = 1500;
    private static final long MEGABYTE = 1024 * 1024;

    private static JicengServer server;
    private static Api api;

    @BeforeAll
    static void start() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    void theFileGrownByManySmallCommitsShrinksWhileTheServerRuns() {
        Assumptions.assumeTrue("h2".equals(server.database), "the embedded H2 only");
        assertTrue(within(Duration.ofSeconds(60), () -> !server.logLines("Embedded database file: ").isEmpty()),
                "the upkeep found the embedded database's store");
        Path file = server.home.resolve("data/jiceng/jiceng.mv.db");
        long before = size(file);

        List<Long> ids = new ArrayList<>();
        for (int n = 0; n < COMMITS; n++) {
            Api.Reply created = api.post("/problems", DurabilityIT.problem("upkeep " + n));
            assertEquals(201, created.status(), created.toString());
            ids.add(created.json().get("id").asLong());
        }
        long grown = size(file);
        System.out.printf("EmbeddedDatabaseUpkeepIT: %d commits grew the file from %d MB to %d MB%n", COMMITS, before / MEGABYTE, grown / MEGABYTE);
        assertTrue(grown > before + 10 * MEGABYTE, "a chunk per commit: " + before + " -> " + grown);

        long goal = before + (grown - before) / 2;
        long t0 = System.nanoTime();
        within(Duration.ofSeconds(240), () -> size(file) < goal);
        long shrunk = size(file);
        System.out.printf("EmbeddedDatabaseUpkeepIT: the file went down to %d MB %d s after the writes%n", shrunk / MEGABYTE,
                (System.nanoTime() - t0) / 1_000_000_000L);
        assertTrue(shrunk < goal, "shrunk by at least half of what the commits added: " + before + " -> " + grown + " -> " + shrunk);

        for (long id : List.of(ids.get(0), ids.get(COMMITS / 2), ids.get(COMMITS - 1))) {
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
