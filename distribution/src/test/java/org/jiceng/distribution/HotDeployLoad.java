package org.jiceng.distribution;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Clients that read steadily from the running server while a module is installed, updated and
 * removed: "steady" paths (the core and other modules) must always answer 200; the "moving"
 * path (the module being cycled) may answer 200, or a 404/503 problem of the module gate or the
 * module router, and nothing else. Every answer is classified; latencies of steady reads are kept
 * per phase, so the same run gives the baseline (no cycles) and the figure under cycles.
 */
final class HotDeployLoad implements AutoCloseable {
    /** What the moving module may answer besides 200, by problem type. */
    static final Set<String> MOVING_PROBLEMS = Set.of("https://jiceng.org/problems/module-not-enabled",
            "https://jiceng.org/problems/module-unavailable");

    private final JicengServer server;
    private final List<String> steady;
    private final String moving;
    private final String authorization = JicengServer.basic(JicengServer.ADMIN, JicengServer.DEMO_PASSWORD);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();
    private volatile Phase phase;

    final AtomicLong steadyRequests = new AtomicLong();
    final AtomicLong movingRequests = new AtomicLong();
    final AtomicLong movingRefusals = new AtomicLong();
    final ConcurrentLinkedQueue<String> steadyFailures = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> movingFailures = new ConcurrentLinkedQueue<>();

    /** Latencies (µs) of steady reads in one phase of the run. */
    static final class Phase {
        final String name;
        final List<Long> micros = Collections.synchronizedList(new ArrayList<>());

        Phase(String name) {
            this.name = name;
        }

        long percentile(double p) {
            List<Long> sorted;
            synchronized (micros) {
                sorted = new ArrayList<>(micros);
            }
            if (sorted.isEmpty()) {
                return -1;
            }
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
        }

        int count() {
            return micros.size();
        }
    }

    HotDeployLoad(JicengServer server, List<String> steady, String moving, int clients) {
        this.server = server;
        this.steady = steady;
        this.moving = moving;
        this.phase = new Phase("warm-up");
        for (int i = 0; i < clients; i++) {
            int offset = i;
            Thread t = new Thread(() -> run(offset), "hot-deploy-client-" + i);
            t.setDaemon(true);
            threads.add(t);
        }
        threads.forEach(Thread::start);
    }

    /** Starts a new phase; later steady latencies are counted in it. */
    Phase phase(String name) {
        phase = new Phase(name);
        return phase;
    }

    private void run(int offset) {
        int i = offset;
        while (running.get()) {
            // Each client reads every steady path in turn, and the moving path every fifth request.
            boolean movingTurn = moving != null && i % 5 == 4;
            String path = movingTurn ? moving : steady.get(i % steady.size());
            i++;
            Phase current = phase;
            long t0 = System.nanoTime();
            HttpResponse<String> r;
            try {
                r = http.send(HttpRequest.newBuilder(server.uri("/api/v1" + path)).header("Authorization", authorization)
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                (movingTurn ? movingFailures : steadyFailures).add(path + ": " + e);
                continue;
            } catch (InterruptedException e) {
                return;
            }
            long micros = (System.nanoTime() - t0) / 1000;
            if (movingTurn) {
                movingRequests.incrementAndGet();
                if (r.statusCode() != 200) {
                    String type = problemType(r);
                    if (MOVING_PROBLEMS.contains(type)) {
                        movingRefusals.incrementAndGet();
                    } else {
                        movingFailures.add(path + ": " + describe(r));
                    }
                }
            } else {
                steadyRequests.incrementAndGet();
                current.micros.add(micros);
                if (r.statusCode() != 200) {
                    steadyFailures.add(path + ": " + describe(r));
                }
            }
        }
    }

    private static String problemType(HttpResponse<String> r) {
        if (!r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return null;
        }
        try {
            JsonNode p = Api.JSON.readTree(r.body());
            return p.path("type").asText(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static String describe(HttpResponse<String> r) {
        String body = r.body();
        return r.statusCode() + " " + r.headers().firstValue("Content-Type").orElse("") + " "
                + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
    }

    @Override
    public void close() {
        stop();
    }

    /** Stops the clients and waits for them, so the counts read afterwards are final; closing again does nothing more. */
    void stop() {
        running.set(false);
        for (Thread t : threads) {
            try {
                t.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
