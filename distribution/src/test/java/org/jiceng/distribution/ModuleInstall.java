package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
        return enable(server, api, moduleId, county, nameZh, probe);
    }

    /**
     * The part of {@link #installAndEnable} after the install, for a module installed already (with others, by
     * {@link #installMissing}): waits for the module, checks what it declares, enables it for {@code county} and
     * waits until {@code probe} answers there.
     */
    static JsonNode enable(JicengServer server, Api api, String moduleId, String county, String nameZh, String probe) {
        String base = "/jurisdictions/" + county + "/" + moduleId;
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

    /**
     * Uninstalls the module (and its county's feature, which would pull it back) and installs it
     * again: meanwhile {@code absent} answers 404 "not installed"; afterwards the module answers
     * {@code present} again. The caller then compares its records with what they were.
     *
     * @param base the module's root for its county, {@code /jurisdictions/<county>/<module id>}
     */
    static void reinstall(JicengServer server, Api api, String moduleId, String countyFeature, String base, String absent, String present) {
        server.shell("feature:uninstall " + countyFeature);
        server.shell("feature:uninstall jiceng-" + moduleId);
        JsonNode gone = assertProblem(api.get(base + absent), 404);
        assertTrue(gone.get("detail").asText().contains("not installed"), gone.toString());
        server.shell("feature:install jiceng-" + moduleId);
        server.waitFor("/api/v1" + base + present, Duration.ofSeconds(60));
    }

    /**
     * Installs those of {@code moduleIds} not installed yet in one {@code feature:install}: one resolution and
     * one shell session instead of one per module (about 3 s each, most of it {@code bin/client}'s JVM).
     *
     * @return the modules installed here, for {@link #uninstall} to put back what was found
     */
    static List<String> installMissing(JicengServer server, List<String> moduleIds) {
        String installed = server.shell("feature:list -i");
        List<String> missing = new ArrayList<>();
        for (String module : moduleIds) {
            if (!installed.contains("jiceng-" + module + " ")) {
                missing.add(module);
            }
        }
        if (!missing.isEmpty()) {
            server.shell("feature:install " + features(missing));
        }
        String after = server.shell("feature:list -i");
        for (String module : moduleIds) {
            assertTrue(after.contains("jiceng-" + module + " "), "jiceng-" + module + " installed: " + after);
        }
        return missing;
    }

    /** Uninstalls the modules in one {@code feature:uninstall}. */
    static void uninstall(JicengServer server, List<String> moduleIds) {
        if (!moduleIds.isEmpty()) {
            server.shell("feature:uninstall " + features(moduleIds));
        }
    }

    private static String features(List<String> moduleIds) {
        return String.join(" ", moduleIds.stream().map(m -> "jiceng-" + m).toList());
    }

    /**
     * Waits until the demo worker is idle: every module run that logged "loading" has logged how it ended, two
     * looks a second apart. Modules load their demo data one after the other in the background after their
     * install (all shipped modules take about a minute on H2); a test aiming at their records waits for them.
     */
    static void awaitDemoDataIdle(JicengServer server, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        int idleLooks = 0;
        while (idleLooks < 2) {
            List<String> runs = server.logLines("Demo data of module ");
            long started = runs.stream().filter(l -> l.endsWith(" loading")).count();
            long ended = runs.stream().filter(l -> l.contains(" completed in ") || l.contains(" failed;") || l.contains(" cancelled after ")
                    || l.contains(" returned after it was cancelled")).count();
            idleLooks = started == ended ? idleLooks + 1 : 0;
            assertTrue(System.nanoTime() < deadline, "the modules' demo data still loading after " + max + ": " + started + " runs started, "
                    + ended + " ended");
            JicengServer.sleep(1_000);
        }
    }

    /** Asserts that the module's {@code probe} answers 404 {@code module-not-enabled} in each of {@code counties}: it is enabled only where asked. */
    static void refusedIn(Api api, String moduleId, String probe, String... counties) {
        for (String county : counties) {
            JsonNode p = assertProblem(api.get("/jurisdictions/" + county + "/" + moduleId + probe), 404);
            assertTrue(p.get("type").asText().endsWith("/module-not-enabled"), county + ": " + p);
        }
    }

    /** The first township (or street) of a county, by the registry. */
    static String firstTownship(Api api, String county) {
        return api.get("/jurisdictions/" + county + "/subtree?level=TOWNSHIP&size=1").json().at("/items/0/code").asText();
    }
}
