package org.jiceng.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Heavy work under the default heap (1 GB): seven administrators upload a file just under the
 * 64 MiB import limit at once — the load that killed the server when imports read whole files into
 * memory. The configured places (1 running + 4 waiting) take five; the other two are refused with
 * 429 problem+json and Retry-After. All five run to the end, while health and core reads keep
 * answering, and the server never runs out of memory.
 */
class HeavyWorkIT {
    private static final int UPLOADS = 7;
    private static final int PLACES = 5; // etc/org.jiceng.bulk.cfg: maxRunningImports 1 + maxWaitingImports 4

    private static JicengServer server;
    private static Api api;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    void importsAtTheSizeLimitAreQueuedOrRefusedAndTheServerKeepsAnswering() throws Exception {
        byte[] file = BigFiles.membersCsv(api, "HW", BigFiles.NEAR_LIMIT);
        int rows = BigFiles.rows(file);
        assertTrue(file.length > 60L * 1024 * 1024 && file.length <= BigFiles.IMPORT_LIMIT, "near the limit: " + file.length);
        System.out.printf("HeavyWorkIT: %d uploads of %,d bytes (%,d rows) at once%n", UPLOADS, file.length, rows);

        ExecutorService pool = Executors.newFixedThreadPool(UPLOADS + 1);
        AtomicBoolean running = new AtomicBoolean(true);
        List<String> readFailures = java.util.Collections.synchronizedList(new ArrayList<>());
        int[] reads = new int[1];
        try {
            // Meanwhile, a client keeps reading: health and a page of members of another county.
            Future<?> reader = pool.submit(() -> {
                while (running.get()) {
                    for (String path : List.of("/health", "/members?jurisdiction=441481&size=20")) {
                        Api.Reply r = api.get(path);
                        reads[0]++;
                        if (r.status() != 200) {
                            readFailures.add(path + ": " + r);
                        }
                    }
                    JicengServer.sleep(50);
                }
            });
            List<Future<RawUpload.Answer>> uploads = new ArrayList<>();
            for (int i = 0; i < UPLOADS; i++) {
                uploads.add(
                        pool.submit(() -> RawUpload.post(server, "/api/v1/imports?kind=members&dryRun=true&fileName=full.csv", "text/csv", file)));
            }
            List<String> jobs = new ArrayList<>();
            int refused = 0;
            for (Future<RawUpload.Answer> f : uploads) {
                RawUpload.Answer r = f.get();
                if (r.status() == 202) {
                    jobs.add(Api.JSON.readTree(r.body()).get("id").asText());
                } else {
                    refused++;
                    assertEquals(429, r.status(), r.body());
                    assertTrue(r.header("content-type").startsWith("application/problem+json"), r.toString());
                    JsonNode problem = Api.JSON.readTree(r.body());
                    assertEquals("https://jiceng.org/problems/busy", problem.get("type").asText(), r.body());
                    assertEquals(429, problem.get("status").asInt());
                    assertTrue(Integer.parseInt(r.header("retry-after")) > 0, r.toString());
                }
            }
            assertEquals(PLACES, jobs.size(), "admitted");
            assertEquals(UPLOADS - PLACES, refused, "refused");

            for (String id : jobs) {
                JsonNode job = waitFor(id);
                assertEquals("SUCCEEDED", job.get("status").asText(), job.toString());
                assertEquals(rows, job.get("rowsTotal").asInt(), job.toString());
                assertEquals(0, job.get("errorCount").asInt(), job.toString());
            }
            running.set(false);
            reader.get();
            assertTrue(reads[0] > 0);
            assertEquals(List.of(), readFailures, "every read answered while the imports ran");
        } finally {
            running.set(false);
            pool.shutdownNow();
        }
        assertEquals(200, api.get("/health").status());
        assertEquals(List.of(), server.logLines("OutOfMemoryError"), "the server never ran out of memory");
        // Once the places are free again, an import is admitted.
        Api.Reply again = api.raw(HttpRequest.newBuilder(server.uri("/api/v1/imports?kind=members&dryRun=true")).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("姓名\n")));
        assertEquals(202, again.status(), again.toString());
        waitFor(again.json().get("id").asText());
    }

    private static JsonNode waitFor(String id) {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = api.get("/imports/" + id).json();
            if (!"RUNNING".equals(job.get("status").asText())) {
                return job;
            }
            JicengServer.sleep(500);
        }
        throw new AssertionError("import " + id + " did not finish");
    }
}
