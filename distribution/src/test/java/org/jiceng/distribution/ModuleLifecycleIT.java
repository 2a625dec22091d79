package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The hot-deploy cycle of a county module in the running server: install → enable for one county →
 * use over REST and SOAP → other counties refused → disable/enable from the shell → uninstall while
 * the core serves → reinstall with its data intact → deploy by dropping the jar into deploy/.
 * Nothing restarts in between.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModuleLifecycleIT {
    private static final String MODULE = "xingning-term-reminders";
    private static final String FEATURE = "jiceng-" + MODULE;
    private static final String BASE = "/jurisdictions/441481/" + MODULE;
    private static final String NS = "http://jiceng.org/soap/xingning-term-reminders";

    private static JicengServer server;
    private static Api api;
    private static long reminderId;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    @Order(1)
    void moduleIsAbsentBeforeInstall() {
        assertFalse(api.get("/modules").body().contains(MODULE));
        JsonNode p = assertProblem(api.get(BASE + "/expiring"), 404);
        assertTrue(p.get("detail").asText().contains("not installed"), p.toString());
    }

    @Test
    @Order(2)
    void featureInstallAddsEndpointsWithoutRefreshingTheCore() {
        int refreshesBefore = server.logLines("Refreshing bundles").size();
        long t0 = System.nanoTime();
        String out = server.shell("feature:install " + FEATURE);
        long commandMs = (System.nanoTime() - t0) / 1_000_000;
        server.waitFor("/api/v1/modules/" + MODULE, Duration.ofSeconds(30));
        long firstOkMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("feature:install %s: command %d ms, first 200 after %d ms (%s)%n", FEATURE, commandMs, firstOkMs, out.trim());
        assertEquals(refreshesBefore, server.logLines("Refreshing bundles").size(), "installing a module refreshed bundles");

        JsonNode module = api.get("/modules/" + MODULE).json();
        assertEquals("按期换届提醒督促", module.get("nameZh").asText());
        assertEquals("441481", module.get("originJurisdiction").asText());
        assertEquals("ACTIVE", module.get("bundleState").asText());
        JsonNode p = assertProblem(api.get(BASE + "/expiring"), 404);
        assertTrue(p.get("detail").asText().contains("not enabled for jurisdiction '441481'"), p.toString());
        assertTrue(api.get("/openapi.json").json().get("paths").has("/jurisdictions/{code}/" + MODULE + "/expiring"),
                "the OpenAPI document shows the installed module");
    }

    @Test
    @Order(3)
    void enablingACountyEnablesItsSubtreeOnly() {
        assertEquals(201, api.put("/modules/" + MODULE + "/jurisdictions/441481", "").status());
        assertEquals(200, api.put("/modules/" + MODULE + "/jurisdictions/441481", "").status(), "enabling twice is idempotent");
        assertProblem(api.put("/modules/" + MODULE + "/jurisdictions/999999", ""), 404);
        assertProblem(api.put("/modules/no-such-module/jurisdictions/441481", ""), 404);
        assertEquals("441481", api.get("/modules/" + MODULE).json().at("/enabledJurisdictions/0").asText());

        assertEquals(200, api.get(BASE + "/expiring").status());
        String township = api.get("/jurisdictions/441481/subtree?level=TOWNSHIP&size=1").json().at("/items/0/code").asText();
        assertEquals(200, api.get("/jurisdictions/" + township + "/" + MODULE + "/reminders").status(), "a township inherits");

        for (String other : new String[]{"360823", "110113", "441400"}) {
            JsonNode p = assertProblem(api.get("/jurisdictions/" + other + "/" + MODULE + "/expiring"), 404);
            assertTrue(p.get("detail").asText().contains(MODULE) && p.get("detail").asText().contains(other), p.toString());
        }
    }

    @Test
    @Order(4)
    void remindersAreGeneratedRecordedAndAnswered() {
        JsonNode expiring = api.get(BASE + "/expiring").json();
        assertTrue(expiring.size() > 0);
        LocalDate windowEnd = LocalDate.now().plusMonths(6);
        for (JsonNode t : expiring) {
            assertFalse(LocalDate.parse(t.get("termEnd").asText()).isAfter(windowEnd), t.toString());
            assertTrue(t.get("reminderName").asText().length() > 0, "someone reminds: " + t);
        }
        JsonNode first = expiring.get(0);
        Api.Reply manual = api.post(BASE + "/reminders", Api.object().put("organizationId", first.get("organizationId").asLong())
                .put("note", "书面提醒"));
        assertEquals(201, manual.status(), manual.toString());
        reminderId = manual.json().get("id").asLong();
        assertEquals("manual", manual.json().get("source").asText());
        assertProblem(api.post(BASE + "/reminders", Api.object().put("organizationId", first.get("organizationId").asLong())), 409);

        int created = api.post(BASE + "/reminders/generate", "").json().get("created").asInt();
        assertEquals(expiring.size() - 1, created, "one reminder per expiring term, the manual one included");
        assertEquals(0, api.post(BASE + "/reminders/generate", "").json().get("created").asInt(), "generating twice sends nothing new");

        long farOrganization = api.get("/organizations?jurisdiction=441481&sort=-termEnd&size=1").json().at("/items/0/id").asLong();
        JsonNode rule = assertProblem(api.post(BASE + "/reminders", Api.object().put("organizationId", farOrganization)), 422);
        assertEquals("term-not-due", rule.get("rule").asText());
        long elsewhere = api.get("/organizations?jurisdiction=360823&size=1").json().at("/items/0/id").asLong();
        assertProblem(api.post(BASE + "/reminders", Api.object().put("organizationId", elsewhere)), 404);

        JsonNode reminder = api.get(BASE + "/reminders/" + reminderId).json();
        Api.Reply answered = api.put(BASE + "/reminders/" + reminderId + "/reply", Api.object().put("reply", "ELECTION_REQUESTED")
                .put("repliedOn", LocalDate.now().toString()).put("version", reminder.get("version").asLong()));
        assertEquals(200, answered.status(), answered.toString());
        assertProblem(api.put(BASE + "/reminders/" + reminderId + "/reply", Api.object().put("reply", "ELECTION_HELD")
                .put("repliedOn", LocalDate.now().toString()).put("version", reminder.get("version").asLong())), 409);
        assertProblem(api.put(BASE + "/reminders/" + reminderId + "/reply", Api.object().put("reply", "MAYBE")
                .put("repliedOn", LocalDate.now().toString())), 400);
        Api.Reply held = api.put(BASE + "/reminders/" + reminderId + "/reply", Api.object().put("reply", "ELECTION_HELD")
                .put("repliedOn", LocalDate.now().toString()).put("version", answered.json().get("version").asLong()));
        assertEquals(200, held.status(), held.toString());
        assertFalse(held.json().get("overdue").asBoolean());

        assertTrue(api.get("/inbox?jurisdiction=441481&withinDays=30").body().contains("\"source\":\"" + MODULE + "\""),
                "the module adds expiring terms to the inbox where it is enabled");
        assertFalse(api.get("/inbox?jurisdiction=360823&withinDays=30").body().contains("\"source\":\"" + MODULE + "\""));

        long open = api.get(BASE + "/reminders?state=open&size=1").json().get("total").asLong();
        long all = api.get(BASE + "/reminders?size=1").json().get("total").asLong();
        assertEquals(all - 1, open);
        assertProblem(api.get(BASE + "/reminders?state=whenever"), 400);
        assertProblem(api.get("/jurisdictions/360823/" + MODULE + "/reminders/" + reminderId), 404);
    }

    @Test
    @Order(5)
    void soapAnswersOnlyWhereEnabled() {
        Api.Reply wsdl = api.raw(java.net.http.HttpRequest.newBuilder(server.uri("/services/TermReminderService?wsdl")).GET());
        assertEquals(200, wsdl.status());
        Api.Reply list = api.soap("TermReminderService", NS, "<t:listReminders><t:jurisdictionCode>441481</t:jurisdictionCode></t:listReminders>");
        assertEquals(200, list.status(), list.toString());
        assertTrue(list.body().contains("<id>" + reminderId + "</id>") && list.body().contains("ELECTION_HELD"), list.toString());
        Api.Reply refused = api.soap("TermReminderService", NS, "<t:listExpiring><t:jurisdictionCode>360823</t:jurisdictionCode></t:listExpiring>");
        assertTrue(refused.body().contains("Client") && refused.body().contains("not enabled"), refused.toString());
    }

    @Test
    @Order(6)
    void shellListsDisablesAndEnables() {
        String list = server.shell("jiceng:module-list");
        assertTrue(list.contains(MODULE) && list.contains("441481"), list);
        server.shell("jiceng:module-disable " + MODULE + " 441481");
        assertProblem(api.get(BASE + "/expiring"), 404);
        server.shell("jiceng:module-enable " + MODULE + " 441481");
        assertEquals(200, api.get(BASE + "/expiring").status());
    }

    @Test
    @Order(7)
    void uninstallRemovesTheModuleWhileTheCoreServes() {
        int refreshesBefore = server.logLines("Refreshing bundles").size();
        server.shell("feature:uninstall " + FEATURE);
        assertEquals(200, api.get("/health").status());
        assertEquals(200, api.get("/organizations?size=1").status());
        JsonNode p = assertProblem(api.get(BASE + "/expiring"), 404);
        assertTrue(p.get("detail").asText().contains("not installed"), p.toString());
        assertEquals(404, api.raw(java.net.http.HttpRequest.newBuilder(server.uri("/services/TermReminderService?wsdl")).GET()).status());
        assertEquals(200, api.raw(java.net.http.HttpRequest.newBuilder(server.uri("/services/RegistryService?wsdl")).GET()).status());
        assertEquals(refreshesBefore, server.logLines("Refreshing bundles").size(), "uninstalling a module refreshed bundles");
        JsonNode paths = api.get("/openapi.json").json().get("paths");
        assertTrue(paths.has("/organizations") && !paths.has("/jurisdictions/{code}/" + MODULE + "/expiring"), paths.toString());
    }

    @Test
    @Order(8)
    void reinstallBringsBackDataAndEnablement() {
        server.shell("feature:install " + FEATURE);
        server.waitFor("/api/v1" + BASE + "/reminders/" + reminderId, Duration.ofSeconds(30));
        JsonNode reminder = api.get(BASE + "/reminders/" + reminderId).json();
        assertEquals("ELECTION_HELD", reminder.get("reply").asText());
        assertEquals("书面提醒", reminder.get("note").asText());
    }

    @Test
    @Order(9)
    void droppingTheJarIntoDeployInstallsItAndRemovingItUninstalls() throws IOException {
        server.shell("feature:uninstall " + FEATURE);
        assertProblem(api.get(BASE + "/expiring"), 404);
        Path jar;
        try (Stream<Path> files = Files.walk(server.home.resolve("system/org/jiceng/org.jiceng.module.xingning.termreminders"))) {
            jar = files.filter(f -> f.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        Path deployed = server.home.resolve("deploy").resolve(jar.getFileName());
        Files.copy(jar, deployed);
        server.waitFor("/api/v1" + BASE + "/reminders/" + reminderId, Duration.ofSeconds(30));
        Files.delete(deployed);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        // "Gone" is a module list that answers and no longer names it (not any 404: the REST
        // application answers 404 for a moment while it is rebuilt after the bundle leaves).
        while (System.nanoTime() < deadline) {
            Api.Reply list = api.get("/modules");
            if (list.status() == 200 && !list.body().contains(MODULE)) {
                break;
            }
            JicengServer.sleep(200);
        }
        assertProblem(api.get("/modules/" + MODULE), 404);
        server.shell("feature:install " + FEATURE);
        server.waitFor("/api/v1" + BASE + "/expiring", Duration.ofSeconds(30));
        System.out.printf("RSS of the server after the module cycle: %d MB%n", server.rssKilobytes() / 1024);
    }
}
