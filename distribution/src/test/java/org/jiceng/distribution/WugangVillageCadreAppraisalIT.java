package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * 武冈's village cadre 100-point appraisal: installed at runtime and enabled for 武冈 only; the demo
 * appraises last year's village cadres through the module (grades, subsidies and awards out of the
 * rules, REST and SOAP agree); then, on three cadres this test puts on the appraisal of 2023 (a year
 * the demo leaves alone, so the test owns it): dossiers and scores in, the rules refused with their
 * names, totals computed on the engine checked by hand, approval, payment, SOAP and PDF. Other
 * counties get 404; uninstall and reinstall keep every record.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WugangVillageCadreAppraisalIT {
    private static final String MODULE = "wugang-village-cadre-appraisal";
    private static final String COUNTY = "430581";
    private static final String BASE = "/jurisdictions/" + COUNTY + "/" + MODULE;
    private static final String NS = "http://jiceng.org/soap/wugang-village-cadre-appraisal";
    private static final int DEMO_YEAR = LocalDate.now().getYear() - 1;
    private static final String YEAR = "2023";

    private static JicengServer server;
    private static Api api;
    private static String township;
    private static String village;
    private static long[] people;
    /** This test's cadres of 2023: the best, the middling and the last. */
    private static long best;
    private static long middling;
    private static long last;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    @Order(1)
    void installedAtRuntimeAndEnabledFor武冈Only() {
        ModuleInstall.installAndEnable(server, api, MODULE, COUNTY, "村干部绩效考核", "/years/" + YEAR);
        for (String other : new String[]{"441481", "360823"}) {
            JsonNode p = assertProblem(api.get("/jurisdictions/" + other + "/" + MODULE + "/years/" + YEAR), 404);
            assertEquals("module-not-enabled", CoreRegistryIT.problemType(p), p.toString());
            assertTrue(p.get("detail").asText().contains(other), p.toString());
        }
        assertTrue(api.get("/openapi.json").json().get("paths").has("/jurisdictions/{code}/" + MODULE + "/years/{year}/compute"));
    }

    @Test
    @Order(2)
    void demoAppraisesLastYearThroughTheRules() {
        JsonNode year = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < deadline) {
            year = api.get(BASE + "/years/" + DEMO_YEAR).json();
            if ("PAID".equals(year.get("state").asText())) {
                break;
            }
            JicengServer.sleep(1000);
        }
        assertEquals("PAID", year.get("state").asText(), "the demo runs the year to payment: " + year);
        JsonNode f = api.get(BASE + "/years/" + DEMO_YEAR + "/figures").json();
        System.out.println("武冈 village cadre appraisal " + DEMO_YEAR + ": " + f);
        long appraised = f.get("appraised").asLong();
        assertTrue(appraised >= 60, "three cadres in each of the demo's rural villages: " + f);
        assertEquals(f.get("cadres").asLong(), appraised, "every cadre on the appraisal has a result");
        long excellent = f.get("excellent").asLong();
        long competent = f.get("competent").asLong();
        long basic = f.get("basicallyCompetent").asLong();
        assertEquals(appraised, excellent + competent + basic + f.get("incompetent").asLong());
        assertTrue(competent > excellent && excellent > 0 && basic > 0, "most 称职, some 优秀, a few 基本称职: " + f);
        assertEquals(6000.0 * excellent + 4800.0 * competent + 2400.0 * basic, f.get("subsidyTotal").asDouble(), 0.001,
                "the subsidy follows the grade at the default rates");
        assertEquals(1000.0 * f.get("commended").asLong(), f.get("awardTotal").asDouble(), 0.001);
        assertTrue(f.get("commended").asLong() >= 1 && f.get("commended").asLong() <= excellent, f.toString());
        assertTrue(f.get("teams").asLong() * 3 == appraised, "a team for each village: " + f);

        JsonNode first = api.get(BASE + "/cadres?year=" + DEMO_YEAR + "&sort=-total&size=1").json().at("/items/0");
        assertEquals("优秀", first.get("grade").asText(), first.toString());
        assertEquals(1, first.get("rank").asInt(), "the county's best is first of its township");
        assertTrue(first.get("township").asText().startsWith(COUNTY) && first.get("township").asText().length() == 9, first.toString());
        JsonNode dossier = api.get(BASE + "/cadres/" + first.get("id").asLong() + "/records?size=50").json();
        assertTrue(dossier.get("total").asLong() >= 8, "a duty and a service record a quarter: " + dossier);
        JsonNode post = api.get("/cadres/" + first.get("memberId").asLong() + "/positions").json();
        assertTrue(post.toString().contains("\"rank\":\"VILLAGE\""), "the cadre holds a village post in the core: " + post);

        Api.Reply soap = api.soap("VillageCadreAppraisalService", NS,
                "<t:getFigures><t:jurisdictionCode>" + COUNTY + "</t:jurisdictionCode><t:year>" + DEMO_YEAR + "</t:year></t:getFigures>");
        assertEquals(200, soap.status(), soap.toString());
        for (String field : new String[]{"appraised", "excellent", "competent", "basicallyCompetent", "incompetent", "commended"}) {
            assertTrue(soap.body().contains("<" + field + ">" + f.get(field).asText() + "</" + field + ">"), field + " in " + soap.body());
        }
    }

    @Test
    @Order(3)
    void cadresOf2023AreHoldersOfTheCoresVillagePosts() {
        JsonNode towns = api.get("/jurisdictions/" + COUNTY + "/subtree?level=TOWNSHIP&size=50").json().get("items");
        township = towns.get(towns.size() - 1).get("code").asText();
        for (JsonNode v : api.get("/jurisdictions/" + township + "/subtree?level=VILLAGE&size=50").json().get("items")) {
            village = v.get("code").asText().charAt(9) == '2' && village == null ? v.get("code").asText() : village;
        }
        JsonNode members = api.get("/members?jurisdiction=" + village + "&size=5&sort=-id").json().get("items");
        people = new long[5];
        for (int i = 0; i < 5; i++) {
            people[i] = members.get(i).get("id").asLong();
        }
        long notVillage = position(people[3], "武冈市" + township + "人民政府", township, "科员", "STAFF", "2022-01-01");
        assertEquals("not-a-village-post", rule(assertProblem(api.post(BASE + "/cadres", enrolment(notVillage)), 422)));
        long later = position(people[3], "村民委员会", village, "委员", "VILLAGE", "2024-01-01");
        assertEquals("post-not-held-in-year", rule(assertProblem(api.post(BASE + "/cadres", enrolment(later)), 422)));
        long future = position(people[4], "村民委员会", village, "委员", "VILLAGE", "2022-01-01");
        JsonNode ahead = assertProblem(api.post(BASE + "/cadres", Api.object().put("year", LocalDate.now().getYear() + 1).put("positionId", future)),
                400);
        assertEquals("year", ahead.at("/errors/0/field").asText(), "a year is appraised from its own records");
        assertProblem(api.post(BASE + "/cadres", Api.object().put("year", 2023)), 400);
        assertProblem(api.post(BASE + "/cadres", enrolment(999_999_999L)), 404);

        best = enroll(position(people[0], "党支部", village, "书记", "VILLAGE", "2021-03-01"));
        middling = enroll(position(people[1], "村民委员会", village, "主任", "VILLAGE", "2021-03-01"));
        last = enroll(position(people[2], "党支部", village, "委员", "VILLAGE", "2021-03-01"));
        long secondPost = position(people[0], "村民委员会", village, "主任", "VILLAGE", "2021-03-01");
        assertProblem(api.post(BASE + "/cadres", enrolment(secondPost)), 409);
        JsonNode c = api.get(BASE + "/cadres/" + best).json();
        assertEquals(people[0], c.get("memberId").asLong());
        assertEquals(township, c.get("township").asText());
        assertEquals(404, api.as("xingning-operator").get(BASE + "/cadres/" + best).status(), "another county's account does not see 武冈");
        assertEquals(404, api.get("/jurisdictions/" + towns.get(0).get("code").asText() + "/" + MODULE + "/cadres/" + best).status(),
                "another township's scope does not see the cadre");
    }

    @Test
    @Order(4)
    void theDossierTakesRecordsOfItsYear() {
        assertEquals("record-outside-year",
                rule(assertProblem(api.post(BASE + "/cadres/" + best + "/records", record("2024-01-05", "DUTY", 5)), 422)));
        assertEquals("points", assertProblem(api.post(BASE + "/cadres/" + best + "/records", record("2023-05-05", "DISCIPLINE", 2)), 400)
                .at("/errors/0/field").asText());
        assertEquals("category", assertProblem(api.post(BASE + "/cadres/" + best + "/records", record("2023-05-05", "BONUS", 2)), 400)
                .at("/errors/0/field").asText());
        // best: duty 35 (the engine caps it at 30), service 20, no breach
        for (double p : new double[]{10, 10, 10, 5}) {
            assertEquals(201, api.post(BASE + "/cadres/" + best + "/records", record("2023-06-30", "DUTY", p)).status());
        }
        add(best, "SERVICE", 10, 10);
        // middling: duty 20, service 10, a breach of −3
        add(middling, "DUTY", 10, 10);
        add(middling, "SERVICE", 5, 5);
        add(middling, "DISCIPLINE", -3);
        // last: duty 10, service 4, a breach of −6
        add(last, "DUTY", 5, 5);
        add(last, "SERVICE", 4);
        add(last, "DISCIPLINE", -6);
        JsonNode wrong = api.post(BASE + "/cadres/" + last + "/records", record("2023-09-01", "DUTY", 9)).json();
        assertProblem(api.delete(BASE + "/records/" + wrong.get("id").asLong() + "?version=" + (wrong.get("version").asLong() + 3)), 409);
        assertEquals(204, api.delete(BASE + "/records/" + wrong.get("id").asLong() + "?version=" + wrong.get("version").asLong()).status(),
                "a record entered in error is withdrawn");
        assertEquals(4, api.get(BASE + "/cadres/" + last + "/records").json().get("total").asLong(), "two duty, a service and a breach");
    }

    @Test
    @Order(5)
    void computingNeedsEveryScoreAndTheCounty() {
        assertEquals("appraisal-by-county",
                rule(assertProblem(api.post("/jurisdictions/" + township + "/" + MODULE + "/years/" + YEAR + "/compute", ""),
                        422)));
        assertEquals("entries-incomplete", rule(assertProblem(api.post(BASE + "/years/" + YEAR + "/compute", ""), 422)));
        long version = api.get(BASE + "/years/" + YEAR).json().get("version").asLong();
        assertEquals("results-not-computed", rule(assertProblem(api.post(BASE + "/years/" + YEAR + "/approval", version(version)), 422)));
        assertEquals("results-not-approved", rule(assertProblem(api.post(BASE + "/years/" + YEAR + "/payment", version(version)), 422)));
        ArrayNode tooHigh = Api.JSON.createArrayNode();
        tooHigh.addObject().put("cadreId", best).put("economy", 21).put("masses", 90);
        assertEquals("scores[0].economy", assertProblem(api.put(BASE + "/years/" + YEAR + "/scores", tooHigh), 400).at("/errors/0/field").asText());

        assertEquals(204, api.put(BASE + "/years/" + YEAR + "/scores", scores()).status());
        assertEquals("entries-incomplete", rule(assertProblem(api.post(BASE + "/years/" + YEAR + "/compute", ""), 422)),
                "the village team still lacks its scores");
        ArrayNode team = Api.JSON.createArrayNode();
        team.addObject().put("villageCode", village).put("collective", 15).put("building", 16);
        assertEquals(204, api.put(BASE + "/years/" + YEAR + "/team-scores", team).status());

        JsonNode computed = api.post(BASE + "/years/" + YEAR + "/compute", "").json();
        assertEquals("COMPUTED", computed.get("state").asText(), computed.toString());
        // best: 30 + 20 + 10 + 18 + 95% of 20 = 97 → 优秀, first of the township, commended, a candidate for selection
        JsonNode b = api.get(BASE + "/cadres/" + best).json();
        assertEquals(97.0, b.get("total").asDouble(), 0.001, b.toString());
        assertEquals("优秀", b.get("grade").asText());
        assertEquals(1, b.get("rank").asInt());
        assertEquals(3, b.get("townshipSize").asInt(), "ranked with the township's cadres of the year");
        assertEquals(6000.0, b.get("subsidy").asDouble(), 0.001);
        assertEquals(1000.0, b.get("award").asDouble(), 0.001);
        assertTrue(b.get("commended").asBoolean() && b.get("selectionCandidate").asBoolean());
        // middling: 20 + 10 + (10 − 3) + 15 + 80% of 20 = 68 → 基本称职, half the subsidy
        JsonNode m = api.get(BASE + "/cadres/" + middling).json();
        assertEquals(68.0, m.get("total").asDouble(), 0.001, m.toString());
        assertEquals("基本称职", m.get("grade").asText());
        assertEquals(2400.0, m.get("subsidy").asDouble(), 0.001);
        assertFalse(m.get("selectionCandidate").asBoolean());
        // last: 10 + 4 + (10 − 6) + 8 + 50% of 20 = 36 → 不称职, no subsidy
        JsonNode l = api.get(BASE + "/cadres/" + last).json();
        assertEquals(36.0, l.get("total").asDouble(), 0.001, l.toString());
        assertEquals("不称职", l.get("grade").asText());
        assertEquals(0.0, l.get("subsidy").asDouble(), 0.001);
        assertEquals("停发绩效误工补贴，组织调整", l.get("consequence").asText());
        // the team: its cadres' average 67 weighs 60 → 40.2, + 15 + 16 = 71.2 → 合格
        JsonNode t = api.get(BASE + "/years/" + YEAR + "/teams?township=" + township).json().at("/items/0");
        assertEquals(village, t.get("villageCode").asText());
        assertEquals(67.0, t.get("cadresAverage").asDouble(), 0.001, t.toString());
        assertEquals(71.2, t.get("total").asDouble(), 0.001);
        assertEquals("合格", t.get("grade").asText());

        JsonNode f = api.get(BASE + "/years/" + YEAR + "/figures").json();
        assertEquals(3, f.get("appraised").asLong(), f.toString());
        assertEquals(8400.0, f.get("subsidyTotal").asDouble(), 0.001);
        assertEquals(1, f.get("commended").asLong());
        assertEquals(1, f.get("selectionCandidates").asLong());
        assertEquals("33.3", f.get("excellentPercent").asText());

        // A score entered after computing reopens the year: approval waits for a new computation.
        assertEquals(204, api.put(BASE + "/years/" + YEAR + "/scores", scores()).status());
        JsonNode reopened = api.get(BASE + "/years/" + YEAR).json();
        assertEquals("OPEN", reopened.get("state").asText());
        assertEquals("results-not-computed",
                rule(assertProblem(api.post(BASE + "/years/" + YEAR + "/approval", version(reopened.get("version").asLong())), 422)));
        assertEquals("COMPUTED", api.post(BASE + "/years/" + YEAR + "/compute", "").json().get("state").asText());
    }

    @Test
    @Order(6)
    void approvedResultsCloseTheYearAndArePaidOnce() {
        Api operator = api.as("wugang-operator");
        long version = operator.get(BASE + "/years/" + YEAR).json().get("version").asLong();
        assertProblem(operator.post(BASE + "/years/" + YEAR + "/approval", version(version + 5)), 409);
        assertEquals("version",
                assertProblem(operator.post(BASE + "/years/" + YEAR + "/approval", Api.object()), 400).at("/errors/0/field").asText());
        JsonNode approved = operator.post(BASE + "/years/" + YEAR + "/approval", version(version)).json();
        assertEquals("APPROVED", approved.get("state").asText(), approved.toString());
        assertEquals("wugang-operator", approved.get("approvedBy").asText());

        assertEquals("appraisal-year-closed",
                rule(assertProblem(api.post(BASE + "/cadres/" + best + "/records", record("2023-12-01", "DUTY", 1)), 422)));
        assertEquals("appraisal-year-closed", rule(assertProblem(api.put(BASE + "/years/" + YEAR + "/scores", scores()), 422)));
        assertEquals("appraisal-year-closed", rule(assertProblem(api.post(BASE + "/years/" + YEAR + "/compute", ""), 422)));
        long another = position(people[4], "党支部", village, "委员", "VILLAGE", "2021-03-01");
        assertEquals("appraisal-year-closed", rule(assertProblem(api.post(BASE + "/cadres", enrolment(another)), 422)));

        JsonNode paid = operator.post(BASE + "/years/" + YEAR + "/payment", version(approved.get("version").asLong())).json();
        assertEquals("PAID", paid.get("state").asText(), paid.toString());
        assertEquals("subsidies-already-paid",
                rule(assertProblem(operator.post(BASE + "/years/" + YEAR + "/payment", version(paid.get("version").asLong())), 422)));
        assertEquals(8400.0, api.get(BASE + "/years/" + YEAR + "/figures").json().get("subsidyTotal").asDouble(), 0.001, "paid as approved");
    }

    @Test
    @Order(7)
    void resultsOverSoapAndPdf() {
        Api.Reply soap = api.soap("VillageCadreAppraisalService", NS,
                "<t:listResults><t:jurisdictionCode>" + COUNTY + "</t:jurisdictionCode><t:year>" + YEAR + "</t:year></t:listResults>");
        assertEquals(200, soap.status(), soap.toString());
        assertEquals(3, soap.body().split("<cadre>", -1).length - 1, soap.body());
        assertTrue(soap.body().contains("<id>" + best + "</id>") && soap.body().contains("<grade>优秀</grade>"), soap.body());
        Api.Reply figures = api.soap("VillageCadreAppraisalService", NS,
                "<t:getFigures><t:jurisdictionCode>" + COUNTY + "</t:jurisdictionCode><t:year>" + YEAR + "</t:year></t:getFigures>");
        assertTrue(figures.body().contains("<subsidyTotal>8400.00</subsidyTotal>") && figures.body().contains("<state>PAID</state>"),
                figures.body());
        Api.Reply refused = api.soap("VillageCadreAppraisalService", NS,
                "<t:getFigures><t:jurisdictionCode>441481</t:jurisdictionCode><t:year>" + YEAR + "</t:year></t:getFigures>");
        assertEquals(500, refused.status(), refused.toString());
        assertTrue(refused.body().contains("441481"), refused.toString());

        Api.Reply pdf = api.get(BASE + "/documents/results/" + YEAR);
        assertEquals(200, pdf.status(), pdf.toString());
        assertTrue(pdf.contentType().startsWith("application/pdf") && pdf.body().startsWith("%PDF"), pdf.contentType());
        assertEquals(404, api.as("xingning-operator").get("/jurisdictions/441481/" + MODULE + "/years/" + YEAR + "/figures").status());
    }

    @Test
    @Order(8)
    void uninstallAndReinstallKeepEveryRecord() {
        String before = api.get(BASE + "/cadres/" + best).body();
        String dossierBefore = api.get(BASE + "/cadres/" + best + "/records?size=50").body();
        String demoBefore = api.get(BASE + "/years/" + DEMO_YEAR + "/figures").body();
        server.shell("feature:uninstall jiceng-county-wugang");
        server.shell("feature:uninstall jiceng-" + MODULE);
        assertTrue(assertProblem(api.get(BASE + "/cadres/" + best), 404).get("detail").asText().contains("not installed"));
        server.shell("feature:install jiceng-" + MODULE);
        server.waitFor("/api/v1" + BASE + "/cadres/" + best, Duration.ofSeconds(60));
        assertEquals(before, api.get(BASE + "/cadres/" + best).body());
        assertEquals(dossierBefore, api.get(BASE + "/cadres/" + best + "/records?size=50").body());
        assertEquals(demoBefore, api.get(BASE + "/years/" + DEMO_YEAR + "/figures").body(), "the demo ran once");
        assertEquals("PAID", api.get(BASE + "/years/" + YEAR).json().get("state").asText());
    }

    // ---- helpers

    private static long position(long memberId, String unit, String place, String title, String rank, String start) {
        ObjectNode p = Api.object().put("unit", unit).put("jurisdictionCode", place).put("title", title).put("rank", rank)
                .put("level", title.equals("委员") || title.equals("科员") ? "MEMBER" : "HEAD").put("startDate", start);
        Api.Reply r = api.post("/cadres/" + memberId + "/positions", p);
        assertEquals(201, r.status(), r.toString());
        return r.json().get("id").asLong();
    }

    private static ObjectNode enrolment(long positionId) {
        return Api.object().put("year", Integer.parseInt(YEAR)).put("positionId", positionId);
    }

    private static long enroll(long positionId) {
        Api.Reply r = api.post(BASE + "/cadres", enrolment(positionId));
        assertEquals(201, r.status(), r.toString());
        return r.json().get("id").asLong();
    }

    private static ObjectNode record(String date, String category, double points) {
        return Api.object().put("recordedOn", date).put("category", category).put("points", points).put("description", "村级事务纪实");
    }

    private static void add(long cadre, String category, double... points) {
        for (double p : points) {
            Api.Reply r = api.post(BASE + "/cadres/" + cadre + "/records", record("2023-09-30", category, p));
            assertEquals(201, r.status(), r.toString());
        }
    }

    private static ArrayNode scores() {
        ArrayNode scores = Api.JSON.createArrayNode();
        scores.addObject().put("cadreId", best).put("economy", 18).put("masses", 95);
        scores.addObject().put("cadreId", middling).put("economy", 15).put("masses", 80);
        scores.addObject().put("cadreId", last).put("economy", 8).put("masses", 50);
        return scores;
    }

    private static ObjectNode version(long version) {
        return Api.object().put("version", version);
    }

    private static String rule(JsonNode problem) {
        return problem.get("rule").asText();
    }

}
