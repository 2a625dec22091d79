package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * 武冈's first-secretary module: installed at runtime and enabled for 武冈 only; the demo reproduces
 * the seed's 224 secretaries, 100% on post (REST and SOAP); then, on secretaries this test sends in
 * 2024 (a year no demo secretary served, so the test owns that year's ranking): presence short of
 * 22 days and 12 nights flagged, late and missing weekly reports, rule refusals named, and the last
 * of a township three months in a row with a poor total proposed, approved by a county operator and
 * replaced in the core. Other counties get 404; uninstall and reinstall keep every record.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WugangFirstSecretariesIT {
    private static final String MODULE = "wugang-first-secretaries";
    private static final String COUNTY = "430581";
    private static final String BASE = "/jurisdictions/" + COUNTY + "/" + MODULE;
    private static final String NS = "http://jiceng.org/soap/wugang-first-secretaries";
    private static final String OPERATOR = "wfs-it-operator";
    private static final String VIEWER = "wfs-it-viewer";
    private static final String PASSWORD = "initial-pass-1";

    private static JicengServer server;
    private static Api api;
    private static String township;
    private static String village;
    private static String otherTownVillage;
    private static long[] people;
    /** Secretaries of 2024 in one township: the good, the middling and the last. */
    private static long good;
    private static long middling;
    private static long last;
    /** A secretary serving today (in another township), for reports on time. */
    private static long current;
    private static long elimination;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    @Order(1)
    void installedAtRuntimeAndEnabledFor武冈Only() {
        String installed = server.shell("feature:list -i");
        if (!installed.contains("jiceng-" + MODULE + " ")) {
            assertProblem(api.get(BASE + "/figures"), 404);
            server.shell("feature:install jiceng-county-wugang");
        }
        server.waitFor("/api/v1/modules/" + MODULE, Duration.ofSeconds(60));
        JsonNode module = api.get("/modules/" + MODULE).json();
        assertEquals(COUNTY, module.get("originJurisdiction").asText());
        assertEquals("第一书记管理", module.get("nameZh").asText());
        assertEquals("ACTIVE", module.get("bundleState").asText());
        if (!module.toString().contains("\"" + COUNTY + "\"")) {
            assertTrue(assertProblem(api.get(BASE + "/figures"), 404).get("detail").asText().contains("not enabled"));
        }
        int enabled = api.put("/modules/" + MODULE + "/jurisdictions/" + COUNTY, "").status();
        assertTrue(enabled == 201 || enabled == 200, "enabled: " + enabled);
        server.waitFor("/api/v1" + BASE + "/figures", Duration.ofSeconds(30));
        for (String other : new String[]{"441481", "360823", "110113"}) {
            JsonNode p = assertProblem(api.get("/jurisdictions/" + other + "/" + MODULE + "/figures"), 404);
            assertTrue(p.get("detail").asText().contains(other), p.toString());
        }
        assertTrue(api.get("/openapi.json").json().get("paths").has("/jurisdictions/{code}/" + MODULE + "/rankings/{month}"));
    }

    @Test
    @Order(2)
    void demoReproducesTheSeedsFigures() {
        YearMonth lastMonth = YearMonth.now().minusMonths(1);
        JsonNode f = null;
        long ranked = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < deadline) {
            f = api.get(BASE + "/figures").json();
            ranked = api.get(BASE + "/rankings/" + lastMonth + "?size=1").json().get("total").asLong();
            if (f.get("serving").asLong() == 224 && f.get("onPost").asLong() == f.get("serving").asLong() && ranked > 0) {
                break;
            }
            JicengServer.sleep(1000);
        }
        System.out.println("武冈 first secretaries: " + f + ", ranked in " + lastMonth + ": " + ranked);
        // Other tests may send and recall a first secretary in 武冈 before or after the module's demo: 224 serve, at least 224 were sent.
        assertTrue(f.get("sent").asLong() >= 224, f.toString());
        assertEquals(224, f.get("serving").asLong(), f.toString());
        assertEquals(224, f.get("onPost").asLong());
        assertEquals("100.0", f.get("onPostPercent").asText(), "到岗到位率100%");
        // Every secretary serving is ranked in the last month, and one who served in it but was recalled since (another test's) too.
        assertTrue(ranked >= 224, "ranked in the last month: " + ranked);
        JsonNode first = api.get(BASE + "/rankings/" + lastMonth + "?size=1&sort=rank").json().at("/items/0");
        assertEquals(1, first.get("rank").asInt());
        assertTrue(first.get("township").asText().startsWith(COUNTY) && first.get("township").asText().length() == 9,
                "ranked per township: " + first);
        assertTrue(api.get(BASE + "/secretaries?size=1").json().get("total").asLong() >= 224);
        assertTrue(api.get("/assignments?jurisdiction=" + COUNTY + "&role=first-secretary&size=1").json().get("total").asLong() >= 224,
                "the secretaries are the core's assignments");

        JsonNode presence = api.get(BASE + "/presence?month=" + lastMonth + "&size=1").json();
        assertEquals(ranked, presence.get("total").asLong(), "the month's presence lists the secretaries its ranking ranks");
        String week = api.get(BASE + "/secretaries/" + first.get("assignmentId").asLong() + "/weekly-reports").json().get(1).get("week").asText();
        JsonNode states = api.get(BASE + "/weekly-reports?week=" + week + "&size=500").json();
        assertTrue(states.toString().contains("SUBMITTED_ON_TIME"), states.toString());
        assertProblem(api.get(BASE + "/weekly-reports?week=" + week + "&sort=name"), 400);
    }

    @Test
    @Order(3)
    void secretariesOf2024AreTheCoresAssignments() {
        JsonNode towns = api.get("/jurisdictions/" + COUNTY + "/subtree?level=TOWNSHIP&size=50").json().get("items");
        township = towns.get(towns.size() - 1).get("code").asText();
        village = api.get("/jurisdictions/" + township + "/subtree?level=VILLAGE&size=1").json().at("/items/0/code").asText();
        otherTownVillage = api.get("/jurisdictions/" + towns.get(towns.size() - 2).get("code").asText() + "/subtree?level=VILLAGE&size=1").json()
                .at("/items/0/code").asText();
        JsonNode members = api.get("/members?jurisdiction=" + COUNTY + "&size=5&sort=-id").json().get("items");
        people = new long[5];
        for (int i = 0; i < 5; i++) {
            people[i] = members.get(i).get("id").asLong();
        }
        good = send(people[0], village, "2024-01-01", "2024-12-31");
        middling = send(people[1], village, "2024-01-01", "2024-12-31");
        last = send(people[2], village, "2024-01-01", "2024-12-31");
        current = send(people[3], otherTownVillage, "2024-01-01", LocalDate.now().plusYears(1).toString());
        JsonNode s = api.get(BASE + "/secretaries/" + last).json();
        assertEquals(people[2], s.get("memberId").asLong());
        assertEquals(township, s.get("township").asText());
        assertProblem(api.get(BASE + "/secretaries/999999999"), 404);
        long notASecretary = api.post("/assignments", assignment(people[4], village, "resident-contact", "2024-01-01", "2024-12-31")).json().get("id")
                .asLong();
        assertProblem(api.get(BASE + "/secretaries/" + notASecretary), 404);
    }

    @Test
    @Order(4)
    void presenceShortOf22DaysOr12NightsIsFlagged() {
        JsonNode outside = assertProblem(api.post(BASE + "/secretaries/" + good + "/presence", day("2023-12-31", true, true)), 422);
        assertEquals("presence-outside-assignment", outside.get("rule").asText());
        JsonNode future = assertProblem(
                api.post(BASE + "/secretaries/" + current + "/presence", day(LocalDate.now().plusDays(1).toString(), true, true)), 400);
        assertEquals("date", future.at("/errors/0/field").asText());
        JsonNode missingFlag = assertProblem(api.post(BASE + "/secretaries/" + good + "/presence", Api.object().put("date", "2024-02-01")), 400);
        assertTrue(missingFlag.toString().contains("dayInVillage"), missingFlag.toString());

        // February 2024: 20 days in the village, 10 of them with the night — short of both.
        long firstLog = 0;
        for (int d = 1; d <= 20; d++) {
            Api.Reply logged = api.post(BASE + "/secretaries/" + good + "/presence", day(String.format("2024-02-%02d", d), true, d <= 10));
            assertEquals(201, logged.status(), logged.toString());
            firstLog = d == 1 ? logged.json().get("id").asLong() : firstLog;
        }
        assertProblem(api.post(BASE + "/secretaries/" + good + "/presence", day("2024-02-01", true, true)), 409);
        ObjectNode stale = day("2024-02-01", true, true).put("version", 99);
        assertProblem(api.put(BASE + "/presence/" + firstLog, stale), 409);

        JsonNode month = api.get(BASE + "/secretaries/" + good + "/presence?month=2024-02").json();
        assertEquals(20, month.get("daysInVillage").asInt(), month.toString());
        assertEquals(10, month.get("nightsInVillage").asInt());
        assertEquals(22, month.get("requiredDays").asInt());
        assertEquals(12, month.get("requiredNights").asInt());
        assertEquals(2, month.get("daysShort").asInt());
        assertEquals(2, month.get("nightsShort").asInt());
        assertTrue(month.get("shortfall").asBoolean());
        assertEquals(20, month.get("logs").size());
        JsonNode flagged = api.get(BASE + "/presence?month=2024-02&shortfall=true&size=500").json();
        assertTrue(flagged.toString().contains("\"assignmentId\":" + good + ","), flagged.toString());
        assertProblem(api.get(BASE + "/presence?month=2024-13"), 400);
    }

    @Test
    @Order(5)
    void weeklyReportsAreOnTimeLateOrMissing() {
        Api.Reply late = api.post(BASE + "/secretaries/" + good + "/weekly-reports", report("week", "2024-W02"));
        assertEquals(201, late.status(), late.toString());
        assertEquals("LATE", late.json().get("state").asText());
        assertProblem(api.post(BASE + "/secretaries/" + good + "/weekly-reports", report("week", "2024-W02")), 409);
        assertEquals("report-period-not-started",
                assertProblem(api.post(BASE + "/secretaries/" + current + "/weekly-reports", report("week", "2099-W01")), 422).get("rule").asText());
        assertEquals("report-outside-assignment",
                assertProblem(api.post(BASE + "/secretaries/" + good + "/weekly-reports", report("week", "2023-W40")), 422).get("rule").asText());
        assertEquals("week", assertProblem(api.post(BASE + "/secretaries/" + good + "/weekly-reports", report("week", "2024-W99")), 400)
                .at("/errors/0/field").asText());

        Map<String, String> states = new HashMap<>();
        for (JsonNode w : api.get(BASE + "/secretaries/" + good + "/weekly-reports?from=2024-01-01").json()) {
            states.put(w.get("week").asText(), w.get("state").asText());
        }
        assertEquals("LATE", states.get("2024-W02"));
        assertEquals("MISSING", states.get("2024-W03"));
        assertEquals("MISSING", states.get("2024-W52"), "owed to the end of the assignment");
        assertFalse(states.containsKey("2025-W02"), "nothing owed after it");

        String thisWeek = String.format("%d-W%02d", LocalDate.now().get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                LocalDate.now().get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        Api.Reply onTime = api.post(BASE + "/secretaries/" + current + "/weekly-reports", report("week", thisWeek));
        assertEquals("SUBMITTED_ON_TIME", onTime.json().get("state").asText(), onTime.toString());
        JsonNode amended = api.put(BASE + "/weekly-reports/" + onTime.json().get("reportId").asLong(),
                Api.object().put("summary", "补充：走访脱贫户12户").put("version", onTime.json().get("version").asLong())).json();
        assertEquals("SUBMITTED_ON_TIME", amended.get("state").asText(), amended.toString());
        assertProblem(api.put(BASE + "/weekly-reports/" + onTime.json().get("reportId").asLong(),
                Api.object().put("summary", "x").put("version", onTime.json().get("version").asLong())), 409);
        JsonNode week = api.get(BASE + "/weekly-reports?week=" + thisWeek + "&state=SUBMITTED_ON_TIME&size=500").json();
        assertTrue(week.toString().contains("\"assignmentId\":" + current + ","), week.toString());

        Api.Reply half = api.post(BASE + "/secretaries/" + good + "/half-year-reports", report("half", "2024-H1"));
        assertEquals(201, half.status(), half.toString());
        assertEquals("LATE", half.json().get("state").asText());
        JsonNode halves = api.get(BASE + "/secretaries/" + good + "/half-year-reports").json();
        assertEquals(2, halves.size(), "two a year");
        assertEquals("2024-H2", halves.get(0).get("half").asText());
        assertEquals("MISSING", halves.get(0).get("state").asText());
    }

    @Test
    @Order(6)
    void lastThreeMonthsInARowWithPoorResultsIsProposedForElimination() {
        assertEquals("ranking-month-not-over",
                assertProblem(api.post(BASE + "/rankings/" + YearMonth.now() + "/compute", ""), 422).get("rule").asText());
        assertEquals("ranking-by-county",
                assertProblem(api.post("/jurisdictions/" + township + "/" + MODULE + "/rankings/2024-01/compute", ""), 422).get("rule").asText());
        for (String month : new String[]{"2024-01", "2024-02", "2024-03"}) {
            ArrayNode scores = Api.JSON.createArrayNode();
            scores.addObject().put("assignmentId", good).put("projects", 9).put("satisfaction", 95).put("partyBuilding", 9);
            scores.addObject().put("assignmentId", middling).put("projects", 7).put("satisfaction", 85).put("partyBuilding", 7);
            scores.addObject().put("assignmentId", last).put("projects", 1).put("satisfaction", 40).put("partyBuilding", 2);
            scores.addObject().put("assignmentId", current).put("projects", 5).put("satisfaction", 80).put("partyBuilding", 5);
            assertEquals(204, api.put(BASE + "/rankings/" + month + "/scores", scores).status());
            JsonNode results = api.post(BASE + "/rankings/" + month + "/compute", "").json();
            JsonNode lastRow = row(results, last);
            assertEquals(3, lastRow.get("groupSize").asInt(), "ranked with its township's secretaries only: " + results);
            assertEquals(3, lastRow.get("rank").asInt());
            assertTrue(lastRow.get("poor").asBoolean());
            assertEquals(month.equals("2024-03"), lastRow.get("lastThreeMonths").asBoolean(), month);
            assertEquals(1, row(results, current).get("groupSize").asInt(), "another township is another ranking");
            int proposals = api.get(BASE + "/eliminations?state=PROPOSED&size=500").body().split("\"assignmentId\":" + last + ",", -1).length - 1;
            assertEquals(month.equals("2024-03") ? 1 : 0, proposals, "proposed once, after the third month: " + month);
        }
        JsonNode feb = row(api.get(BASE + "/rankings/2024-02?size=500").json().get("items"), good);
        assertEquals(20.0, feb.get("daysInVillage").asDouble(), "the engine read the days logged");
        assertEquals(10.0, feb.get("nightsInVillage").asDouble());
        assertEquals(0.0, feb.get("weeklyReportsOnTime").asDouble(), "the W02 report was late");
        JsonNode flagged = api.get(BASE + "/rankings/2024-03?lastThreeMonths=true&size=500").json();
        assertTrue(flagged.toString().contains("\"assignmentId\":" + last + ","), flagged.toString());
        JsonNode tooHigh = assertProblem(api.put(BASE + "/rankings/2024-03/scores",
                Api.JSON.createArrayNode().add(Api.object().put("assignmentId", good).put("satisfaction", 101))), 400);
        assertTrue(tooHigh.toString().contains("satisfaction"), tooHigh.toString());

        JsonNode proposed = api.get(BASE + "/eliminations?state=PROPOSED&size=500").json().get("items");
        JsonNode e = null;
        for (JsonNode p : proposed) {
            e = p.get("assignmentId").asLong() == last ? p : e;
        }
        assertNotNull(e, proposed.toString());
        elimination = e.get("id").asLong();
        assertEquals("2024-03", e.get("month").asText());
        assertEquals(3, e.get("lastPlaceStreak").asInt());
        assertEquals(township, e.get("rankingGroup").asText());
    }

    @Test
    @Order(7)
    void theCountyDecidesAndTheVillageGetsANewSecretary() {
        account(OPERATOR, "operator");
        account(VIEWER, "viewer");
        Api operator = api.withAuthorization(JicengServer.basic(OPERATOR, PASSWORD));
        Api viewer = api.withAuthorization(JicengServer.basic(VIEWER, PASSWORD));
        long version = operator.get(BASE + "/eliminations/" + elimination).json().get("version").asLong();
        assertEquals(403, viewer.put(BASE + "/eliminations/" + elimination + "/decision", decision(true, version)).status(),
                "a viewer does not decide");
        assertEquals("elimination-not-approved", assertProblem(operator.post(BASE + "/eliminations/" + elimination + "/replacement",
                replacement(version)), 422).get("rule").asText());
        assertProblem(operator.put(BASE + "/eliminations/" + elimination + "/decision", decision(true, version + 7)), 409);
        assertEquals("approve",
                assertProblem(operator.put(BASE + "/eliminations/" + elimination + "/decision", Api.object().put("version", version)), 400)
                        .at("/errors/0/field").asText());
        JsonNode approved = operator.put(BASE + "/eliminations/" + elimination + "/decision", decision(true, version)).json();
        assertEquals("APPROVED", approved.get("state").asText(), approved.toString());
        assertEquals(OPERATOR, approved.get("decidedBy").asText());
        assertEquals("elimination-already-decided", assertProblem(operator.put(BASE + "/eliminations/" + elimination + "/decision",
                decision(false, approved.get("version").asLong())), 422).get("rule").asText());

        Api.Reply replaced = operator.post(BASE + "/eliminations/" + elimination + "/replacement", replacement(approved.get("version").asLong()));
        assertEquals(200, replaced.status(), replaced.toString());
        assertEquals("REPLACED", replaced.json().get("state").asText());
        long next = replaced.json().get("replacementAssignmentId").asLong();
        JsonNode old = api.get("/assignments/" + last).json();
        assertEquals("RECALLED", old.get("status").asText(), old.toString());
        assertEquals("2024-03-31", old.get("endDate").asText());
        JsonNode successor = api.get("/assignments/" + next).json();
        assertEquals("first-secretary", successor.get("role").asText());
        assertEquals(village, successor.get("target").asText());
        assertEquals(people[4], successor.get("memberId").asLong());
        assertEquals("2024-04-01", successor.get("startDate").asText());
        assertEquals(people[4], api.get(BASE + "/secretaries/" + next).json().get("memberId").asLong());
        assertEquals("elimination-not-approved", assertProblem(operator.post(BASE + "/eliminations/" + elimination + "/replacement",
                replacement(replaced.json().get("version").asLong())), 422).get("rule").asText(), "replaced once");
        assertEquals(404, api.as("xingning-operator").get(BASE + "/eliminations/" + elimination).status(),
                "another county's account does not see 武冈");
        assertEquals(404, api.as("xiajiang-operator").post(BASE + "/secretaries/" + good + "/presence", day("2024-03-01", true, true)).status());
    }

    @Test
    @Order(8)
    void figuresAndRankingOverSoapAndPdf() {
        JsonNode rest = api.get(BASE + "/figures").json();
        Api.Reply soap = api.soap("FirstSecretaryService", NS,
                "<t:getFigures><t:jurisdictionCode>" + COUNTY + "</t:jurisdictionCode></t:getFigures>");
        assertEquals(200, soap.status(), soap.toString());
        for (String field : new String[]{"sent", "serving", "onPost", "onPostPercent"}) {
            assertTrue(soap.body().contains("<" + field + ">" + rest.get(field).asText() + "</" + field + ">"), field + " in " + soap.body());
        }
        assertTrue(soap.body().contains("<serving>224</serving>") && soap.body().contains("<onPostPercent>100.0</onPostPercent>"), soap.body());
        Api.Reply ranking = api.soap("FirstSecretaryService", NS, "<t:listRanking><t:jurisdictionCode>" + COUNTY + "</t:jurisdictionCode>"
                + "<t:month>2024-03</t:month></t:listRanking>");
        assertEquals(200, ranking.status(), ranking.toString());
        assertEquals(4, ranking.body().split("<row>", -1).length - 1, ranking.body());
        assertTrue(ranking.body().contains("<assignmentId>" + last + "</assignmentId>"));
        Api.Reply refused = api.soap("FirstSecretaryService", NS, "<t:getFigures><t:jurisdictionCode>441481</t:jurisdictionCode></t:getFigures>");
        assertEquals(500, refused.status(), refused.toString());
        assertTrue(refused.body().contains("not-found") && refused.body().contains("441481"), refused.toString());

        Api.Reply pdf = api.get(BASE + "/documents/rankings/2024-03");
        assertEquals(200, pdf.status(), pdf.toString());
        assertTrue(pdf.contentType().startsWith("application/pdf") && pdf.body().startsWith("%PDF"), pdf.contentType());
    }

    @Test
    @Order(9)
    void uninstallAndReinstallKeepEveryRecord() {
        String before = api.get(BASE + "/eliminations/" + elimination).body();
        String presenceBefore = api.get(BASE + "/secretaries/" + good + "/presence?month=2024-02").body();
        long sentBefore = api.get(BASE + "/figures").json().get("sent").asLong();
        server.shell("feature:uninstall jiceng-county-wugang");
        server.shell("feature:uninstall jiceng-" + MODULE);
        assertTrue(assertProblem(api.get(BASE + "/figures"), 404).get("detail").asText().contains("not installed"));
        server.shell("feature:install jiceng-" + MODULE);
        server.waitFor("/api/v1" + BASE + "/eliminations/" + elimination, Duration.ofSeconds(60));
        assertEquals(before, api.get(BASE + "/eliminations/" + elimination).body());
        assertEquals(presenceBefore, api.get(BASE + "/secretaries/" + good + "/presence?month=2024-02").body());
        assertEquals(sentBefore, api.get(BASE + "/figures").json().get("sent").asLong(), "the demo ran once: nobody more was sent");
    }

    // ---- helpers

    private static long send(long memberId, String villageCode, String start, String end) {
        Api.Reply r = api.post("/assignments", assignment(memberId, villageCode, "first-secretary", start, end));
        assertEquals(201, r.status(), r.toString());
        return r.json().get("id").asLong();
    }

    private static ObjectNode assignment(long memberId, String villageCode, String role, String start, String end) {
        return Api.object().put("memberId", memberId).put("targetType", "JURISDICTION").put("target", villageCode).put("role", role)
                .put("jurisdictionCode", villageCode).put("startDate", start).put("endDate", end).put("dispatchingBody", "中共武冈市委组织部")
                .put("status", "ACTIVE");
    }

    private static ObjectNode day(String date, boolean day, boolean night) {
        return Api.object().put("date", date).put("dayInVillage", day).put("nightInVillage", night);
    }

    private static ObjectNode report(String field, String period) {
        return Api.object().put(field, period).put("summary", "走访农户20户，推进产业项目1个");
    }

    private static ObjectNode decision(boolean approve, long version) {
        return Api.object().put("approve", approve).put("note", "连续3个月末位，群众反响不好").put("version", version);
    }

    private static ObjectNode replacement(long version) {
        return Api.object().put("memberId", people[4]).put("startDate", "2024-04-01").put("version", version);
    }

    private static JsonNode row(JsonNode rows, long assignmentId) {
        for (JsonNode r : rows) {
            if (r.get("assignmentId").asLong() == assignmentId) {
                return r;
            }
        }
        throw new AssertionError("no row for " + assignmentId + " in " + rows);
    }

    private static void account(String username, String role) {
        ObjectNode body = Api.object().put("username", username).put("jurisdictionCode", COUNTY).put("password", PASSWORD);
        body.putArray("roles").add(role);
        Api.Reply r = api.post("/accounts", body);
        assertTrue(r.status() == 201 || r.status() == 409, r.toString());
    }
}
