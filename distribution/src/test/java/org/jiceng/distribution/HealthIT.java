package org.jiceng.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Liveness and readiness as a load balancer sees them, and what clients meet while the server
 * starts: the first start (with the demo data) and a restart, watched from the moment the process
 * is started (StartupProbe). Leaves the server running.
 */
class HealthIT {
    /** Core resource paths the OpenAPI document lists once the REST application is complete. */
    static final List<String> CORE_PATHS = List.of("/health", "/members/{id}/events", "/development/pipeline", "/cadres/tenure",
            "/assignments", "/transfers", "/modules", "/imports", "/exports/members.xlsx", "/organizational-life/activities",
            "/scoring/schemes", "/procedures/instances", "/problems/statistics", "/inbox", "/checklists", "/audit", "/audit/verify");
    /** What a client reads first: these must answer 200 JSON from the moment readiness says so. */
    static final List<String> CORE_ENDPOINTS = List.of("/problems", "/members?size=1", "/jurisdictions/441481", "/organizations?size=1",
            "/health", "/audit?size=1");

    static JicengServer server;
    static Api api;

    @BeforeAll
    static void start() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    void liveAndReadyArePublicJsonAndReadyMeansComplete() {
        Api anonymous = api.anonymous();
        for (String base : List.of("", "/api/v1")) {
            Api.Reply live = anonymous.raw(java.net.http.HttpRequest.newBuilder(server.uri(base + "/health/live")));
            assertEquals(200, live.status(), live.toString());
            assertTrue(live.contentType().startsWith("application/json"), live.toString());
            assertEquals("UP", live.json().get("status").asText());
            Api.Reply ready = anonymous.raw(java.net.http.HttpRequest.newBuilder(server.uri(base + "/health/ready")));
            assertEquals(200, ready.status(), ready.toString());
            assertEquals("READY", ready.json().get("status").asText());
            List<String> names = new ArrayList<>();
            ready.json().get("checks").forEach(c -> {
                names.add(c.get("name").asText());
                assertTrue(c.get("ready").asBoolean(), c.toString());
            });
            assertTrue(
                    names.containsAll(
                            List.of("startup", "database", "database-schema", "accounts", "accounts-realm", "demo-data", "rest-application",
                                    "cluster-modules")),
                    names.toString());
        }
        // What the tests used to poll for instead of readiness: every core resource in the OpenAPI document.
        JsonNode paths = api.anonymous().get("/openapi.json").json().get("paths");
        for (String path : CORE_PATHS) {
            assertTrue(paths.has(path), path + " not in openapi.json while ready");
        }
    }

    @Test
    void firstStartAnswersHonestlyUntilReady() {
        StartupProbe.Timeline first = server.firstStart;
        assertHonest(first, "first start");
        // The demo profile creates the admin with its data, moments after the accounts start: nothing for a newcomer to act on.
        assertEquals(List.of(), server.logLines("No admin account exists and none can be created"));
        assertFalse(server.logLines("No admin account yet: the demo profile").isEmpty(), "the accounts' note on the demo's admin");
        System.out.printf("Health (%s): first start → ready in %d ms (%d answers watched)%n", server.database, first.readyMillis(),
                first.answers().size());
    }

    @Test
    void restartAnswersHonestlyUntilReadyAndServesFromThen() {
        // 顺义's seven modules installed and enabled: on a restart their bundles start after the
        // core's, one by one, and readiness must wait for the last of them.
        // in one feature:install: one shell session instead of two per module (about 3 s each, most of it bin/client's JVM)
        ModuleInstall.installMissing(server, List.copyOf(SHUNYI_MODULES.keySet()));
        SHUNYI_MODULES.forEach((module, probe) -> ModuleInstall.enable(server, api, module, "110113", probe[0], probe[1]));
        // their demo data loaded first: a run the stop cuts short resumes on the restart, and readiness would wait for it
        ModuleInstall.awaitDemoDataIdle(server, Duration.ofSeconds(480));
        server.restart(() -> {
        });
        StartupProbe.Timeline restart = server.lastStart;
        // SOAP endpoints registered while the server started are built at their first request (or one by one after
        // the start): from the first ready moment each answers, its WSDL at once, never a 404 while it waits its turn.
        List<String> soap = new ArrayList<>(List.of("RegistryService"));
        SHUNYI_MODULES.values().forEach(probe -> soap.add(probe[2]));
        for (String endpoint : soap) {
            Api.Reply wsdl = api.raw(HttpRequest.newBuilder(server.uri("/services/" + endpoint + "?wsdl")).GET());
            assertEquals(200, wsdl.status(), endpoint + ": " + wsdl);
            assertTrue(wsdl.body().contains("wsdl:definitions"), endpoint + ": " + wsdl);
        }
        // From the first 200 of readiness on, every core endpoint and every installed module answers 200 JSON, every time.
        List<String> paths = new ArrayList<>(CORE_ENDPOINTS);
        SHUNYI_MODULES.forEach((module, probe) -> paths.add("/jurisdictions/110113/" + module + probe[1]));
        for (int round = 0; round < 20; round++) {
            for (String path : paths) {
                Api.Reply r = api.get(path);
                assertEquals(200, r.status(), "round " + round + " " + path + ": " + r);
                assertTrue(r.contentType().startsWith("application/json"), path + ": " + r);
            }
        }
        assertHonest(restart, "restart");
        System.out.printf("Health (%s): restart with at least %d modules installed → ready in %d ms (%d answers watched)%n", server.database,
                SHUNYI_MODULES.size(), restart.readyMillis(), restart.answers().size());
    }

    /** 顺义's modules: id → its Chinese name, a GET path below its root that answers 200 once it serves, its SOAP endpoint. */
    private static final Map<String, String[]> SHUNYI_MODULES = new LinkedHashMap<>();
    static {
        SHUNYI_MODULES.put("shunyi-accountability", new String[]{"党建工作责任追究", "/figures", "AccountabilityService"});
        SHUNYI_MODULES.put("shunyi-appraisal", new String[]{"党建工作绩效考评", "/years", "AppraisalService"});
        SHUNYI_MODULES.put("shunyi-indicators", new String[]{"党建工作指标体系与折子工程", "/indicators", "IndicatorsService"});
        SHUNYI_MODULES.put("shunyi-innovation-cases", new String[]{"党建创新案例库", "/figures", "InnovationCaseService"});
        SHUNYI_MODULES.put("shunyi-meetings", new String[]{"党建工作会议机制与四上四下", "/meetings", "MeetingsService"});
        SHUNYI_MODULES.put("shunyi-supervision", new String[]{"党建工作督导督查", "/items", "SupervisionService"});
        SHUNYI_MODULES.put("shunyi-two-new", new String[]{"两新组织台账", "/figures", "TwoNewLedgerService"});
    }

    /**
     * Before Pax Web has created its first servlet context Jetty answers every path with its own
     * 404 page; from the first answer of Jiceng's own servlets on (a 503 problem+json naming what
     * is not ready), no answer is HTML, readiness is 503 problem+json until it is 200, and the API
     * answers the same 503 until the server is ready.
     */
    private static void assertHonest(StartupProbe.Timeline timeline, String which) {
        List<StartupProbe.Answer> answers = timeline.answers();
        int firstOwn = -1;
        for (int i = 0; i < answers.size() && firstOwn < 0; i++) {
            if (answers.get(i).status() == 200 || answers.get(i).status() == 503) {
                firstOwn = i;
            }
        }
        assertTrue(firstOwn >= 0, which + ": Jiceng never answered: " + answers);
        long preContext = 0;
        for (StartupProbe.Answer a : answers.subList(0, firstOwn)) {
            // Before Pax Web has a servlet context only Jetty answers, 404: its own page until the
            // hardening bundle has put the problem+json error handlers in, problem+json from then on.
            assertTrue(a.status() == -1 || a.status() == 404, which + ", before the first servlet context: " + a);
            preContext += a.status() == 404 ? 1 : 0;
        }
        long notReady = 0;
        for (StartupProbe.Answer a : answers.subList(firstOwn, answers.size())) {
            assertFalse(a.html(), which + ": HTML after Jiceng's servlets answered: " + a);
            if (a.status() == 200) {
                assertTrue(a.contentType().startsWith("application/json"), which + ": " + a);
                continue;
            }
            assertEquals(503, a.status(), which + ": " + a);
            assertTrue(a.contentType().startsWith("application/problem+json"), which + ": " + a);
            JsonNode problem = Api.JSON.valueToTree(parse(a));
            assertEquals("https://jiceng.org/problems/not-ready", problem.get("type").asText(), which + ": " + a);
            assertFalse(problem.get("detail").asText().isBlank(), which + ": " + a);
            notReady++;
        }
        StartupProbe.Answer last = answers.get(answers.size() - 2);
        assertEquals(StartupProbe.READY, last.path());
        assertEquals(200, last.status(), which + ": the probe ends on readiness 200: " + last);
        System.out.printf("Health (%s, %s): %d answers: %d without connection or Jetty's 404 before the first servlet context "
                + "(%d of them 404), %d × 503 problem+json, then ready at %d ms%n", server.database, which, answers.size(), firstOwn, preContext,
                notReady, timeline.readyMillis());
    }

    private static JsonNode parse(StartupProbe.Answer a) {
        try {
            return Api.JSON.readTree(a.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + a, e);
        }
    }
}
