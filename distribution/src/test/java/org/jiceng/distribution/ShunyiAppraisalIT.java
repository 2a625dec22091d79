package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.jiceng.distribution.CoreRegistryIT.refusedByRule;
import static org.jiceng.distribution.CoreRegistryIT.refusedField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * 顺义's performance appraisal (党建工作绩效考评) and the use of its results: installed at runtime and
 * enabled for 顺义 only; the demo appraises last year's member units and townships on the scoring
 * engine, computes the year and records the measures of each grade. This test reads the grades and
 * decisions back over REST, SOAP and the workbook, then runs a year of its own (a year to come, so no
 * demo year is touched): units named, scores entered and re-ranked at once, the year refused until
 * every unit is scored, computed, and measures refused unless they follow the unit's grade. Every
 * record is kept over an uninstall and reinstall; other districts get 404.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShunyiAppraisalIT {
    private static final String MODULE = "shunyi-appraisal";
    private static final String DISTRICT = "110113";
    private static final String BASE = "/jurisdictions/" + DISTRICT + "/" + MODULE;
    private static final String NS = "http://jiceng.org/soap/shunyi-appraisal";
    private static final int DEMO_YEAR = LocalDate.now().getYear() - 1;

    private static JicengServer server;
    private static Api api;
    private static String township;
    private static long weak;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    @Order(1)
    void installedAtRuntimeAndEnabledFor顺义Only() {
        ModuleInstall.installAndEnable(server, api, MODULE, DISTRICT, "党建工作绩效考评", "/years");
        ModuleInstall.refusedIn(api, MODULE, "/years", "441481", "430581");
        township = ModuleInstall.firstTownship(api, DISTRICT);
    }

    @Test
    @Order(2)
    void theDemoYearIsRankedGradedAndItsResultsUsedPerGrade() {
        JsonNode f = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            Api.Reply r = api.get(BASE + "/figures?year=" + DEMO_YEAR);
            f = r.status() == 200 ? r.json() : null;
            if (f != null && "COMPUTED".equals(f.get("state").asText()) && f.get("decisions").asLong() >= f.get("units").asLong()) {
                break;
            }
            JicengServer.sleep(500);
        }
        System.out.println("顺义 appraisal " + DEMO_YEAR + ": " + f);
        assertEquals("COMPUTED", f.get("state").asText(), String.valueOf(f));
        long units = f.get("units").asLong();
        assertTrue(units >= 27, "the leading group's 27 member units and the townships: " + units);
        assertEquals(units, f.get("unitsScored").asLong());
        JsonNode g = f.get("grades");
        assertEquals(units, g.get("优").asLong() + g.get("良").asLong() + g.get("中").asLong() + g.get("差").asLong(), g.toString());
        assertTrue(g.get("优").asLong() > 0 && g.get("差").asLong() > 0, "every grade is given: " + g);
        JsonNode d = f.get("decisionsPerGrade");
        assertEquals(2 * g.get("优").asLong(), d.get("优").asLong(), "优: training and a larger excellent quota");
        assertEquals(g.get("良").asLong(), d.get("良").asLong(), "良: a reminder");
        assertEquals(2 * g.get("中").asLong(), d.get("中").asLong(), "中: an admonishing talk and honours withdrawn");
        assertEquals(g.get("差").asLong(), d.get("差").asLong(), "差: reassignment");
        assertEquals(g.get("差").asLong(), f.at("/measures/REASSIGNMENT").asLong());
        assertEquals(5, f.get("indicators").size(), "the analysis covers the table's five indicators");

        JsonNode ranking = api.get(BASE + "/units?year=" + DEMO_YEAR + "&size=200").json();
        assertEquals(units, ranking.get("total").asLong());
        double previous = Double.MAX_VALUE;
        for (JsonNode u : ranking.get("items")) {
            assertTrue(u.get("total").asDouble() <= previous, "by rank: " + u);
            previous = u.get("total").asDouble();
            String expected = previous >= 90 ? "优" : previous >= 80 ? "良" : previous >= 60 ? "中" : "差";
            assertEquals(expected, u.get("grade").asText(), u.toString());
        }
        assertEquals(1, ranking.at("/items/0/rank").asInt());
        assertTrue(api.get("/jurisdictions/" + township + "/" + MODULE + "/units?year=" + DEMO_YEAR).json().get("total").asLong() >= 1,
                "a township sees its own unit");

        server.waitFor("/services/AppraisalService?wsdl", Duration.ofSeconds(60));
        Api.Reply soap = api.soap("AppraisalService", NS,
                "<t:getFigures><t:jurisdictionCode>" + DISTRICT + "</t:jurisdictionCode><t:year>" + DEMO_YEAR + "</t:year></t:getFigures>");
        assertEquals(200, soap.status(), soap.toString());
        assertTrue(soap.body().contains("units>" + units + "</") && soap.body().contains("COMPUTED"), soap.body());
    }

    @Test
    @Order(3)
    void aYearIsScoredComputedOnceCompleteAndItsResultsUsedByGrade() {
        int year = LocalDate.now().getYear() + 1 + (int) (System.nanoTime() % 50);
        assertEquals("appraisal-kept-by-county", refusedByRule(api.post("/jurisdictions/" + township + "/" + MODULE + "/years",
                Api.object().put("year", year))));
        Api.Reply opened = api.post(BASE + "/years", Api.object().put("year", year));
        assertEquals(201, opened.status(), opened.toString());
        assertEquals("appraisal-year-opened", refusedByRule(api.post(BASE + "/years", Api.object().put("year", year))));

        String units = BASE + "/years/" + year + "/units";
        JsonNode strong = api.post(units, Api.object().put("name", "测试单位甲").put("kind", "MEMBER_UNIT").put("jurisdictionCode", DISTRICT)
                .put("principalName", "甲负责人")).json();
        JsonNode weakUnit = api.post(units, Api.object().put("name", "测试镇党委").put("kind", "TOWNSHIP").put("jurisdictionCode", township)
                .put("principalName", "乙负责人")).json();
        weak = weakUnit.get("id").asLong();
        assertEquals("name",
                refusedField(api.post(units, Api.object().put("name", "测试单位甲").put("kind", "MEMBER_UNIT").put("jurisdictionCode", DISTRICT)
                        .put("principalName", "丙"))));
        assertEquals("jurisdictionCode",
                refusedField(api.post(units, Api.object().put("name", "外县").put("kind", "MEMBER_UNIT").put("jurisdictionCode", "441481")
                        .put("principalName", "丙"))));

        String strongScores = BASE + "/units/" + strong.get("id").asLong() + "/scores";
        assertEquals("scores.organizational", refusedField(api.put(strongScores, scores(19, 30.5, 20, 15, 15, strong.get("version").asLong()))));
        assertEquals("scores.unknown", refusedField(api.put(strongScores, Api.object().put("version", strong.get("version").asLong())
                .set("scores", Api.object().put("unknown", 1)))));
        JsonNode partly = api
                .put(strongScores, Api.object().put("version", strong.get("version").asLong()).set("scores", Api.object().put("ideological", 19)))
                .json();
        assertEquals(1, partly.get("scored").asInt(), partly.toString());
        assertEquals(1, partly.get("rank").asInt(), "ranked at once");
        assertProblem(api.put(strongScores, scores(19, 29, 19, 14, 14, strong.get("version").asLong())), 409);
        JsonNode scored = api.put(strongScores, scores(19, 29, 19, 14, 14, partly.get("version").asLong())).json();
        assertEquals(95.0, scored.get("total").asDouble(), scored.toString());

        String computation = BASE + "/years/" + year + "/computation";
        long yearVersion = api.get(BASE + "/years/" + year).json().get("version").asLong();
        String incomplete = assertProblem(api.put(computation, Api.object().put("version", yearVersion)), 422).get("detail").asText();
        assertTrue(incomplete.contains("测试镇党委") && !incomplete.contains("测试单位甲"), incomplete);
        assertEquals("results-not-computed", refusedByRule(api.post(BASE + "/decisions", Api.object().put("unitId", strong.get("id").asLong())
                .put("measure", "PROMOTION").put("personName", "甲负责人").put("decidedOn", LocalDate.now().toString()))));

        JsonNode weakScored = api.put(BASE + "/units/" + weak + "/scores", scores(10, 15, 10, 8, 7, weakUnit.get("version").asLong())).json();
        assertEquals("差", weakScored.get("grade").asText(), weakScored.toString());
        JsonNode computed = api.put(computation, Api.object().put("version", yearVersion)).json();
        assertEquals("COMPUTED", computed.get("state").asText(), computed.toString());
        assertEquals(2, computed.get("unitsScored").asLong());
        assertEquals("appraisal-computed", refusedByRule(api.put(BASE + "/units/" + weak + "/scores",
                scores(20, 30, 20, 15, 15, weakScored.get("version").asLong()))));

        ObjectNode promotion = Api.object().put("unitId", weak).put("measure", "PROMOTION").put("personName", "乙负责人").put("decidedOn",
                LocalDate.now().toString());
        assertEquals("measure-not-for-grade", refusedByRule(api.post(BASE + "/decisions", promotion)));
        assertEquals("personName",
                refusedField(api.post(BASE + "/decisions", promotion.deepCopy().put("measure", "REASSIGNMENT").putNull("personName"))));
        Api.Reply decided = api.post(BASE + "/decisions", promotion.deepCopy().put("measure", "REASSIGNMENT"));
        assertEquals(201, decided.status(), decided.toString());
        assertEquals("调整职务", decided.json().get("measureZh").asText());
        assertEquals("差", decided.json().get("grade").asText());
        JsonNode f = api.get(BASE + "/figures?year=" + year).json();
        assertEquals(1, f.at("/grades/优").asLong(), f.toString());
        assertEquals(1, f.at("/measures/REASSIGNMENT").asLong());
        assertEquals(404, api.as("xiajiang-operator").get(BASE + "/units/" + weak).status(), "峡江 sees no 顺义 unit");
        Api.Reply pdf = api.get(BASE + "/documents/units/" + weak);
        assertEquals(200, pdf.status(), pdf.toString());
        assertTrue(pdf.body().startsWith("%PDF"));
    }

    @Test
    @Order(4)
    void theRankingWorkbookHasARowPerUnit() {
        long units = api.get(BASE + "/figures?year=" + DEMO_YEAR).json().get("units").asLong();
        HttpResponse<byte[]> file = api.download(BASE + "/documents/ranking.xlsx?year=" + DEMO_YEAR);
        assertEquals(200, file.statusCode());
        int ranked = Workbooks.numericRows(file.body(), 0);
        assertEquals(units, ranked, "a row per unit appraised");
    }

    @Test
    @Order(5)
    void uninstallAndReinstallKeepEveryRecord() {
        String before = api.get(BASE + "/units/" + weak).body();
        String decisions = api.get(BASE + "/decisions?unitId=" + weak).body();
        ModuleInstall.reinstall(server, api, MODULE, "jiceng-county-shunyi", BASE, "/years", "/units/" + weak);
        assertEquals(before, api.get(BASE + "/units/" + weak).body());
        assertEquals(decisions, api.get(BASE + "/decisions?unitId=" + weak).body());
    }

    private static ObjectNode scores(double ideological, double organizational, double conduct, double integrity, double institutional,
            long version) {
        ObjectNode body = Api.object().put("version", version);
        body.set("scores", Api.object().put("ideological", ideological).put("organizational", organizational).put("conduct", conduct)
                .put("integrity", integrity).put("institutional", institutional));
        return body;
    }
}
