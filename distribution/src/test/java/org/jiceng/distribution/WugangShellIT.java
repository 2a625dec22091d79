package org.jiceng.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 武冈's shell commands (scope {@code wugang}) and the first secretaries' inbox. The seven modules are
 * installed at runtime unless another test did so already, enabled for 武冈, and their demo awaited;
 * each command's output then carries the figures the module's REST answers for the same question at
 * the same moment (other tests may have added records, so the REST answer is the reference, the
 * seed's figures a floor where no other test can lower them). A command for 兴宁 (441481) is refused with the module-not-enabled
 * wording. The inbox lists the owed weekly reports, last month's unexplained presence shortfalls and
 * the eliminations awaiting a decision, and drops an item once its record is in.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WugangShellIT {
    private static final String COUNTY = "430581";
    private static final String OTHER = "441481";
    private static final String FIRST_SECRETARIES = "wugang-first-secretaries";
    private static final List<String> MODULES = List.of(FIRST_SECRETARIES, "wugang-two-creations", "wugang-good-cadres",
            "wugang-village-cadre-appraisal",
            "wugang-standing-delegates", "wugang-service-day", "wugang-pledges-reports");
    private static final int DEMO_YEAR = LocalDate.now().getYear() - 1;
    private static final YearMonth LAST_MONTH = YearMonth.now().minusMonths(1);

    private static JicengServer server;
    private static Api api;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    private static String base(String module) {
        return "/jurisdictions/" + COUNTY + "/" + module;
    }

    @Test
    @Order(1)
    void modulesInstalledEnabledFor武冈AndTheirDemoLoaded() {
        String installed = server.shell("feature:list -i");
        for (String module : MODULES) {
            if (!installed.contains("jiceng-" + module + " ")) {
                server.shell("feature:install jiceng-" + module);
            }
        }
        for (String module : MODULES) {
            server.waitFor("/api/v1/modules/" + module, Duration.ofSeconds(60));
            int enabled = api.put("/modules/" + module + "/jurisdictions/" + COUNTY, "").status();
            assertTrue(enabled == 201 || enabled == 200, module + " enabled: " + enabled);
        }
        // Ready means no demo is still loading, so REST and the shell read the same records. Another test may have uninstalled
        // the county's modules while a demo ran (a demo cut short is not resumed): the REST answer is the reference, and
        // this test waits only for each module's demo records to be there.
        eventually("224 first secretaries serving and last month ranked", () -> {
            JsonNode f = api.get(base(FIRST_SECRETARIES) + "/figures").json();
            return f.path("serving").asLong() >= 224
                    && api.get(base(FIRST_SECRETARIES) + "/rankings/" + LAST_MONTH + "?size=1").json().path("total").asLong() > 0;
        });
        eventually("two creations' applications",
                () -> api.get(base("wugang-two-creations") + "/figures").json().at("/standardized/applied").asLong() > 0);
        eventually("the good-cadre campaign",
                () -> api.get(base("wugang-good-cadres") + "/campaigns?year=" + DEMO_YEAR).json().path("total").asLong() > 0);
        eventually("the appraisal's cadres", () -> api.get(base("wugang-village-cadre-appraisal") + "/years/" + DEMO_YEAR + "/figures").json()
                .path("cadres").asLong() > 0);
        eventually("the delegates",
                () -> api.get(base("wugang-standing-delegates") + "/figures?year=" + DEMO_YEAR).json().path("delegates").asLong() > 0);
        eventually("the reporting rounds", () -> api.get(base("wugang-pledges-reports") + "/rounds/figures?year=" + DEMO_YEAR).json().size() > 0);
        eventually("the service days", () -> api.get(base("wugang-service-day") + "/figures").json().at("/total/serviceDays").asLong() > 0);
        eventually("the server ready", () -> api.anonymous().get("/health/ready").status() == 200);
        // A module installed into a running server loads its demo in the background (readiness does not wait for it): the
        // figures must stand still before the shell and REST are compared.
        settled(List.of(base(FIRST_SECRETARIES) + "/figures", base(FIRST_SECRETARIES) + "/rankings/" + LAST_MONTH + "?size=1",
                base("wugang-two-creations") + "/figures", base("wugang-good-cadres") + "/campaigns?year=" + DEMO_YEAR,
                base("wugang-village-cadre-appraisal") + "/years/" + DEMO_YEAR + "/figures",
                base("wugang-standing-delegates") + "/figures?year=" + DEMO_YEAR,
                base("wugang-service-day") + "/figures", base("wugang-pledges-reports") + "/rounds/figures?year=" + DEMO_YEAR,
                base("wugang-pledges-reports") + "/pledges/cascade?year=" + DEMO_YEAR));
    }

    @Test
    @Order(2)
    void firstSecretariesShowsTheRestsFiguresRankingAndFlags() {
        String b = base(FIRST_SECRETARIES);
        JsonNode f = api.get(b + "/figures").json();
        JsonNode ranking = api.get(b + "/rankings/" + LAST_MONTH + "?size=1&sort=rank").json();
        JsonNode first = ranking.at("/items/0");
        long shortfalls = api.get(b + "/presence?month=" + LAST_MONTH + "&shortfall=true&size=1").json().get("total").asLong();
        long flagged = api.get(b + "/rankings/" + LAST_MONTH + "?lastThreeMonths=true&size=1").json().get("total").asLong();
        String out = server.shell("wugang:first-secretaries " + COUNTY + " " + LAST_MONTH);
        System.out.println(out);
        assertTrue(f.get("sent").asLong() >= 224 && f.get("serving").asLong() >= 224, "去年以来共下派224人: " + f);
        assertTrue(out
                .contains(", serving " + f.get("serving").asLong() + ", on post " + f.get("onPost").asLong() + " (" + f.get("onPostPercent").asText()
                        + "%)"),
                out);
        assertTrue(out.contains("since " + f.get("sentSince").asText() + "  " + f.get("sent").asLong() + ","), out);
        assertTrue(out.contains("proposed " + f.get("eliminationsProposed").asLong() + ", replaced " + f.get("eliminationsReplaced").asLong()), out);
        assertTrue(out.contains("ranked            " + ranking.get("total").asLong() + "\n"), out);
        assertTrue(lineWith(out, first.get("memberName").asText(), String.format("%.1f", first.get("total").asDouble()), first.get("grade").asText()),
                "the first of the ranking " + first + " in " + out);
        assertTrue(out.contains("presence short    " + shortfalls + " "), shortfalls + " short in " + out);
        assertTrue(out.contains("last 3 in a row   " + flagged + "\n"), flagged + " flagged in " + out);
        assertNotEnabled("wugang:first-secretaries " + OTHER + " " + LAST_MONTH, FIRST_SECRETARIES);
    }

    @Test
    @Order(3)
    void firstSecretariesRankComputesAMonthLikeTheRestAndRefusesTheRunningOne() {
        String b = base(FIRST_SECRETARIES);
        // Everyone sent during the month is ranked: a secretary another test sent since the demo's compute counts now.
        String out = server.shell("wugang:first-secretaries-rank " + COUNTY + " " + LAST_MONTH);
        JsonNode after = api.get(b + "/rankings/" + LAST_MONTH + "?size=500&sort=rank,subjectId").json();
        assertTrue(after.get("total").asLong() >= 224, after.toString());
        assertTrue(out.contains("Ranking of " + LAST_MONTH + " computed for " + COUNTY + ": " + after.get("total").asLong() + " ranked"), out);
        JsonNode rest = api.post(b + "/rankings/" + LAST_MONTH + "/compute", "").json();
        assertEquals(after.get("total").asLong(), rest.size(), "REST's compute ranks as many");
        assertEquals(after, api.get(b + "/rankings/" + LAST_MONTH + "?size=500&sort=rank,subjectId").json(),
                "computed again from the same records, the month ranks the same");
        String running = server.shell("wugang:first-secretaries-rank " + COUNTY + " " + YearMonth.now());
        assertTrue(running.contains("is computed once the month is over"), running);
        String township = server.shell("wugang:first-secretaries-rank " + after.at("/items/0/township").asText() + " " + LAST_MONTH);
        assertTrue(township.contains("computed for the whole county (" + COUNTY + ")"), township);
        assertNotEnabled("wugang:first-secretaries-rank " + OTHER + " " + LAST_MONTH, FIRST_SECRETARIES);
    }

    @Test
    @Order(4)
    void twoCreationsShowsThePassRateAndModelBranches() {
        JsonNode f = api.get(base("wugang-two-creations") + "/figures").json();
        String out = server.shell("wugang:two-creations " + COUNTY);
        System.out.println(out);
        assertTrue(out.contains("pass rate      " + f.get("passPercent").asText() + "%"), out);
        assertTrue(out.contains("standardized " + f.get("standardizedBranches").asLong() + ", model " + f.get("modelBranches").asLong() + "\n"), out);
        assertTrue(
                lineWith(out, "standardized ", " " + f.at("/standardized/applied").asLong() + " ",
                        " " + f.at("/standardized/accepted").asLong() + " "),
                out);
        assertTrue(server.shell("wugang:two-creations " + COUNTY + " " + DEMO_YEAR).contains("两个创建 " + COUNTY + " " + DEMO_YEAR));
        assertNotEnabled("wugang:two-creations " + OTHER, "wugang-two-creations");
    }

    @Test
    @Order(5)
    void goodCadresShowsChannelsRoundsAndApproved() {
        String b = base("wugang-good-cadres");
        long campaign = api.get(b + "/campaigns?year=" + DEMO_YEAR).json().at("/items/0/id").asLong();
        JsonNode f = api.get(b + "/campaigns/" + campaign + "/figures").json();
        String out = server.shell("wugang:good-cadres " + COUNTY + " " + DEMO_YEAR);
        System.out.println(out);
        long nominations = f.get("nominations").asLong();
        assertTrue(nominations > 0, f.toString());
        assertTrue(out.contains("nominated      " + nominations + " (unit " + f.get("unitNominations").asLong() + ", individual "
                + f.get("individualNominations").asLong() + ", public " + f.get("publicNominations").asLong() + ", self "
                + f.get("selfNominations").asLong()
                + ")"), out);
        long remaining = nominations - f.get("eliminatedFirstReview").asLong();
        assertTrue(lineWith(out, "first review", "eliminated " + pad(f.get("eliminatedFirstReview").asLong()), "remaining " + pad(remaining)), out);
        long atApproval = f.get("approved").asLong() + f.get("inReview").asLong();
        assertTrue(lineWith(out, "approval", "eliminated " + pad(f.get("eliminatedApproval").asLong()), "remaining " + pad(atApproval)),
                "approved and in review remain after 审定: " + out);
        assertTrue(out.contains("approved       " + f.get("approved").asLong() + ", in review " + f.get("inReview").asLong()), out);
        assertTrue(out.contains("eliminated     " + f.get("eliminated").asLong() + " (" + f.get("eliminatedPercent").asText() + "%)"), out);
        assertNotEnabled("wugang:good-cadres " + OTHER + " " + DEMO_YEAR, "wugang-good-cadres");
    }

    @Test
    @Order(6)
    void villageAppraisalShowsTheStateGradesAndSubsidyAndComputeKeepsAPaidYear() {
        JsonNode f = api.get(base("wugang-village-cadre-appraisal") + "/years/" + DEMO_YEAR + "/figures").json();
        String out = server.shell("wugang:village-appraisal " + COUNTY + " " + DEMO_YEAR);
        System.out.println(out);
        assertTrue(out.contains("state          " + f.get("state").asText() + "\n"), out);
        assertTrue(out.contains("cadres         " + f.get("cadres").asLong() + ", appraised " + f.get("appraised").asLong()), out);
        assertTrue(
                out.contains("优秀 " + f.get("excellent").asLong() + " (" + f.get("excellentPercent").asText() + "%), 称职 " + f.get("competent").asLong()
                        + ", 基本称职 " + f.get("basicallyCompetent").asLong() + ", 不称职 " + f.get("incompetent").asLong()),
                out);
        Matcher subsidy = Pattern.compile("subsidy total  (\\S+) yuan").matcher(out);
        assertTrue(subsidy.find(), out);
        assertEquals(0, new BigDecimal(subsidy.group(1)).compareTo(f.get("subsidyTotal").decimalValue()), subsidy.group(1) + " vs " + f);
        String state = f.get("state").asText();
        String compute = server.shell("wugang:village-appraisal-compute " + COUNTY + " " + DEMO_YEAR);
        String after = api.get(base("wugang-village-cadre-appraisal") + "/years/" + DEMO_YEAR).json().get("state").asText();
        if (state.equals("APPROVED") || state.equals("PAID")) {
            assertTrue(compute.contains("The appraisal of " + DEMO_YEAR + " is approved: its results are final"), compute);
            assertEquals(state, after, "an approved year stays as it is");
        } else {
            // A demo cut short by another test: the compute runs (or names the rule that stops it) as over REST.
            assertTrue(compute.contains("Appraisal " + DEMO_YEAR + " of " + COUNTY + " computed on ") && after.equals("COMPUTED")
                    || compute.contains("Error"), compute);
        }
        assertNotEnabled("wugang:village-appraisal " + OTHER + " " + DEMO_YEAR, "wugang-village-cadre-appraisal");
        assertNotEnabled("wugang:village-appraisal-compute " + OTHER + " " + DEMO_YEAR, "wugang-village-cadre-appraisal");
    }

    @Test
    @Order(7)
    void standingDelegatesShowsDelegatesStudiosProposalsAndEvaluations() {
        JsonNode f = api.get(base("wugang-standing-delegates") + "/figures?year=" + DEMO_YEAR).json();
        String out = server.shell("wugang:standing-delegates " + COUNTY + " " + DEMO_YEAR);
        System.out.println(out);
        assertTrue(out.contains("delegates      " + f.get("delegates").asLong() + " serving"), out);
        assertTrue(out.contains("studios " + f.get("studios").asLong() + "\n"), out);
        assertTrue(out.contains("households " + f.get("householdsCovered").asLong() + "\n"), out);
        assertTrue(out.contains(f.get("proposalsHandled").asLong() + " answered (" + f.get("handledPercent").asText() + "%)"), out);
        assertTrue(out.contains("evaluations    " + f.get("evaluated").asLong() + ": 优秀 " + f.get("excellent").asLong() + ", 称职 "
                + f.get("competent").asLong() + ", 基本称职 " + f.get("basicallyCompetent").asLong() + ", 不称职 " + f.get("incompetent").asLong()), out);
        assertNotEnabled("wugang:standing-delegates " + OTHER + " " + DEMO_YEAR, "wugang-standing-delegates");
    }

    @Test
    @Order(8)
    void serviceDayShowsDaysApplicationsOnTimeAndSatisfaction() {
        // The demo holds the last six Mondays: this year's figures, 1 January to today, as REST's default window.
        JsonNode t = api.get(base("wugang-service-day") + "/figures").json().get("total");
        String out = server.shell("wugang:service-day " + COUNTY);
        System.out.println(out);
        assertTrue(t.get("serviceDays").asLong() > 0 && t.get("applications").asLong() > 0, t.toString());
        List<String> total = tokens(out, "total");
        assertEquals(
                List.of("total", t.get("serviceDays").asText(), t.get("applications").asText(), t.get("done").asText(), t.get("overdue").asText(),
                        t.get("open").asText(), t.get("onTimePercent").asText() + "%", t.get("satisfactionPercent").asText() + "%"),
                total, out);
        LocalDate today = LocalDate.now();
        String window = "?from=" + today.minusWeeks(2) + "&to=" + today;
        JsonNode recent = api.get(base("wugang-service-day") + "/figures" + window).json().get("total");
        List<String> recentTotal = tokens(server.shell("wugang:service-day " + COUNTY + " " + today.minusWeeks(2) + " " + today), "total");
        assertEquals(List.of(recent.get("serviceDays").asText(), recent.get("applications").asText()), recentTotal.subList(1, 3),
                "a window given: the same window as over REST");
        assertTrue(recent.get("applications").asLong() < t.get("applications").asLong(), "two weeks hold fewer than the year: " + recent);
        assertTrue(server.shell("wugang:service-day " + COUNTY + " 2026-13-01").contains("must be a date written yyyy-MM-dd"));
        assertNotEnabled("wugang:service-day " + OTHER, "wugang-service-day");
    }

    @Test
    @Order(9)
    void dutyReportsShowsTheRoundsAndThePledgeCascade() {
        String b = base("wugang-pledges-reports");
        JsonNode rounds = api.get(b + "/rounds/figures?year=" + DEMO_YEAR).json();
        JsonNode cascade = api.get(b + "/pledges/cascade?year=" + DEMO_YEAR).json();
        String out = server.shell("wugang:duty-reports " + COUNTY + " " + DEMO_YEAR);
        System.out.println(out);
        assertEquals(2, rounds.size(), rounds.toString());
        for (JsonNode r : rounds) {
            List<String> line = tokens(out, r.get("period").asText());
            assertEquals(List.of(r.get("period").asText(), r.get("status").asText(), r.get("expected").asText(), r.get("submitted").asText(),
                    r.get("overdue").asText(), r.get("evaluated").asText(),
                    r.get("gradedExcellent").asText() + "/" + r.get("gradedGood").asText() + "/"
                            + r.get("gradedFair").asText() + "/" + r.get("gradedPoor").asText(),
                    "(" + r.get("excellentPercent").asText() + "%)"),
                    line.subList(0, 8), out);
        }
        assertTrue(cascade.get("levels").size() >= 2, cascade.toString());
        for (JsonNode l : cascade.get("levels")) {
            assertTrue(out
                    .contains("pledges " + String.format("%-8s", l.get("level").asText()) + " jurisdictions " + pad(l.get("jurisdictions").asLong())
                            + ", pledged " + pad(l.get("pledged").asLong()) + ", signed " + pad(l.get("signed").asLong())),
                    l + " in " + out);
        }
        assertNotEnabled("wugang:duty-reports " + OTHER + " " + DEMO_YEAR, "wugang-pledges-reports");
    }

    @Test
    @Order(10)
    void firstSecretariesInboxListsOwedReportsUnexplainedShortfallsAndEliminations() {
        String b = base(FIRST_SECRETARIES);
        LocalDate monday = LocalDate.now().with(java.time.DayOfWeek.MONDAY);
        String thisWeek = String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        List<JsonNode> items = firstSecretaryItems(COUNTY);

        // This week's reports: the demo submitted none, so every serving secretary owes one, due next Monday (one grace day).
        List<JsonNode> weekly = items.stream().filter(i -> i.get("kind").asText().equals("first-secretary-weekly-report")
                && i.get("id").asText().endsWith("/" + thisWeek)).toList();
        long due = api.get(b + "/weekly-reports?week=" + thisWeek + "&state=DUE&size=1").json().get("total").asLong();
        assertTrue(due >= 224, "the seed's 224 owe this week's report: " + due);
        assertEquals(due, weekly.size(), "one item per secretary owing " + thisWeek);
        JsonNode owed = weekly.get(0);
        assertEquals(monday.plusDays(7).toString(), owed.get("dueDate").asText(), owed.toString());
        assertFalse(owed.get("overdue").asBoolean());
        long secretary = Long.parseLong(owed.get("id").asText().split("/")[0]);
        assertEquals("/jurisdictions/" + COUNTY + "/" + FIRST_SECRETARIES + "/secretaries/" + secretary + "/weekly-reports",
                owed.get("path").asText());
        assertEquals(200, api.get(owed.get("path").asText()).status(), "the item's path shows the record");
        int submitted = api.post(b + "/secretaries/" + secretary + "/weekly-reports", Api.object().put("week", thisWeek).put("summary", "本周走访农户12户。"))
                .status();
        assertEquals(201, submitted);
        assertFalse(ids(firstSecretaryItems(COUNTY), "first-secretary-weekly-report").contains(secretary + "/" + thisWeek),
                "submitted: no longer owed");

        // Last month's shortfalls: each one listed until a day away from the village carries its reason.
        JsonNode shortfalls = api.get(b + "/presence?month=" + LAST_MONTH + "&shortfall=true&size=500").json();
        assertTrue(shortfalls.get("total").asLong() > 0, "the demo leaves about one secretary in twelve short: " + shortfalls);
        Set<String> shortIds = ids(items, "first-secretary-presence-shortfall");
        JsonNode shortRow = shortfalls.at("/items/0");
        long shortSecretary = shortRow.get("assignmentId").asLong();
        assertTrue(shortIds.contains(shortSecretary + "/" + LAST_MONTH), shortfalls.at("/items/0") + " in " + shortIds);
        assertTrue(shortIds.size() <= shortfalls.get("total").asLong(), "only shortfalls are listed");
        JsonNode shortItem = items.stream().filter(i -> i.get("id").asText().equals(shortSecretary + "/" + LAST_MONTH)).findFirst().orElseThrow();
        assertEquals(LAST_MONTH.atEndOfMonth().toString(), shortItem.get("dueDate").asText());
        assertTrue(shortItem.get("overdue").asBoolean());
        assertEquals(200, api.get(shortItem.get("path").asText()).status(), shortItem.toString());
        Set<String> logged = new HashSet<>();
        api.get(b + "/secretaries/" + shortSecretary + "/presence?month=" + LAST_MONTH).json().get("logs")
                .forEach(l -> logged.add(l.get("date").asText()));
        LocalDate away = LAST_MONTH.atDay(1);
        while (logged.contains(away.toString())) {
            away = away.plusDays(1);
        }
        int explained = api
                .post(b + "/secretaries/" + shortSecretary + "/presence", Api.object().put("date", away.toString()).put("dayInVillage", false)
                        .put("nightInVillage", false).put("note", "县委党校集中培训"))
                .status();
        assertEquals(201, explained);
        assertFalse(ids(firstSecretaryItems(COUNTY), "first-secretary-presence-shortfall").contains(shortSecretary + "/" + LAST_MONTH),
                "explained: no longer listed");

        // Eliminations awaiting the county's decision: each proposal listed.
        Set<String> proposed = new HashSet<>();
        api.get(b + "/eliminations?state=PROPOSED&size=500").json().get("items").forEach(e -> proposed.add(e.get("id").asText()));
        assertEquals(proposed, ids(items, "first-secretary-elimination"), "every proposal and nothing else");

        for (JsonNode i : items) {
            assertTrue(i.get("jurisdictionCode").asText().startsWith(COUNTY), i.toString());
        }
        assertTrue(firstSecretaryItems(OTHER).isEmpty(), "no first-secretary items for 兴宁");
    }

    // ---- helpers

    private static List<JsonNode> firstSecretaryItems(String code) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode item : api.get("/inbox?jurisdiction=" + code + "&withinDays=7").json()) {
            if (FIRST_SECRETARIES.equals(item.get("source").asText())) {
                out.add(item);
            }
        }
        return out;
    }

    private static Set<String> ids(List<JsonNode> items, String kind) {
        Set<String> out = new HashSet<>();
        items.stream().filter(i -> i.get("kind").asText().equals(kind)).forEach(i -> out.add(i.get("id").asText()));
        return out;
    }

    private static void assertNotEnabled(String command, String module) {
        String out = server.shell(command);
        assertTrue(out.contains("Module '" + module + "' is not enabled for jurisdiction '" + OTHER + "'"), command + ": " + out);
    }

    /** Whether one line of the output holds every part. */
    private static boolean lineWith(String out, String... parts) {
        for (String line : out.split("\\R")) {
            boolean all = true;
            for (String p : parts) {
                all &= line.contains(p);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The whitespace-separated words of the first line that begins (after spaces) with {@code first}. */
    private static List<String> tokens(String out, String first) {
        for (String line : out.split("\\R")) {
            List<String> words = List.of(line.trim().split("\\s+"));
            if (words.get(0).equals(first)) {
                return words;
            }
        }
        throw new AssertionError("no line beginning with " + first + " in " + out);
    }

    private static String pad(long n) {
        return String.format("%4d", n);
    }

    /** Waits until every answer is the same twice, five seconds apart. */
    private static void settled(List<String> paths) {
        List<String> last = new ArrayList<>();
        eventually("the demos settled", () -> {
            List<String> now = new ArrayList<>();
            paths.forEach(p -> now.add(api.get(p).body()));
            boolean same = now.equals(last);
            last.clear();
            last.addAll(now);
            if (!same) {
                JicengServer.sleep(4000);
            }
            return same;
        });
    }

    private static void eventually(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 300 s: " + what);
            }
            JicengServer.sleep(1000);
        }
    }
}
