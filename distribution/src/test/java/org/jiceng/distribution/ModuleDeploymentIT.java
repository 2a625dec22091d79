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

    @Test
    void aModuleIsUpdatedInPlaceToTheNewerVersionARepositoryBringsAndKeepsItsData() {
        String module = "xingning-leader-linkage";
        String feature = "jiceng-" + module;
        boolean installedBefore = api.get("/modules/" + module).status() == 200;
        ModuleInstall.installAndEnable(server, api, module, "441481", "领导干部挂钩指导党建工作", "/figures");
        awaitDemo(module);
        try {
            String figures = "/jurisdictions/441481/" + module + "/figures";
            String figuresBefore = api.get(figures).body();
            JsonNode before = api.get("/modules/" + module).json();
            String shipped = offered(feature).get("version").asText();
            JsonNode newest = assertProblem(api.post("/modules/" + module + "/update", ""), 409);
            assertTrue(newest.get("detail").asText().contains("newest version"), newest.toString());
            long audited = api.get("/audit/verify").json().get("lastSeq").asLong();
            int refreshes = server.logLines("Refreshing bundles").size();

            try (NewerModuleVersion newer = NewerModuleVersion.publish(server, module, "org.jiceng.module.xingning.leaderlinkage", shipped,
                    "0.1.9")) {
                JsonNode offer = offered(feature);
                assertEquals(newer.version, offer.get("version").asText(), offer.toString());
                assertFalse(offer.get("installed").asBoolean(), "the newer version is not installed yet: " + offer);
                assertEquals(module, offer.get("moduleId").asText(), "it is the installed module's update: " + offer);
                JsonNode beside = assertProblem(api.post("/modules", "{\"feature\":\"" + feature + "\"}"), 409);
                assertTrue(beside.get("detail").asText().contains("update"), "never a second version beside the first: " + beside);
                assertEquals(403, api.as("xingning-admin").post("/modules/" + module + "/update", "").status(), "admins only");

                Api.Reply updated = api.post("/modules/" + module + "/update", "");
                assertEquals(200, updated.status(), updated.toString());
                assertEquals(shipped, updated.json().get("fromVersion").asText());
                assertEquals("0.1.9", updated.json().get("toVersion").asText());
                JsonNode after = api.get("/modules/" + module).json();
                assertEquals("0.1.9", after.get("version").asText(), after.toString());
                assertEquals("ACTIVE", after.get("bundleState").asText());
                assertEquals(before.get("bundleId"), after.get("bundleId"), "Karaf updated the bundle in place");
                assertEquals(before.get("enabledJurisdictions"), after.get("enabledJurisdictions"), "the enablement is kept");
                server.waitFor("/api/v1" + figures, Duration.ofSeconds(30));
                assertEquals(figuresBefore, api.get(figures).body(), "the records are kept");
                assertEquals(refreshes, server.logLines("Refreshing bundles").size(), "updating refreshed bundles");
                assertTrue(offered(feature).get("installed").asBoolean());
                JsonNode again = assertProblem(api.post("/modules/" + module + "/update", ""), 409);
                assertTrue(again.get("detail").asText().contains("0.1.9"), again.toString());

                JsonNode trail = api.get("/audit?entity=Module&entityId=" + module + "&sort=seq&size=50").json();
                List<String> actions = new ArrayList<>();
                trail.get("items").forEach(e -> {
                    if (e.get("seq").asLong() > audited) {
                        actions.add(e.get("action").asText() + " by " + e.get("username").asText() + " to " + e.get("afterJson").asText());
                    }
                });
                assertEquals(1, actions.size(), trail.toString());
                assertTrue(actions.get(0).startsWith("UPDATE by admin") && actions.get(0).contains("0.1.9"), actions.toString());
            }
            assertEquals(shipped, offered(feature).get("version").asText(), "the repository is gone again");
            server.waitFor("/api/v1/jurisdictions/441481/" + module + "/figures", Duration.ofSeconds(30));
        } finally {
            if (!installedBefore) {
                assertEquals(204, api.delete("/modules/" + module).status(), "the module left as it was found");
            }
        }
    }

    private static JsonNode offered(String feature) {
        for (JsonNode m : api.get("/modules/available").json()) {
            if (m.get("feature").asText().equals(feature)) {
                return m;
            }
        }
        throw new AssertionError(feature + " is not offered");
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
