package org.jiceng.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A PostgreSQL outage as a node meets it — a database restart, a failover, a network fault — played by cutting the
 * node's connections to the database ({@link DatabaseLink}) while the database itself, shared with the other tests,
 * stays up. While cut: every request that needs the database is answered 503 {@code database-unavailable} with
 * {@code Retry-After} (never an internal error, never a hang past the pool's time-out), SOAP answers a fault naming it,
 * readiness turns 503 naming the check {@code database} and liveness stays 200. Once mended, the node is ready and
 * serves reads and writes again without a restart. A node of its own, stopped at the end; on H2 the class is skipped.
 */
@EnabledIfSystemProperty(named = "jiceng.it.db", matches = "postgresql", disabledReason = "the outage is a PostgreSQL's; "
        + "the embedded H2 lives in the server's own process")
class DatabaseOutageIT {
    private static final String UNAVAILABLE = "https://jiceng.org/problems/database-unavailable";

    static DatabaseLink link;
    static JicengServer node;
    static Api api;

    @BeforeAll
    static void nodeBehindALink() throws IOException {
        JicengServer.get(); // the database's schema and demo data, as every node finds them
        String pgUrl = System.getProperty("jiceng.it.pg.url");
        link = new DatabaseLink(pgUrl);
        node = JicengServer.node("outage", link.through(pgUrl));
        api = new Api(node);
    }

    @AfterAll
    static void stop() throws IOException {
        if (node != null) {
            node.stop();
        }
        if (link != null) {
            link.close();
        }
    }

    @Test
    void anOutageIsAnsweredAsOneAndTheNodeServesAgainOnceTheDatabaseIsBack() throws IOException {
        assertEquals(200, api.get("/members?size=1").status());
        assertEquals(201, api.post("/problems", DurabilityIT.problem("before the outage")).status());

        link.cut();
        long cutAt = System.nanoTime();
        // Requests meet the outage at once (a connection cut under them) or after the pool's time-out (10 s): each is a 503
        // naming it, until readiness has noticed too.
        int answered = 0;
        long slowest = 0;
        boolean notReady = false;
        while (!notReady) {
            assertTrue(System.nanoTime() - cutAt < Duration.ofSeconds(90).toNanos(), "readiness never noticed the outage");
            long t0 = System.nanoTime();
            HttpResponse<String> read = api.exchange(HttpRequest.newBuilder(node.uri("/api/v1/members?size=1")).GET());
            slowest = Math.max(slowest, System.nanoTime() - t0);
            assertUnavailable(read);
            answered++;
            Api.Reply ready = api.anonymous().raw(HttpRequest.newBuilder(node.uri("/health/ready")).GET());
            notReady = ready.status() == 503;
            if (notReady) {
                assertTrue(ready.contentType().startsWith("application/problem+json"), ready.toString());
                assertTrue(ready.body().contains("database: the database cannot be reached"), ready.toString());
            }
        }
        long noticedMillis = (System.nanoTime() - cutAt) / 1_000_000;
        // Noticed: the others are refused without waiting for the pool.
        long t0 = System.nanoTime();
        HttpResponse<String> write = api.exchange(HttpRequest.newBuilder(node.uri("/api/v1/problems")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(DurabilityIT.problem("during the outage").toString())));
        long refusedMillis = (System.nanoTime() - t0) / 1_000_000;
        assertUnavailable(write);
        Api.Reply soap = api.soap("RegistryService", "http://jiceng.org/soap/registry",
                "<t:findMembers><t:jurisdictionCode>110113</t:jurisdictionCode><t:size>1</t:size></t:findMembers>");
        assertEquals(500, soap.status(), soap.toString());
        assertTrue(soap.body().contains("Server") && soap.body().contains("database-unavailable") && soap.body().contains("503"), soap.toString());
        Api.Reply live = api.anonymous().raw(HttpRequest.newBuilder(node.uri("/health/live")).GET());
        assertEquals(200, live.status(), "restarting the node would not bring the database back: " + live);

        link.mend();
        long readyAgainMillis = JicengServer.until(
                () -> api.anonymous().raw(HttpRequest.newBuilder(node.uri("/health/ready")).GET()).status() == 200, Duration.ofSeconds(90));
        assertEquals(200, api.get("/members?size=1").status());
        Api.Reply created = api.post("/problems", DurabilityIT.problem("after the outage"));
        assertEquals(201, created.status(), created.toString());
        assertEquals(200, api.get("/problems/" + created.json().get("id").asLong()).status());
        System.out.printf("Database outage: %d reads answered 503 before readiness noticed it %d ms after the cut (slowest %d ms); then a write "
                + "refused in %d ms; ready again %d ms after the link was mended%n", answered, noticedMillis, slowest / 1_000_000, refusedMillis,
                readyAgainMillis);
    }

    private static void assertUnavailable(HttpResponse<String> answer) {
        assertEquals(503, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), answer.toString());
        JsonNode problem = new Api.Reply(answer.statusCode(), "", answer.body()).json();
        assertEquals(UNAVAILABLE, problem.get("type").asText(), answer.body());
        assertEquals("5", answer.headers().firstValue("Retry-After").orElse(null), answer.body());
    }
}
