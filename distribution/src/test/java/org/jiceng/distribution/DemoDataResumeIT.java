package org.jiceng.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A county's modules uninstalled while their demo data loads, right after the install, then installed
 * again: the core recorded no completion for a run it cancelled, so it runs the contributor again, and
 * the resumable loader completes the data set with the seed's figures that the modules' own tests
 * assert (WugangFirstSecretariesIT, WugangTwoCreationsIT, WugangVillageCadreAppraisalIT,
 * ThreeMembersIT).
 *
 * <p>The interruption is best effort: the uninstall goes through {@code bin/client}, so it reaches the
 * server a second or two after the loader logged that it started. When the log shows that the load
 * finished before the uninstall got there, the test says so and still checks every figure (the
 * resume is then not exercised); otherwise it asserts that the core logged the cancel. When another
 * test class installed the county earlier, its demo data completed then and nothing is cut short:
 * the figures are checked as the modules' own tests check them, as those tests may have added records
 * of their own. Each test leaves its county as the modules' own tests expect it to be found, so the
 * class order does not matter: 武冈 installed and enabled (those tests accept either), 峡江 as it was
 * (ThreeMembersIT installs and enables it itself).
 */
class DemoDataResumeIT {
    private static final String WUGANG = "430581";
    private static final String XIAJIANG = "360823";
    private static final String FIRST_SECRETARIES = "wugang-first-secretaries";
    private static final String TWO_CREATIONS = "wugang-two-creations";
    private static final String APPRAISAL = "wugang-village-cadre-appraisal";
    private static final String THREE_MEMBERS = "xiajiang-three-members";
    private static final Duration LOAD_WAIT = Duration.ofSeconds(300);

    private static JicengServer server;
    private static Api api;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    void wugangUninstalledWhileItsDemoDataLoadsCompletesItWhenInstalledAgain() {
        String feature = "jiceng-county-wugang";
        boolean fresh = featuresOf(feature, FIRST_SECRETARIES).isEmpty() && neverLoaded("wugang-");
        long noLongerServing = sentButNoLongerServing();
        boolean interrupted = cycle(feature, FIRST_SECRETARIES, fresh);
        if (!server.shell("feature:list -r").contains(feature + " ")) {
            server.shell("feature:install " + feature); // the two other modules checked here, whatever brought first secretaries in
        }
        for (String module : new String[]{FIRST_SECRETARIES, TWO_CREATIONS, APPRAISAL}) {
            server.waitFor("/api/v1/modules/" + module, Duration.ofSeconds(60));
            int enabled = api.put("/modules/" + module + "/jurisdictions/" + WUGANG, "").status();
            assertTrue(enabled == 201 || enabled == 200, module + " enabled: " + enabled);
        }
        System.out.println("DemoDataResumeIT 武冈: fresh=" + fresh + ", first secretaries' load cut short=" + interrupted);

        // 第一书记: the seed's 224 sent, serving and on post; every one ranked in the last month (WugangFirstSecretariesIT).
        String fs = "/jurisdictions/" + WUGANG + "/" + FIRST_SECRETARIES;
        server.waitFor("/api/v1" + fs + "/figures", Duration.ofSeconds(30));
        YearMonth lastMonth = YearMonth.now().minusMonths(1);
        JsonNode f = poll(fs + "/figures", n -> n.get("serving").asLong() == 224 && n.get("onPost").asLong() == 224
                && api.get(fs + "/rankings/" + lastMonth + "?size=1").json().get("total").asLong() >= 224);
        long ranked = api.get(fs + "/rankings/" + lastMonth + "?size=1").json().get("total").asLong();
        System.out.println("DemoDataResumeIT 武冈 first secretaries: " + f + ", ranked in " + lastMonth + ": " + ranked);
        assertEquals(224, f.get("serving").asLong(), f.toString());
        assertEquals(224, f.get("onPost").asLong(), f.toString());
        assertEquals("100.0", f.get("onPostPercent").asText());
        if (fresh) {
            // Another class (CadresAndTransfersIT) may have sent and recalled a secretary here: "sent" counts them, and 224 serve beside them.
            assertEquals(224 + noLongerServing, f.get("sent").asLong(), "nobody sent twice by the resumed run: " + f);
            assertTrue(ranked >= 224 && ranked <= 224 + noLongerServing, "every secretary ranked once in the last month: " + ranked);
        } else {
            assertTrue(f.get("sent").asLong() >= 224, f.toString());
            assertTrue(ranked >= 224, "ranked in the last month: " + ranked);
        }
        long present = api.get(fs + "/presence?month=" + lastMonth + "&size=1").json().get("total").asLong();
        if (fresh) {
            assertEquals(ranked, present, "the month's presence lists the secretaries its ranking ranks");
        } else {
            // WugangFirstSecretariesIT replaces a secretary after the month was ranked: both served in it.
            assertTrue(present >= ranked, "presence " + present + ", ranked " + ranked);
        }
        JsonNode first = api.get(fs + "/rankings/" + lastMonth + "?size=1&sort=rank").json().at("/items/0");
        assertEquals(1, first.get("rank").asInt(), first.toString());

        // 两个创建: 67 applied, 66 accepted (98.5 %), 19 model branches of 22 applicants (WugangTwoCreationsIT).
        String tc = "/jurisdictions/" + WUGANG + "/" + TWO_CREATIONS;
        server.waitFor("/api/v1" + tc + "/figures", Duration.ofSeconds(30));
        JsonNode t = poll(tc + "/figures", n -> n.at("/standardized/accepted").asLong() + n.at("/standardized/rejected").asLong() >= 67
                && n.get("modelBranches").asLong() >= 19);
        System.out.println("DemoDataResumeIT 武冈 two creations: " + t);
        if (fresh) {
            assertEquals(67, t.at("/standardized/applied").asLong(), t.toString());
            assertEquals(66, t.at("/standardized/accepted").asLong(), t.toString());
            assertEquals(1, t.at("/standardized/rejected").asLong(), t.toString());
            assertEquals("98.5", t.get("passPercent").asText(), t.toString());
            assertEquals(19, t.get("modelBranches").asLong(), t.toString());
            assertEquals(22, t.at("/model/applied").asLong(), t.toString());
            assertEquals(3, t.at("/model/rejected").asLong(), t.toString());
        } else {
            // WugangTwoCreationsIT applies for branches of its own this year.
            assertTrue(t.at("/standardized/accepted").asLong() >= 66 && t.get("modelBranches").asLong() >= 19, t.toString());
        }

        // 村干部绩效考核: last year appraised to payment, three cadres a village, the grades as the rules give them
        // (WugangVillageCadreAppraisalIT; it works on a year of its own, so these hold whatever ran before).
        String va = "/jurisdictions/" + WUGANG + "/" + APPRAISAL;
        int demoYear = LocalDate.now().getYear() - 1;
        server.waitFor("/api/v1" + va + "/years/" + demoYear, Duration.ofSeconds(30));
        JsonNode year = poll(va + "/years/" + demoYear, n -> "PAID".equals(n.get("state").asText()));
        assertEquals("PAID", year.get("state").asText(), "the demo runs the year to payment: " + year);
        JsonNode a = api.get(va + "/years/" + demoYear + "/figures").json();
        System.out.println("DemoDataResumeIT 武冈 village cadre appraisal " + demoYear + ": " + a);
        long appraised = a.get("appraised").asLong();
        assertTrue(appraised >= 60, a.toString());
        assertEquals(a.get("cadres").asLong(), appraised, "every cadre on the appraisal has a result, none twice: " + a);
        assertEquals(appraised, a.get("teams").asLong() * 3, "three cadres and one team a village: " + a);
        long excellent = a.get("excellent").asLong();
        long competent = a.get("competent").asLong();
        long basic = a.get("basicallyCompetent").asLong();
        assertEquals(appraised, excellent + competent + basic + a.get("incompetent").asLong());
        assertTrue(competent > excellent && excellent > 0 && basic > 0, "most 称职, some 优秀, a few 基本称职: " + a);
        assertEquals(6000.0 * excellent + 4800.0 * competent + 2400.0 * basic, a.get("subsidyTotal").asDouble(), 0.001);

        assertNotRunAgain(feature, FIRST_SECRETARIES);
        assertEquals(224, api.get(fs + "/figures").json().get("serving").asLong());
    }

    @Test
    void xiajiangUninstalledWhileItsDemoDataLoadsCompletesItWhenInstalledAgain() {
        String feature = "jiceng-county-xiajiang";
        List<String> found = featuresOf(feature, THREE_MEMBERS);
        boolean fresh = found.isEmpty() && neverLoaded(THREE_MEMBERS);
        boolean interrupted = cycle(feature, THREE_MEMBERS, fresh);
        int enabled = api.put("/modules/" + THREE_MEMBERS + "/jurisdictions/" + XIAJIANG, "").status();
        assertTrue(enabled == 201 || enabled == 200, "enabled: " + enabled);
        System.out.println("DemoDataResumeIT 峡江: fresh=" + fresh + ", three members' load cut short=" + interrupted);
        try {
            // Last year as the seed reports it (ThreeMembersIT); the module's tests work on this year, so these hold whatever ran before.
            String base = "/jurisdictions/" + XIAJIANG + "/" + THREE_MEMBERS;
            server.waitFor("/api/v1" + base + "/dashboard", Duration.ofSeconds(30));
            JsonNode d = poll(base + "/dashboard?year=" + (LocalDate.now().getYear() - 1), n -> n.get("assessed").asLong() == 92);
            System.out.println("DemoDataResumeIT 峡江 three members: " + d);
            assertEquals(92, d.get("assessed").asLong(), d.toString());
            assertEquals(27, d.get("organBranches").asLong(), d.toString());
            assertEquals(50, d.get("twoNewOrganizations").asLong(), d.toString());
            assertEquals(7, d.get("domains").asLong(), d.toString());
            assertEquals(92, d.get("dispatched").asLong(), d.toString());
            assertEquals(27, d.get("commissioners").asLong(), d.toString());
            assertEquals(50, d.get("instructors").asLong(), d.toString());
            assertEquals(15, d.get("supervisors").asLong(), d.toString());
            assertEquals(54, d.get("nonLeading").asLong(), d.toString());
            assertEquals(77, d.get("branches").asLong(), d.toString());
            assertEquals(54, d.get("branchesUpgraded").asLong(), d.toString());
            assertEquals(13, d.get("sixGoods").asLong(), d.toString());
            assertEquals(30, d.get("problemsFound").asLong(), d.toString());
            assertEquals(26, d.get("problemsRectified").asLong(), d.toString());
            assertEquals(150, d.get("supervisionsHeld").asLong(), d.toString());
            assertEquals(0, d.get("supervisionsOverdue").asLong(), d.toString());
            assertEquals(4, d.get("reportMeetings").asLong(), d.toString());
            assertEquals(92, d.get("appointmentLetters").asLong(), d.toString());
            assertEquals(92, api.get(base + "/candidates?year=" + (LocalDate.now().getYear() - 1) + "&size=500").json().get("items").size(),
                    "nobody a candidate twice");
            assertNotRunAgain(feature, THREE_MEMBERS);
            server.waitFor("/api/v1" + base + "/dashboard", Duration.ofSeconds(30));
            assertEquals(92, api.get(base + "/dashboard?year=" + (LocalDate.now().getYear() - 1)).json().get("assessed").asLong());
        } finally {
            if (found.isEmpty()) {
                // As found: ThreeMembersIT installs the county and enables it itself.
                if (enabled == 201) {
                    assertEquals(204, api.delete("/modules/" + THREE_MEMBERS + "/jurisdictions/" + XIAJIANG).status());
                }
                uninstall(feature, THREE_MEMBERS);
            }
        }
    }

    /**
     * Takes the module out and back in. Fresh (no test installed it before): installs the county,
     * uninstalls it while the module's demo data loads and installs it again; returns whether the
     * load was cut short. Otherwise: uninstalls whatever brought the module in and installs it again
     * (the county when nothing did); returns false.
     */
    private static boolean cycle(String feature, String module, boolean fresh) {
        boolean interrupted = false;
        List<String> features = List.of(feature);
        if (fresh) {
            interrupted = installAndUninstallWhileLoading(feature, module);
        } else {
            List<String> found = uninstall(feature, module);
            features = found.isEmpty() ? features : found;
        }
        install(features, module);
        return interrupted;
    }

    /**
     * Installs the county's feature and uninstalls it as soon as the core logs that the module's demo
     * data started loading: the install runs in the background while the log is watched, so the
     * uninstall's {@code bin/client} starts at once. Returns whether the load was cut short (no
     * completion logged once the module is gone), in which case the core must have logged the cancel.
     */
    private static boolean installAndUninstallWhileLoading(String feature, String module) {
        int startsBefore = server.logLines("Demo data of module " + module + " loading").size();
        CompletableFuture<String> installing = CompletableFuture.supplyAsync(() -> server.shell("feature:install " + feature));
        long deadline = System.nanoTime() + LOAD_WAIT.toNanos();
        while (server.logLines("Demo data of module " + module + " loading").size() == startsBefore) {
            assertTrue(System.nanoTime() < deadline, "the demo data of " + module + " did not start loading within " + LOAD_WAIT);
            JicengServer.sleep(50);
        }
        server.shell("feature:uninstall " + feature);
        installing.join();
        uninstall(feature, module); // waits until the module is gone
        boolean finished = !server.logLines("Demo data of " + module + " loaded").isEmpty()
                || !server.logLines("Demo data of module " + module + " completed in").isEmpty();
        if (finished) {
            System.out.println("DemoDataResumeIT: the demo data of " + module + " finished before the uninstall reached it;"
                    + " the resume is not exercised this time (the interruption is best effort), the figures are checked all the same");
            return false;
        }
        assertFalse(server.logLines("Demo data of module " + module + " ").stream().filter(l -> l.contains("cancelled")).toList().isEmpty(),
                "the core cancelled the run of " + module + " that was loading");
        return true;
    }

    /**
     * Once the module's run completed (the core logs it after recording it), another uninstall and
     * install does not run the module's demo data again: the core logs that it completed before.
     */
    private static void assertNotRunAgain(String feature, String module) {
        long deadline = System.nanoTime() + LOAD_WAIT.toNanos();
        while (server.logLines("Demo data of module " + module + " completed in").isEmpty()
                && server.logLines("Demo data of module " + module + " completed before").isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "no completed run of " + module + " logged within " + LOAD_WAIT);
            JicengServer.sleep(200);
        }
        int loads = server.logLines("Demo data of module " + module + " loading").size();
        int skips = server.logLines("Demo data of module " + module + " completed before").size();
        install(uninstall(feature, module), module);
        while (server.logLines("Demo data of module " + module + " completed before").size() == skips) {
            assertTrue(System.nanoTime() < deadline, "the core did not take up the contributor of " + module + " again within " + LOAD_WAIT);
            JicengServer.sleep(200);
        }
        assertEquals(loads, server.logLines("Demo data of module " + module + " loading").size(),
                "a module whose demo data completed is not loaded again after a reinstall");
    }

    /**
     * Which of the county's feature and the module's own were installed (required, as {@code feature:install}
     * records them; a feature installed as another's dependency is not): either brings the module in.
     */
    private static List<String> featuresOf(String feature, String module) {
        String installed = server.shell("feature:list -r");
        return Stream.of(feature, "jiceng-" + module).filter(f -> installed.contains(f + " ")).toList();
    }

    /** Uninstalls whichever features bring the module in and waits until it is gone; returns them. */
    private static List<String> uninstall(String feature, String module) {
        List<String> features = featuresOf(feature, module);
        if (!features.isEmpty()) {
            server.shell("feature:uninstall " + String.join(" ", features));
        }
        // Gone is a module list that answers and no longer names it (the REST application answers 404 for a moment while it is rebuilt).
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (Api.Reply list = api.get("/modules"); list.status() != 200 || list.body().contains("\"" + module + "\""); list = api.get("/modules")) {
            assertTrue(System.nanoTime() < deadline, module + " still listed after uninstalling " + features);
            JicengServer.sleep(200);
        }
        assertTrue(featuresOf(feature, module).isEmpty(), "uninstalled: " + features);
        return features;
    }

    private static void install(List<String> features, String module) {
        server.shell("feature:install " + String.join(" ", features));
        server.waitFor("/api/v1/modules/" + module, Duration.ofSeconds(60));
    }

    /** No demo data run of a module whose id starts with {@code prefix} was started in this server. */
    private static boolean neverLoaded(String prefix) {
        return server.logLines("Demo data of module " + prefix).isEmpty() && server.logLines("Demo data of " + prefix).isEmpty();
    }

    /**
     * First secretaries of 武冈 the module's figures count as sent (not planned, sent since January of
     * last year) who do not serve today: sent and recalled by another test class before this one. The
     * demo tops the county up to 224 serving, so they come on top of its 224 sent.
     */
    private static long sentButNoLongerServing() {
        LocalDate today = LocalDate.now();
        LocalDate since = LocalDate.of(today.getYear() - 1, 1, 1);
        long count = 0;
        for (int page = 0;; page++) {
            JsonNode items = api.get("/assignments?jurisdiction=" + WUGANG + "&role=first-secretary&size=100&page=" + page).json().get("items");
            for (JsonNode a : items) {
                LocalDate start = LocalDate.parse(a.get("startDate").asText());
                LocalDate end = a.hasNonNull("endDate") ? LocalDate.parse(a.get("endDate").asText()) : null;
                boolean sent = !"PLANNED".equals(a.get("status").asText()) && !start.isBefore(since);
                boolean serving = "ACTIVE".equals(a.get("status").asText()) && !start.isAfter(today) && (end == null || !end.isBefore(today));
                count += sent && !serving ? 1 : 0;
            }
            if (items.size() < 100) {
                return count;
            }
        }
    }

    /** Reads {@code path} until {@code done} holds or the load wait is over; returns the last reading. */
    private static JsonNode poll(String path, Predicate<JsonNode> done) {
        long deadline = System.nanoTime() + LOAD_WAIT.toNanos();
        JsonNode last = api.get(path).json();
        while (!done.test(last) && System.nanoTime() < deadline) {
            JicengServer.sleep(1000);
            last = api.get(path).json();
        }
        return last;
    }
}
