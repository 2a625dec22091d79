package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.jiceng.distribution.CoreRegistryIT.problemType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;

/**
 * Events pushed to other systems: a local receiver subscribes over the REST API and gets the
 * engines' events of its subtree, signed; failed deliveries are retried, end as dead letters and are
 * redelivered on demand; and every acknowledged change reaches the receiver across a {@code kill -9}
 * of the server while the receiver was down (at least once, deduplicated by event id).
 */
class WebhooksIT {
    static final String PID = "org.jiceng.events";
    static final String XIAJIANG = "360823";

    static JicengServer server;
    static Api admin;
    static Api reporting;

    @BeforeAll
    static void start() {
        server = JicengServer.get();
        admin = new Api(server);
        reporting = admin.as("xiajiang-reporting");
    }

    @AfterAll
    static void defaults() {
        retries(12, 10_000, 3_600_000);
    }

    @Test
    void aReceiverGetsSignedEventsOfItsOwnSubtreeOnly() throws Exception {
        retries(12, 1_000, 10_000);
        try (Receiver receiver = new Receiver(JicengServer.freePort())) {
            JsonNode subscription = subscribe(reporting, receiver, null, "org/jiceng/problem/*", "org/jiceng/development/*");
            assertEquals(XIAJIANG, subscription.get("jurisdictionCode").asText(), "an integration account subscribes to its own subtree by default");
            String secret = subscription.get("secret").asText();
            assertTrue(secret.matches("[0-9a-f]{64}"), subscription.toString());
            long id = subscription.get("id").asLong();
            assertTrue(reporting.get("/webhooks/" + id).json().get("secret").isNull(), "the secret is shown only once");

            Api operator = admin.as("xiajiang-operator");
            Api.Reply found = operator.post("/problems", problem(XIAJIANG, "事件推送 " + System.nanoTime()));
            assertEquals(201, found.status(), found.toString());
            long problemId = found.json().get("id").asLong();
            Api.Reply foreign = admin.as("wugang-operator").post("/problems", problem("430581", "不应推送 " + System.nanoTime()));
            assertEquals(201, foreign.status(), foreign.toString());
            long foreignId = foreign.json().get("id").asLong();

            Receiver.Delivery first = receiver
                    .await(d -> d.topic().equals("org/jiceng/problem/FOUND") && d.json().at("/properties/id").asLong() == problemId);
            assertEquals(XIAJIANG, first.json().get("jurisdictionCode").asText());
            assertEquals("FOUND", first.json().at("/properties/status").asText());
            assertEquals(first.header("X-Jiceng-Event-Id"), first.json().get("id").asText(), "the event id is in the body and a header");
            assertEquals(sign(secret, first.header("X-Jiceng-Timestamp"), first.body()), first.header("X-Jiceng-Signature"));

            ObjectNode plan = Api.object().put("plan", "补齐记录, 每月检查").put("responsible", "支部书记").put("version", found.json().get("version").asLong());
            assertEquals(200, operator.post("/problems/" + problemId + "/plan", plan).status());
            Receiver.Delivery planned = receiver
                    .await(d -> d.topic().equals("org/jiceng/problem/PLANNED") && d.json().at("/properties/id").asLong() == problemId);
            assertEquals("PLAN_FILED", planned.json().at("/properties/status").asText());

            long member = applicant(operator);
            ObjectNode step = Api.object().put("type", "ACTIVIST_CONFIRMED").put("date", LocalDate.now().minusYears(1).plusDays(1).toString())
                    .put("decidingBody", "峡江县某村党支部");
            step.putArray("evidence").add("APPLICATION_LETTER").add("TALK");
            Api.Reply recorded = operator.post("/members/" + member + "/events", step);
            assertEquals(201, recorded.status(), recorded.toString());
            Receiver.Delivery activist = receiver.await(d -> d.topic().equals("org/jiceng/development/ACTIVIST_CONFIRMED")
                    && d.json().at("/properties/memberId").asLong() == member);
            assertEquals("ACTIVIST", activist.json().at("/properties/stage").asText());
            assertEquals(sign(secret, activist.header("X-Jiceng-Timestamp"), activist.body()), activist.header("X-Jiceng-Signature"));

            // The foreign problem was reported before the plan: had it been fanned out to this subscription, it would have arrived.
            assertFalse(
                    receiver.received().stream()
                            .anyMatch(d -> d.topic().startsWith("org/jiceng/problem/") && d.json().at("/properties/id").asLong() == foreignId),
                    "武冈's problem must not reach 峡江's subscriber");
            JsonNode log = reporting.get("/webhooks/" + id + "/deliveries?size=100").json();
            assertTrue(log.get("total").asLong() >= 3, log.toString());
            for (JsonNode d : log.get("items")) {
                assertTrue(d.get("jurisdictionCode").asText().startsWith(XIAJIANG), "only 峡江's subtree: " + d);
                assertTrue("DELIVERED".equals(d.get("status").asText()) || "PENDING".equals(d.get("status").asText()), d.toString());
            }
            for (Receiver.Delivery d : List.of(first, planned, activist)) {
                JsonNode logged = reporting.get("/webhooks/" + id + "/deliveries/" + d.header("X-Jiceng-Delivery")).json();
                assertEquals(d.json().get("id").asLong(), logged.get("eventId").asLong(), logged.toString());
            }
            JsonNode one = awaitJson(() -> reporting.get("/webhooks/" + id + "/deliveries/" + first.header("X-Jiceng-Delivery")).json(),
                    j -> "DELIVERED".equals(j.get("status").asText()));
            assertEquals(1, one.get("attemptLog").size(), one.toString());
            assertEquals(204, one.at("/attemptLog/0/statusCode").asInt());
            assertEquals(204, reporting.delete("/webhooks/" + id).status());
        }
    }

    @Test
    void moduleEnablementIsPushedToAnAdministratorsSubscriptionOfEverything() throws Exception {
        retries(12, 1_000, 10_000);
        try (Receiver receiver = new Receiver(JicengServer.freePort())) {
            JsonNode subscription = subscribe(admin, receiver, null, "org/jiceng/module/*");
            assertTrue(subscription.get("jurisdictionCode").isNull(), "an administrator's subscription without a jurisdiction covers everything");
            String module = "xiajiang-three-members";
            if (!server.shell("feature:list -i").contains("jiceng-" + module + " ")) {
                server.shell("feature:install jiceng-" + module);
            }
            server.waitFor("/api/v1/modules/" + module, java.time.Duration.ofSeconds(60));
            // A township of another county, where no test enables it: enabled here, then disabled again.
            String town = ModuleInstall.firstTownship(admin, "441481");
            admin.delete("/modules/" + module + "/jurisdictions/" + town);
            assertEquals(201, admin.put("/modules/" + module + "/jurisdictions/" + town, Api.object()).status());
            assertEquals(204, admin.delete("/modules/" + module + "/jurisdictions/" + town).status());
            Receiver.Delivery enabled = receiver
                    .await(d -> d.topic().equals("org/jiceng/module/ENABLED") && town.equals(d.json().at("/properties/jurisdictionCode").asText()));
            assertEquals(module, enabled.json().at("/properties/moduleId").asText());
            long enabledEvent = enabled.json().get("id").asLong();
            receiver.await(d -> d.topic().equals("org/jiceng/module/DISABLED") && town.equals(d.json().at("/properties/jurisdictionCode").asText())
                    && d.json().get("id").asLong() > enabledEvent);
            assertEquals(204, admin.delete("/webhooks/" + subscription.get("id").asLong()).status());
        }
    }

    @Test
    void subscriptionsAreTheirOwnersOnlyAndInsideTheirScope() {
        JsonNode created = subscribe(reporting, "http://127.0.0.1:9/none", null, "org/jiceng/problem/RECTIFIED");
        long id = created.get("id").asLong();
        try {
            assertEquals("forbidden", problemType(assertProblem(admin.as("xiajiang-viewer").get("/webhooks"), 403)));
            assertEquals("forbidden", problemType(assertProblem(admin.as("xiajiang-operator").post("/webhooks", draft("http://127.0.0.1:9/x", null,
                    "org/jiceng/problem/*")), 403)));
            assertEquals("not-found", problemType(assertProblem(reporting.post("/webhooks", draft("http://127.0.0.1:9/x", "430581",
                    "org/jiceng/problem/*")), 404)), "outside the caller's subtree");
            JsonNode invalid = assertProblem(reporting.post("/webhooks", draft("ftp://127.0.0.1/x", null, "org/jiceng/problem/")), 400);
            Set<String> fields = new TreeSet<>();
            invalid.get("errors").forEach(e -> fields.add(e.get("field").asText()));
            assertEquals(Set.of("topics", "url"), fields, invalid.toString());
            // Another account of another county, even an administrator of it, does not see the subscription.
            assertEquals("not-found", problemType(assertProblem(admin.as("xingning-admin").get("/webhooks/" + id), 404)));
            assertTrue(admin.as("xingning-admin").get("/webhooks").json().get("items").findValues("id").stream().noneMatch(v -> v.asLong() == id));
            assertEquals(200, admin.get("/webhooks/" + id).status(), "an administrator sees every subscription");

            ObjectNode replace = draft("http://127.0.0.1:9/other", null, "org/jiceng/problem/*").put("active", false)
                    .put("version", created.get("version").asLong());
            Api.Reply replaced = reporting.put("/webhooks/" + id, replace);
            assertEquals(200, replaced.status(), replaced.toString());
            assertFalse(replaced.json().get("active").asBoolean());
            assertEquals("conflict", problemType(assertProblem(reporting.put("/webhooks/" + id, replace), 409)), "a stale version");
            JsonNode renewed = reporting.post("/webhooks/" + id + "/secret", Api.object()).json();
            assertTrue(
                    renewed.get("secret").asText().matches("[0-9a-f]{64}") && !renewed.get("secret").asText().equals(created.get("secret").asText()));
            JsonNode audit = admin.get("/audit?entity=WebhookSubscriptionEntity&entityId=" + id + "&size=10").json();
            assertTrue(audit.get("total").asLong() >= 3, audit.toString());
            assertFalse(audit.toString().contains(renewed.get("secret").asText()), "the audit trail never shows the secret");
        } finally {
            assertEquals(204, reporting.delete("/webhooks/" + id).status());
        }
        assertEquals(404, reporting.get("/webhooks/" + id).status());
    }

    @Test
    void failedDeliveriesAreRetriedThenDeadLetteredAndRedeliveredOnDemand() throws Exception {
        retries(3, 200, 400);
        try (Receiver receiver = new Receiver(JicengServer.freePort())) {
            receiver.answer = 503;
            long id = subscribe(reporting, receiver, null, "org/jiceng/problem/FOUND").get("id").asLong();
            Api.Reply found = admin.post("/problems", problem(XIAJIANG, "死信 " + System.nanoTime()));
            assertEquals(201, found.status(), found.toString());
            long problemId = found.json().get("id").asLong();
            JsonNode dead = awaitJson(() -> reporting.get("/webhooks/" + id + "/deliveries?status=DEAD").json(), j -> j.get("total").asLong() == 1);
            JsonNode letter = reporting.get("/webhooks/" + id + "/deliveries/" + dead.at("/items/0/id").asLong()).json();
            assertEquals(3, letter.get("attempts").asInt(), letter.toString());
            assertEquals(3, letter.get("attemptLog").size(), letter.toString());
            letter.get("attemptLog").forEach(a -> assertEquals(503, a.get("statusCode").asInt(), letter.toString()));
            assertEquals("HTTP 503", letter.get("lastError").asText());
            assertNull(letter.get("nextAttemptAt").textValue(), "a dead letter waits for nobody");
            assertEquals(3, receiver.received().stream().filter(d -> d.json().at("/properties/id").asLong() == problemId).count(),
                    "three attempts reached the receiver");

            receiver.answer = 204;
            assertEquals(1, reporting.post("/webhooks/" + id + "/dead-letters/redeliver", Api.object()).json().get("requeued").asInt());
            Receiver.Delivery delivered = receiver.await(d -> d.status() == 204 && d.json().at("/properties/id").asLong() == problemId);
            assertEquals(letter.get("eventId").asLong(), delivered.json().get("id").asLong(), "a redelivery carries the same event id");
            JsonNode after = awaitJson(() -> reporting.get("/webhooks/" + id + "/deliveries/" + letter.get("id").asLong()).json(),
                    j -> "DELIVERED".equals(j.get("status").asText()));
            JsonNode log = after.get("attemptLog");
            assertEquals("xiajiang-reporting", log.get(3).get("redeliveredBy").asText(), after.toString());
            assertEquals(204, log.get(4).get("statusCode").asInt(), after.toString());

            // A delivered one again, for a receiver that lost it.
            assertEquals(200, reporting.post("/webhooks/" + id + "/deliveries/" + letter.get("id").asLong() + "/redeliver", Api.object()).status());
            receiver.awaitCount(d -> d.status() == 204 && d.json().at("/properties/id").asLong() == problemId, 2);
            assertEquals(0, reporting.get("/webhooks/" + id + "/deliveries?status=DEAD").json().get("total").asLong());
            assertEquals(204, reporting.delete("/webhooks/" + id).status());
        } finally {
            retries(12, 1_000, 10_000);
        }
    }

    /**
     * The receiver is down while writers create problems and the server is killed with SIGKILL;
     * after the restart and the receiver's return, every acknowledged problem's event arrives.
     */
    @Test
    void everyAcknowledgedChangeReachesTheReceiverAcrossAKill9() throws Exception {
        retries(1_000, 500, 2_000);
        int port = JicengServer.freePort();
        long id;
        try (Receiver receiver = new Receiver(port)) {
            id = subscribe(admin, receiver, "441481", "org/jiceng/problem/FOUND").get("id").asLong();
        }
        // The receiver is down from here on: every attempt fails to connect.
        List<Long> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean killed = new AtomicBoolean();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            Thread t = new Thread(() -> {
                for (int n = 0; !killed.get(); n++) {
                    try {
                        Api.Reply r = admin.post("/problems", DurabilityIT.problem("webhook " + writer + "-" + n));
                        if (r.status() == 201) {
                            acknowledged.add(r.json().get("id").asLong());
                        }
                    } catch (RuntimeException e) {
                        return; // killed under this request: never acknowledged
                    }
                }
            }, "webhook-writer-" + w);
            t.start();
            writers.add(t);
        }
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (acknowledged.size() < 150 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(acknowledged.size() >= 150, "only " + acknowledged.size() + " problems acknowledged");
        server.killAndRestart();
        killed.set(true);
        for (Thread t : writers) {
            t.join();
        }
        Set<Long> expected = new TreeSet<>(acknowledged);
        try (Receiver receiver = new Receiver(port)) {
            receiver.awaitAll(expected, 180);
            Set<Long> seen = new TreeSet<>();
            int duplicates = 0;
            for (Receiver.Delivery d : receiver.received()) {
                long problem = d.json().at("/properties/id").asLong();
                if (!seen.add(problem)) {
                    duplicates++;
                }
            }
            System.out.printf("Webhooks (%s): %d problems acknowledged before kill -9, %d of their events delivered after the restart, %d twice%n",
                    server.database, expected.size(), expected.stream().filter(seen::contains).count(), duplicates);
            assertTrue(seen.containsAll(expected));
            // The oldest delivery was tried while the receiver was down: its log shows the refused attempts, then the 204.
            JsonNode page = admin.get("/webhooks/" + id + "/deliveries?size=1").json();
            long oldest = admin.get("/webhooks/" + id + "/deliveries?size=1&page=" + (page.get("total").asLong() - 1)).json().at("/items/0/id")
                    .asLong();
            JsonNode log = awaitJson(() -> admin.get("/webhooks/" + id + "/deliveries/" + oldest).json(),
                    j -> "DELIVERED".equals(j.get("status").asText()));
            JsonNode attempts = log.get("attemptLog");
            assertTrue(attempts.size() >= 2, log.toString());
            assertTrue(attempts.get(0).get("statusCode").isNull() && attempts.get(0).get("error").asText().contains("Connect"), log.toString());
            assertEquals(204, attempts.get(attempts.size() - 1).get("statusCode").asInt(), log.toString());
        } finally {
            assertEquals(204, admin.delete("/webhooks/" + id).status());
            retries(12, 1_000, 10_000);
        }
    }

    // ---- helpers

    static void retries(int maxAttempts, long firstMillis, long maxMillis) {
        server.setProperty(PID, "maxAttempts", Integer.toString(maxAttempts));
        server.setProperty(PID, "firstRetryMillis", Long.toString(firstMillis));
        server.setProperty(PID, "maxRetryMillis", Long.toString(maxMillis));
    }

    static ObjectNode draft(String url, String jurisdiction, String... topics) {
        ObjectNode d = Api.object().put("url", url).put("description", "WebhooksIT");
        if (jurisdiction != null) {
            d.put("jurisdictionCode", jurisdiction);
        }
        var list = d.putArray("topics");
        for (String t : topics) {
            list.add(t);
        }
        return d;
    }

    static JsonNode subscribe(Api as, Receiver receiver, String jurisdiction, String... topics) {
        return subscribe(as, receiver.url(), jurisdiction, topics);
    }

    static JsonNode subscribe(Api as, String url, String jurisdiction, String... topics) {
        Api.Reply r = as.post("/webhooks", draft(url, jurisdiction, topics));
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    static ObjectNode problem(String jurisdiction, String description) {
        LocalDate today = LocalDate.now();
        return Api.object().put("source", "SUPERVISION").put("subjectType", "JURISDICTION").put("subjectId", jurisdiction)
                .put("jurisdictionCode", jurisdiction).put("category", "事件推送").put("severity", "LOW").put("description", description)
                .put("foundBy", "县委组织部").put("foundOn", today.toString()).put("deadline", today.plusDays(30).toString());
    }

    /** A new applicant in a village branch of 峡江, who applied a year and more ago. */
    static long applicant(Api operator) {
        long organization = operator.get("/organizations?jurisdiction=" + XIAJIANG + "&field=RURAL&size=1").json().at("/items/0/id").asLong();
        LocalDate birth = LocalDate.of(1998, 5, 6);
        long serial = System.nanoTime() % 900 + 100;
        ObjectNode m = Api.object().put("name", "推送测试").put("gender", "FEMALE").put("birthDate", birth.toString()).put("organizationId", organization)
                .put("stage", "APPLICANT").put("applicationDate", LocalDate.now().minusYears(2).toString()).put("hasPost", false)
                .put("idCardNumber", ImportExportIT.idCard(XIAJIANG, birth, (int) serial)).put("phone", "13900001111");
        Api.Reply created = operator.post("/members", m);
        assertEquals(201, created.status(), created.toString());
        return created.json().get("id").asLong();
    }

    static String sign(String secret, String timestamp, String body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    static JsonNode awaitJson(java.util.function.Supplier<JsonNode> read, Predicate<JsonNode> done) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        JsonNode last = read.get();
        while (!done.test(last)) {
            assertTrue(System.nanoTime() < deadline, "not reached in 60 s: " + last);
            Thread.sleep(100);
            last = read.get();
        }
        return last;
    }

    /** A system on the other end: records every POST and answers {@link #answer}. */
    static final class Receiver implements AutoCloseable {
        record Delivery(java.util.Map<String, List<String>> headers, String body, JsonNode json, int status) {
            String header(String name) {
                return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0)).findFirst()
                        .orElse(null);
            }

            String topic() {
                return json.get("topic").asText();
            }
        }

        private final HttpServer http;
        private final List<Delivery> received = Collections.synchronizedList(new ArrayList<>());
        volatile int answer = 204;

        Receiver(int port) {
            try {
                http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            http.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                int status = answer;
                received.add(new Delivery(java.util.Map.copyOf(exchange.getRequestHeaders()), body, Api.JSON.readTree(body), status));
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            http.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
            http.start();
        }

        String url() {
            return "http://127.0.0.1:" + http.getAddress().getPort() + "/jiceng-events";
        }

        List<Delivery> received() {
            synchronized (received) {
                return List.copyOf(received);
            }
        }

        Delivery await(Predicate<Delivery> wanted) throws InterruptedException {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < deadline) {
                for (Delivery d : received()) {
                    if (wanted.test(d)) {
                        return d;
                    }
                }
                Thread.sleep(50);
            }
            throw new AssertionError("not delivered in 60 s; received: " + received().stream().map(Delivery::body).toList());
        }

        void awaitCount(Predicate<Delivery> wanted, int count) throws InterruptedException {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (received().stream().filter(wanted).count() < count) {
                assertTrue(System.nanoTime() < deadline, "fewer than " + count + " such deliveries in 60 s: " + received());
                Thread.sleep(50);
            }
        }

        /** Waits until an event of every problem in {@code problems} has arrived. */
        void awaitAll(Set<Long> problems, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + seconds * 1_000_000_000L;
            Set<Long> missing = new TreeSet<>(problems);
            while (!missing.isEmpty() && System.nanoTime() < deadline) {
                received().forEach(d -> missing.remove(d.json().at("/properties/id").asLong()));
                Thread.sleep(100);
            }
            assertEquals(Set.of(), missing, "acknowledged problems whose event never arrived (" + missing.size() + " of " + problems.size() + ")");
        }

        @Override
        public void close() {
            http.stop(0);
            ((java.util.concurrent.ExecutorService) http.getExecutor()).shutdownNow();
        }
    }
}
