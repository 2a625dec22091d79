package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * 武冈's two-way duty reports twice a year and three-level pledges, on the core's duty engine:
 * installed at runtime and enabled for 武冈 only; the demo's last year (two rounds of the ten
 * township secretaries, the pledges county → township → village) gives the planned figures over
 * REST, SOAP and PDF. Then, in a year nobody else uses, this test opens a round, registers,
 * submits and rates reports and issues, signs and assesses pledges, checking every refusal by its
 * rule or field. Other counties get 404; uninstall and reinstall keep every record.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WugangPledgesReportsIT {
    private static final String MODULE = "wugang-pledges-reports";
    private static final String COUNTY = "430581";
    private static final String BASE = "/jurisdictions/" + COUNTY + "/" + MODULE;
    private static final String NS = "http://jiceng.org/soap/wugang-pledges-reports";
    private static final int DEMO_YEAR = LocalDate.now().getYear() - 1;

    private static JicengServer server;
    private static Api api;
    private static long demoH1;
    /** This test's year, in the past and unused by anyone else. */
    private static int year;
    private static long round;
    private static long report;
    private static String township;
    private static String village;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    @Order(1)
    void installedAtRuntimeAndEnabledFor武冈Only() {
        ModuleInstall.installAndEnable(server, api, MODULE, COUNTY, "述职评议与三级责任书", "/rounds");
        JsonNode p = assertProblem(api.get("/jurisdictions/441481/" + MODULE + "/rounds"), 404);
        assertTrue(p.get("type").asText().endsWith("/module-not-enabled"), p.toString());
        assertTrue(p.get("detail").asText().contains("441481"), p.toString());
        assertTrue(api.get("/openapi.json").json().get("paths").has("/jurisdictions/{code}/" + MODULE + "/reports/{reportId}/evaluations"));
        township = api.get("/jurisdictions/" + COUNTY + "/subtree?level=TOWNSHIP&size=1&sort=code").json().at("/items/0/code").asText();
        village = api.get("/jurisdictions/" + township + "/subtree?level=VILLAGE&size=1&sort=code").json().at("/items/0/code").asText();
        assertTrue(village.startsWith(township), village);
    }

    @Test
    @Order(2)
    void demoGivesLastYearsTwoRoundsAndTheCascade() {
        long villages = api.get("/jurisdictions/" + COUNTY + "/subtree?level=VILLAGE&size=1").json().get("total").asLong();
        JsonNode rounds = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < deadline) {
            rounds = api.get(BASE + "/rounds/figures?year=" + DEMO_YEAR).json();
            if (rounds.size() == 2 && rounds.get(1).get("status").asText().equals("CLOSED")) {
                break;
            }
            JicengServer.sleep(1000);
        }
        System.out.println("武冈 duty reports " + DEMO_YEAR + ": " + rounds);
        assertNotNull(rounds);
        assertEquals(2, rounds.size(), rounds.toString());
        JsonNode h1 = rounds.get(0);
        JsonNode h2 = rounds.get(1);
        assertEquals("H1", h1.get("period").asText());
        assertEquals("H2", h2.get("period").asText());
        demoH1 = h1.get("roundId").asLong();
        for (JsonNode r : rounds) {
            assertEquals("CLOSED", r.get("status").asText(), r.toString());
            assertEquals(10, r.get("expected").asLong(), "the ten township secretaries");
            assertEquals(10, r.get("submitted").asLong());
            assertEquals(0, r.get("overdue").asLong());
            assertEquals(10, r.get("evaluated").asLong());
            assertEquals(10 * 5 + villages, r.get("evaluations").asLong(), "five of the city committee and every village secretary");
        }
        assertEquals(4, h1.get("gradedExcellent").asLong(), h1.toString());
        assertEquals(4, h1.get("gradedGood").asLong());
        assertEquals(2, h1.get("gradedFair").asLong());
        assertEquals("40.0", h1.get("excellentPercent").asText());
        assertEquals(5, h2.get("gradedExcellent").asLong(), h2.toString());
        assertEquals(4, h2.get("gradedGood").asLong());
        assertEquals(1, h2.get("gradedFair").asLong());
        assertEquals(0, h2.get("gradedPoor").asLong());

        JsonNode results = api.get(BASE + "/rounds/" + demoH1 + "/results").json();
        assertEquals(10, results.get("reports").size());
        JsonNode first = results.at("/reports/0");
        assertEquals(5, first.at("/upper/total").asLong(), first.toString());
        assertEquals("EXCELLENT", first.get("grade").asText(), "the first township stands strong: " + first);

        JsonNode cascade = api.get(BASE + "/pledges/cascade?year=" + DEMO_YEAR).json();
        System.out.println("武冈 pledges " + DEMO_YEAR + ": " + cascade);
        assertEquals("TOWNSHIP", cascade.at("/levels/0/level").asText(), cascade.toString());
        assertEquals(10, cascade.at("/levels/0/jurisdictions").asLong());
        assertEquals(10, cascade.at("/levels/0/assessed").asLong());
        assertEquals("VILLAGE", cascade.at("/levels/1/level").asText());
        assertEquals(villages, cascade.at("/levels/1/signed").asLong());
        assertEquals(villages, cascade.at("/levels/1/assessed").asLong());
        JsonNode pledges = api.get(BASE + "/pledges?year=" + DEMO_YEAR + "&issuerCode=" + COUNTY + "&size=20").json();
        assertEquals(10, pledges.get("total").asLong(), pledges.toString());
        assertEquals(100, pledges.at("/items/0/totalPoints").asInt());
    }

    @Test
    @Order(3)
    void aRoundTakesReportsAndTwoWayEvaluationsByTheRules() {
        Set<Integer> used = new HashSet<>();
        api.get(BASE + "/rounds?size=500").json().get("items").forEach(r -> used.add(r.get("year").asInt()));
        api.get(BASE + "/pledges?size=500").json().get("items").forEach(r -> used.add(r.get("year").asInt()));
        year = 2003;
        while (used.contains(year)) {
            year++;
        }
        assertEquals("wugang-two-rounds-a-year", rule(api.post(BASE + "/rounds", newRound("YEAR")), 422));
        assertEquals("wugang-round-by-county", rule(api.post("/jurisdictions/" + township + "/" + MODULE + "/rounds", newRound("H1")), 422));
        assertEquals("period", assertProblem(api.post(BASE + "/rounds", newRound("Q3")), 400).at("/errors/0/field").asText());
        Api.Reply opened = api.post(BASE + "/rounds", newRound("H1"));
        assertEquals(201, opened.status(), opened.toString());
        round = opened.json().get("id").asLong();
        assertEquals(year + "-06-30", opened.json().get("dueDate").asText(), "due before 七一");
        assertTrue(opened.json().get("twoWay").asBoolean());
        assertEquals("round-duplicate", rule(api.post(BASE + "/rounds", newRound("H1")), 422));

        Api.Reply registered = api.post(BASE + "/rounds/" + round + "/reports", reporter(township, "测试镇党委书记"));
        assertEquals(201, registered.status(), registered.toString());
        report = registered.json().get("id").asLong();
        assertEquals("reporter-already-registered", rule(api.post(BASE + "/rounds/" + round + "/reports", reporter(township, "测试镇党委书记")), 422));
        String second = api.get("/jurisdictions/" + COUNTY + "/subtree?level=TOWNSHIP&size=1&page=1&sort=code").json().at("/items/0/code").asText();
        JsonNode member = api.get("/members?jurisdiction=" + second + "&stage=FULL&size=1&sort=id").json().at("/items/0");
        Api.Reply byMember = api.post(BASE + "/rounds/" + round + "/reports", Api.object().put("townshipCode", second).put("reporterMemberId",
                member.get("id").asLong()));
        assertEquals(201, byMember.status(), byMember.toString());
        assertEquals(member.get("name").asText(), byMember.json().get("reporterName").asText(), "the reporter's name is the member's");
        JsonNode kept = assertProblem(api.delete("/members/" + member.get("id").asLong()), 409);
        assertTrue(kept.get("detail").asText().contains("duty report"), "the registry keeps a member a report names: " + kept);
        assertEquals("wugang-reporter-township", rule(api.post(BASE + "/rounds/" + round + "/reports", reporter(village, "村支书")), 422));
        String outside = api.get("/jurisdictions/441481/subtree?level=TOWNSHIP&size=1").json().at("/items/0/code").asText();
        assertEquals("townshipCode", assertProblem(api.post(BASE + "/rounds/" + round + "/reports", reporter(outside, "外县书记")), 400)
                .at("/errors/0/field").asText());

        JsonNode late = api.get(BASE + "/rounds/" + round + "/reports?overdue=true").json();
        assertEquals(2, late.get("total").asLong(), "unsubmitted after its due date: " + late);
        assertTrue(late.at("/items/0/overdue").asBoolean());

        assertEquals("evaluation-before-submission", rule(evaluate(rating("UPPER", "市委书记", "好")), 422));
        JsonNode submitted = ok(api.put(BASE + "/reports/" + report + "/submission", Api.object().put("summary", "上半年抓党建工作述职")
                .put("submittedOn", year + "-06-25").put("version", version())));
        assertEquals(year + "-06-25", submitted.get("submittedOn").asText());
        assertEquals("report-already-submitted", rule(api.put(BASE + "/reports/" + report + "/submission", Api.object().put("summary", "再次述职")
                .put("version", version())), 422));
        assertEquals(1, api.get(BASE + "/rounds/" + round + "/reports?overdue=true").json().get("total").asLong());

        assertEquals("evaluations[0].rating", assertProblem(evaluate(rating("UPPER", "市委副书记", "优")), 400).at("/errors/0/field").asText());
        Api.Reply rated = evaluate(rating("UPPER", "市委书记", "好"), rating("LOWER", "某村党支部书记", "较好").put("score", 85));
        assertEquals(201, rated.status(), rated.toString());
        assertEquals(2, rated.json().size());
        assertEquals("rater-already-rated", rule(evaluate(rating("LOWER", "市委书记", "一般")), 422));
        assertEquals(2, api.get(BASE + "/reports/" + report + "/evaluations").json().size(), "a refused sitting records nothing");

        JsonNode results = api.get(BASE + "/rounds/" + round + "/results").json();
        assertEquals(2, results.get("expected").asLong());
        assertEquals(1, results.get("submitted").asLong());
        assertEquals(1, results.get("overdue").asLong());
        JsonNode result = results.at("/reports/0");
        assertEquals(report, result.get("reportId").asLong(), "reports in township order: " + results);
        assertEquals(1, result.at("/upper/excellent").asLong(), result.toString());
        assertEquals(1, result.at("/lower/good").asLong());
        assertEquals(0.5, result.at("/all/excellentShare").asDouble());
        assertEquals("GOOD", result.get("grade").asText(), "好 50 %, 好 and 较好 100 %: 较好");
        assertEquals(85.0, result.get("averageScore").asDouble());

        long v = api.get(BASE + "/rounds/" + round).json().get("version").asLong();
        assertEquals("CLOSED", ok(api.put(BASE + "/rounds/" + round + "/closing", Api.object().put("closedOn", year + "-07-10").put("version", v)))
                .get("status").asText());
        assertEquals("report-after-round-closed", rule(api.post(BASE + "/rounds/" + round + "/reports", reporter(second, "另一镇党委书记")), 422));
        assertEquals("evaluation-after-round-closed", rule(evaluate(rating("UPPER", "市委组织部部长", "好")), 422));
    }

    @Test
    @Order(4)
    void pledgesGoCountyToTownshipToVillage() {
        Api.Reply issued = api.post(BASE + "/pledges", Api.object().put("year", year).put("signerCode", township));
        assertEquals(201, issued.status(), issued.toString());
        JsonNode pledge = issued.json();
        assertEquals("DRAFT", pledge.get("status").asText());
        assertEquals(COUNTY, pledge.get("issuerCode").asText());
        assertEquals(6, pledge.get("items").size(), "武冈's standard township items");
        assertEquals(100, pledge.get("totalPoints").asInt());
        long id = pledge.get("id").asLong();
        assertEquals("pledge-duplicate", rule(api.post(BASE + "/pledges", Api.object().put("year", year).put("signerCode", township)), 422));
        assertEquals("wugang-pledge-one-level-down", rule(api.post(BASE + "/pledges", Api.object().put("year", year).put("signerCode", village)),
                422));
        assertEquals("signerCode", assertProblem(api.post(BASE + "/pledges", Api.object().put("year", year).put("signerCode", "441481")), 400)
                .at("/errors/0/field").asText());
        Api.Reply own = api.post(BASE + "/pledges", Api.object().put("year", year).put("issuerCode", township).put("signerCode", village)
                .set("items", Api.object().arrayNode().add(Api.object().put("text", "三会一课按时召开").put("points", 60))
                        .add(Api.object().put("text", "每周一集中服务日").put("points", 40))));
        assertEquals(201, own.status(), own.toString());
        assertEquals(100, own.json().get("totalPoints").asInt());

        assertEquals("pledge-assessed-before-signed", rule(assess(id, pledge, "-12-20", -1), 422));
        JsonNode signed = ok(api.put(BASE + "/pledges/" + id + "/signature", Api.object().put("signedBy", "测试镇党委书记").put("signedOn", year + "-01-20")
                .put("version", pledge.get("version").asLong())));
        assertEquals("SIGNED", signed.get("status").asText());
        assertEquals("pledge-already-signed", rule(api.put(BASE + "/pledges/" + id + "/signature", Api.object().put("signedBy", "再签")
                .put("version", signed.get("version").asLong())), 422));
        assertEquals("pledge-assessed-before-year-end", rule(assess(id, signed, "-11-30", -1), 422));
        JsonNode assessed = ok(assess(id, signed, "-12-20", 1));
        assertEquals("ASSESSED", assessed.get("status").asText());
        assertEquals(100 - signed.at("/items/1/points").asInt(), assessed.get("awardedPoints").asInt(), assessed.toString());
        assertEquals("pledge-already-assessed", rule(assess(id, assessed, "-12-21", -1), 422));

        JsonNode cascade = api.get(BASE + "/pledges/cascade?year=" + year).json();
        assertEquals(10, cascade.at("/levels/0/jurisdictions").asLong(), cascade.toString());
        assertEquals(1, cascade.at("/levels/0/pledged").asLong());
        assertEquals(1, cascade.at("/levels/0/assessed").asLong());
        assertEquals(0.1, cascade.at("/levels/0/signedShare").asDouble());
        assertEquals(1, cascade.at("/levels/1/pledged").asLong());
        assertEquals(0, cascade.at("/levels/1/signed").asLong());
    }

    @Test
    @Order(5)
    void figuresOverSoapAndResultsAsPdf() {
        JsonNode rest = api.get(BASE + "/rounds/figures?year=" + DEMO_YEAR).json().get(0);
        Api.Reply soap = api.soap("DutyReportService", NS, "<t:getReportingFigures><t:jurisdictionCode>" + COUNTY
                + "</t:jurisdictionCode><t:year>" + DEMO_YEAR + "</t:year></t:getReportingFigures>");
        assertEquals(200, soap.status(), soap.toString());
        for (String field : new String[]{"expected", "submitted", "gradedExcellent", "gradedGood", "excellentPercent"}) {
            assertTrue(soap.body().contains("<" + field + ">" + rest.get(field).asText() + "</" + field + ">"), field + " in " + soap.body());
        }
        assertEquals(2, soap.body().split("<round>", -1).length - 1, soap.body());
        Api.Reply cascade = api.soap("DutyReportService", NS, "<t:getPledgeCascade><t:jurisdictionCode>" + COUNTY
                + "</t:jurisdictionCode><t:year>" + DEMO_YEAR + "</t:year></t:getPledgeCascade>");
        assertEquals(200, cascade.status(), cascade.toString());
        assertTrue(cascade.body().contains("<level>TOWNSHIP</level>") && cascade.body().contains("<signedPercent>100.0</signedPercent>"),
                cascade.body());
        Api.Reply refused = api.soap("DutyReportService", NS, "<t:getReportingFigures><t:jurisdictionCode>441481</t:jurisdictionCode><t:year>"
                + DEMO_YEAR + "</t:year></t:getReportingFigures>");
        assertEquals(500, refused.status(), refused.toString());
        assertTrue(refused.body().contains("441481"), refused.toString());

        Api.Reply pdf = api.get(BASE + "/documents/rounds/" + demoH1 + "/results");
        assertEquals(200, pdf.status(), pdf.toString());
        assertTrue(pdf.contentType().startsWith("application/pdf") && pdf.body().startsWith("%PDF"), pdf.contentType());
        assertProblem(api.get(BASE + "/documents/rounds/999999999/results"), 404);
        assertEquals(404, api.as("xingning-operator").get(BASE + "/rounds/" + round).status(), "another county's account does not see 武冈");
    }

    @Test
    @Order(6)
    void uninstallAndReinstallKeepEveryRecord() {
        String before = api.get(BASE + "/rounds/" + round + "/results").body();
        String figures = api.get(BASE + "/rounds/figures?year=" + DEMO_YEAR).body();
        server.shell("feature:uninstall jiceng-county-wugang");
        server.shell("feature:uninstall jiceng-" + MODULE);
        assertTrue(assertProblem(api.get(BASE + "/rounds"), 404).get("detail").asText().contains("not installed"));
        server.shell("feature:install jiceng-" + MODULE);
        server.waitFor("/api/v1" + BASE + "/rounds/" + round, Duration.ofSeconds(60));
        assertEquals(before, api.get(BASE + "/rounds/" + round + "/results").body());
        assertEquals(figures, api.get(BASE + "/rounds/figures?year=" + DEMO_YEAR).body(), "the demo ran once: nothing was added");
    }

    // ---- helpers

    private static ObjectNode newRound(String period) {
        return Api.object().put("year", year).put("period", period);
    }

    private static ObjectNode reporter(String code, String name) {
        return Api.object().put("townshipCode", code).put("reporterName", name);
    }

    private static ObjectNode rating(String kind, String rater, String rating) {
        return Api.object().put("raterKind", kind).put("rater", rater).put("rating", rating).put("ratedOn", year + "-07-01");
    }

    private static Api.Reply evaluate(ObjectNode... ratings) {
        ArrayNode list = Api.object().arrayNode();
        for (ObjectNode r : ratings) {
            list.add(r);
        }
        ObjectNode body = Api.object();
        body.set("evaluations", list);
        return api.post(BASE + "/reports/" + report + "/evaluations", body);
    }

    private static long version() {
        return api.get(BASE + "/reports/" + report).json().get("version").asLong();
    }

    /** Assesses every item of the pledge as met except the one at {@code missed} (-1: none). */
    private static Api.Reply assess(long id, JsonNode pledge, String monthDay, int missed) {
        ArrayNode items = Api.object().arrayNode();
        for (int i = 0; i < pledge.get("items").size(); i++) {
            items.add(Api.object().put("itemId", pledge.at("/items/" + i + "/id").asLong()).put("met", i != missed));
        }
        ObjectNode body = Api.object().put("assessedBy", "中共武冈市委").put("assessedOn", year + monthDay).put("version", pledge.get("version").asLong());
        body.set("items", items);
        return api.put(BASE + "/pledges/" + id + "/assessment", body);
    }

    private static String rule(Api.Reply reply, int status) {
        return assertProblem(reply, status).get("rule").asText();
    }

    private static JsonNode ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }
}
