package org.jiceng.distribution;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Watches a starting server from outside, from the moment its process is started: polls
 * {@code /health/ready} without credentials (as a load balancer does) and {@code /api/v1/problems}
 * as the demo admin (as a client does), and keeps every answer until readiness answers 200.
 */
final class StartupProbe {
    static final String READY = "/health/ready";
    static final String API = "/api/v1/problems?size=1";

    /** One answer; status -1 when nothing answered (port not open yet, connection reset). */
    record Answer(long millis, String path, int status, String contentType, String body) {
        boolean html() {
            return contentType.contains("html") || body.stripLeading().startsWith("<");
        }

        @Override
        public String toString() {
            return millis + " ms " + path + " " + status + " " + contentType + " " + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
        }
    }

    /** Every answer of one start, and when readiness first answered 200. */
    record Timeline(List<Answer> answers, long readyMillis) {
        List<Answer> of(String path) {
            return answers.stream().filter(a -> a.path().equals(path)).toList();
        }
    }

    private final JicengServer server;
    private final Process process;

    StartupProbe(JicengServer server, Process process) {
        this.server = server;
        this.process = process;
    }

    Timeline untilReady(Duration timeout) {
        long t0 = System.nanoTime();
        long deadline = t0 + timeout.toNanos();
        List<Answer> answers = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Karaf exited with " + process.exitValue() + "; see " + server.home.resolve("console.log"));
            }
            Answer ready = ask(READY, null, t0);
            answers.add(ready);
            answers.add(ask(API, JicengServer.basic(JicengServer.ADMIN, JicengServer.DEMO_PASSWORD), t0));
            if (ready.status() == 200) {
                return new Timeline(List.copyOf(answers), ready.millis());
            }
            JicengServer.sleep(100);
        }
        throw new IllegalStateException("Not ready within " + timeout + "; last answers: "
                + answers.subList(Math.max(0, answers.size() - 4), answers.size()) + "; see " + server.home.resolve("data/log/karaf.log"));
    }

    private Answer ask(String path, String authorization, long t0) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> r = server.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer((System.nanoTime() - t0) / 1_000_000, path, r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.body());
        } catch (IOException e) {
            return new Answer((System.nanoTime() - t0) / 1_000_000, path, -1, "", e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
