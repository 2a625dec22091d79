package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Modules installed and uninstalled over REST ({@code GET /modules/available}, {@code POST /modules},
 * {@code DELETE /modules/{id}}), admin only and audited: a module that came with its county's feature
 * goes alone (the county's other modules stay and keep answering), nothing is refreshed, and its
 * records and enablement are there again when it is installed again.
 */
class ModuleDeploymentIT {
    private static final String COUNTY_FEATURE = "jiceng-county-shunyi";
    private static final String DISTRICT = "110113";
    private static final String MODULE = "shunyi-meetings";
    private static final String SIBLING = "shunyi-appraisal";

    private static JicengServer server;
    private static Api api;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    void theAvailableModulesAreTheModuleFeaturesOfTheDistribution() {
        JsonNode available = api.get("/modules/available").json();
        List<String> features = new ArrayList<>();
        available.forEach(m -> features.add(m.get("feature").asText()));
        for (String f : List.of("jiceng-xingning-term-reminders", "jiceng-xiajiang-three-members", "jiceng-wugang-service-day",
                "jiceng-shunyi-meetings", "jiceng-guangzong-work-standard")) {
            assertTrue(features.contains(f), f + " in " + features);
        }
        assertFalse(features.contains("jiceng-core") || features.contains(COUNTY_FEATURE) || features.contains("jiceng-libraries"),
                features.toString());
        assertEquals(features.stream().sorted().toList(), features, "sorted by feature");
        for (JsonNode m : available) {
            assertEquals(!m.get("moduleId").isNull(), m.get("installed").asBoolean(), "an installed feature names its module: " + m);
        }

        assertEquals(403, api.as("xingning-admin").get("/modules/available").status(), "admins only");
    }

    @Test
    void badInstallsAreRefusedWithTheirReason() {
        JsonNode blank = assertProblem(api.post("/modules", "{}"), 400);
        assertEquals("feature", blank.at("/errors/0/field").asText(), blank.toString());
        JsonNode unknown = assertProblem(api.post("/modules", "{\"feature\":\"jiceng-no-such-module\"}"), 404);
        assertTrue(unknown.get("detail").asText().contains("jiceng-no-such-module"), unknown.toString());
        JsonNode county = assertProblem(api.post("/modules", "{\"feature\":\"" + COUNTY_FEATURE + "\"}"), 422);
        assertEquals("module-feature", county.get("rule").asText(), county.toString());
        JsonNode core = assertProblem(api.post("/modules", "{\"feature\":\"jiceng-core\"}"), 422);
        assertEquals("module-feature", core.get("rule").asText(), core.toString());
        assertEquals(403, api.as("xingning-admin").post("/modules", "{\"feature\":\"jiceng-shunyi-meetings\"}").status(), "admins only");
        assertEquals(403, api.as("xingning-admin").delete("/modules/xingning-term-reminders").status(), "admins only");
        JsonNode gone = assertProblem(api.delete("/modules/no-such-module"), 404);
        assertTrue(gone.get("detail").asText().contains("no-such-module"), gone.toString());
    }

    @Test
    void aModuleOfACountysFeatureGoesAloneAndComesBackWithItsRecords() {
        server.shell("feature:install " + COUNTY_FEATURE);
        server.waitFor("/api/v1/modules/" + MODULE, Duration.ofSeconds(120));
        server.waitFor("/api/v1/modules/" + SIBLING, Duration.ofSeconds(120));
        assertTrue(api.put("/modules/" + MODULE + "/jurisdictions/" + DISTRICT, "").status() < 300);
        assertTrue(api.put("/modules/" + SIBLING + "/jurisdictions/" + DISTRICT, "").status() < 300);
        String meetings = "/jurisdictions/" + DISTRICT + "/" + MODULE + "/meetings?size=1";
        String appraisal = "/jurisdictions/" + DISTRICT + "/" + SIBLING + "/years";
        server.waitFor("/api/v1" + meetings, Duration.ofSeconds(30));
        awaitDemo(MODULE);
        long before = api.get(meetings).json().get("total").asLong();
        assertTrue(before > 0, "the demo held meetings");
        long audited = api.get("/audit/verify").json().get("lastSeq").asLong();
        int refreshes = server.logLines("Refreshing bundles").size();

        Api.Reply uninstalled = api.delete("/modules/" + MODULE);
        assertEquals(204, uninstalled.status(), uninstalled.toString());

        assertEquals(404, api.get("/modules/" + MODULE).status());
        JsonNode absent = assertProblem(api.get(meetings), 404);
        assertTrue(absent.get("detail").asText().contains("not installed"), absent.toString());
        assertEquals("ACTIVE", api.get("/modules/" + SIBLING).json().get("bundleState").asText(), "the county's other modules stay");
        assertEquals(200, api.get(appraisal).status(), "and keep answering");
        String installed = server.shell("feature:list -i");
        assertTrue(installed.contains("jiceng-" + SIBLING + " "), installed);
        assertFalse(installed.contains("jiceng-" + MODULE + " "), installed);
        assertEquals(refreshes, server.logLines("Refreshing bundles").size(), "uninstalling refreshed bundles");
        JsonNode available = api.get("/modules/available").json();
        available.forEach(m -> {
            if (m.get("feature").asText().equals("jiceng-" + MODULE)) {
                assertFalse(m.get("installed").asBoolean(), m.toString());
            }
        });

        Api.Reply reinstalled = api.post("/modules", "{\"feature\":\"jiceng-" + MODULE + "\"}");
        assertEquals(201, reinstalled.status(), reinstalled.toString());
        assertEquals(MODULE, reinstalled.json().get("id").asText());
        assertEquals("ACTIVE", reinstalled.json().get("bundleState").asText());
        assertTrue(reinstalled.json().get("enabledJurisdictions").toString().contains(DISTRICT), "the enablement is kept: " + reinstalled);
        Api.Reply again = api.post("/modules", "{\"feature\":\"jiceng-" + MODULE + "\"}");
        assertEquals(200, again.status(), "installed already: " + again);
        server.waitFor("/api/v1" + meetings, Duration.ofSeconds(30));
        assertEquals(before, api.get(meetings).json().get("total").asLong(), "the records are kept");
        assertEquals(refreshes, server.logLines("Refreshing bundles").size(), "installing refreshed bundles");

        JsonNode trail = api.get("/audit?entity=Module&entityId=" + MODULE + "&sort=seq&size=50").json();
        List<String> actions = new ArrayList<>();
        trail.get("items").forEach(e -> {
            if (e.get("seq").asLong() > audited) {
                actions.add(e.get("action").asText() + " by " + e.get("username").asText());
            }
        });
        assertEquals(List.of("UNINSTALL by admin", "INSTALL by admin"), actions, trail.toString());
        assertTrue(api.get("/audit/verify").json().get("valid").asBoolean(), "the chain holds the new entries");
    }

    private static void awaitDemo(String module) {
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (server.logLines("Demo data of module " + module + " completed").isEmpty()) {
            assertTrue(server.logLines("Demo data of module " + module + " failed").isEmpty(), "the demo failed: see karaf.log");
            assertTrue(System.nanoTime() < deadline, "the demo data of " + module + " did not finish");
            JicengServer.sleep(500);
        }
    }
}
