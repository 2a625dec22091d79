package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

/** How a county module's integration test starts: the module installed into the running server and enabled for its county. */
final class ModuleInstall {
    private ModuleInstall() {
    }

    /**
     * Installs the module's own feature ({@code jiceng-<module id>}) unless another test class has already, checking
     * that until then the module's {@code probe} path answers 404 {@code module-not-enabled}; waits for the module; checks what it
     * declares (origin county, Chinese name, ACTIVE); enables it for {@code county} and waits until {@code probe}
     * answers there.
     *
     * @param probe a GET path of the module below {@code /jurisdictions/<county>/<module id>}, e.g. {@code /figures}
     * @return the module as {@code GET /modules/<module id>} describes it, after enabling
     */
    static JsonNode installAndEnable(JicengServer server, Api api, String moduleId, String county, String nameZh, String probe) {
        String base = "/jurisdictions/" + county + "/" + moduleId;
        if (!server.shell("feature:list -i").contains("jiceng-" + moduleId + " ")) {
            JsonNode absent = assertProblem(api.get(base + probe), 404);
            assertTrue(absent.get("type").asText().endsWith("/module-not-enabled"), absent.toString());
            server.shell("feature:install jiceng-" + moduleId);
        }
        server.waitFor("/api/v1/modules/" + moduleId, Duration.ofSeconds(60));
        JsonNode module = api.get("/modules/" + moduleId).json();
        assertEquals(county, module.get("originJurisdiction").asText(), module.toString());
        assertEquals(nameZh, module.get("nameZh").asText(), module.toString());
        assertEquals("ACTIVE", module.get("bundleState").asText(), module.toString());
        int enabled = api.put("/modules/" + moduleId + "/jurisdictions/" + county, "").status();
        assertTrue(enabled == 201 || enabled == 200, "enabled: " + enabled);
        server.waitFor("/api/v1" + base + probe, Duration.ofSeconds(30));
        return api.get("/modules/" + moduleId).json();
    }
}
