package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
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
 * 兴宁's two-way duty reporting of the town secretaries 双向述职, on the core's duty engine:
 * installed at runtime and enabled for 兴宁 only; the demo's last year (the 17 towns of the demo
 * registry — the seed speaks of 20 镇街 — scored by nine city committee members and by each
 * town's cadres) gives the planned result list over REST, SOAP, XLSX and PDF: 4 recommended, 11
 * retained, 2 talked to. Then, in a year nobody else uses, this test opens a round, registers,
 * submits and scores reports both ways and changes the county's weighting, checking every refusal
 * by its rule or field. Other counties get 404; uninstall and reinstall keep every record.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class XingningTwoWayReportingIT {
    private static final String MODULE = "xingning-two-way-reporting";
    private static final String COUNTY = "441481";
    private static final String BASE = "/jurisdictions/" + COUNTY + "/" + MODULE;
    private static final String NS = "http://jiceng.org/soap/xingning-two-way-reporting";
    private static final int DEMO_YEAR = LocalDate.now().getYear() - 1;

    private static JicengServer server;
    private static Api api;
    private static long demoRound;
    /** This test's year, in the past and unused by anyone else. */
    private static int year;
    private static long round;
    private static long report;
    private static String town;
    private static String otherTown;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    @Order(1)
    void installedAtRuntimeAndEnabledFor兴宁Only() {
        ModuleInstall.installAndEnable(server, api, MODULE, COUNTY, "镇街党(工)委书记双向述职", "/rounds");
        ModuleInstall.refusedIn(api, MODULE, "/rounds", "430581", "130531");
        assertTrue(api.get("/openapi.json").json().get("paths").has("/jurisdictions/{code}/" + MODULE + "/reports/{reportId}/evaluations"));
        town = api.get("/jurisdictions/" + COUNTY + "/subtree?level=TOWNSHIP&size=1&sort=code").json().at("/items/0/code").asText();
        otherTown = api.get("/jurisdictions/" + COUNTY + "/subtree?level=TOWNSHIP&size=1&page=1&sort=code").json().at("/items/0/code").asText();
        assertTrue(town.startsWith(COUNTY) && otherTown.startsWith(COUNTY) && !town.equals(otherTown), town + " " + otherTown);
    }

    @Test
    @Order(2)
    void demoGivesLastYearsResultList() {
        long towns = api.get("/jurisdictions/" + COUNTY + "/subtree?level=TOWNSHIP&size=1").json().get("total").asLong();
        assertEquals(17, towns, "the demo registry holds 兴宁's 17 towns (the seed: 20 镇街)");
        JsonNode rounds = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < deadline) {
            rounds = api.get(BASE + "/rounds/figures?year=" + DEMO_YEAR).json();
            if (rounds.size() == 1 && rounds.get(0).get("status").asText().equals("CLOSED")) {
                break;
            }
            JicengServer.sleep(1000);
        }
        System.out.println("兴宁 two-way reports " + DEMO_YEAR + ": " + rounds);
        assertNotNull(rounds);
        assertEquals(1, rounds.size(), rounds.toString());
        JsonNode f = rounds.get(0);
        demoRound = f.get("roundId").asLong();
        assertEquals("CLOSED", f.get("status").asText());
        assertTrue(f.get("finalResult").asBoolean());
        assertEquals(17, f.get("expected").asLong(), "a secretary per town");
        assertEquals(17, f.get("submitted").asLong());
        assertEquals(17, f.get("scored").asLong(), "every report scored both ways");
        assertTrue(f.get("evaluations").asLong() > 17 * 9, "nine committee members and each town's cadres: " + f);
        assertEquals(50, f.get("upperWeight").asInt());
        assertEquals(50, f.get("lowerWeight").asInt());
        assertEquals(4, f.get("recommended").asLong(), f.toString());
        assertEquals(11, f.get("retained").asLong());
        assertEquals(2, f.get("talk").asLong());
        assertEquals(0, f.get("pending").asLong());

        JsonNode results = api.get(BASE + "/rounds/" + demoRound + "/results").json();
        JsonNode list = results.get("secretaries");
        assertEquals(17, list.size());
        JsonNode first = list.get(0);
        assertEquals(1, first.get("rank").asInt());
        assertEquals(9, first.get("upperRaters").asInt(), first.toString());
        assertEquals(93.0, first.get("upperScore").asDouble());
        assertEquals(91.0, first.get("lowerScore").asDouble());
        assertEquals(92.0, first.get("combinedScore").asDouble());
        assertEquals("RECOMMENDED", first.get("outcome").asText());
        assertEquals(1, list.get(3).get("rank").asInt(), "the four strong towns share the first rank");
        assertTrue(first.get("reporterMemberId").asLong() > 0, "the secretary is a registry member: " + first);
        JsonNode talked = api.get(BASE + "/rounds/" + demoRound + "/results?outcome=TALK").json().get("secretaries");
        assertEquals(2, talked.size(), talked.toString());
        assertEquals(75.0, talked.get(0).get("combinedScore").asDouble(), "on the line overall, " + talked);
        assertTrue(talked.get(0).get("reason").asText().startsWith("镇村干部评分70"), "but the cadres below score it under 75: " + talked);
        assertEquals(70.0, talked.get(1).get("combinedScore").asDouble());
        assertEquals("outcome", assertProblem(api.get(BASE + "/rounds/" + demoRound + "/results?outcome=PROMOTED"), 400).at("/errors/0/field")
                .asText());
    }

    @Test
    @Order(3)
    void aRoundTakesReportsAndScoresBothWaysByTheRules() {
        Set<Integer> used = new HashSet<>();
        api.get(BASE + "/rounds?size=500").json().get("items").forEach(r -> used.add(r.get("year").asInt()));
        year = 2003;
        while (used.contains(year)) {
            year++;
        }
        assertEquals("xingning-yearly-round", rule(api.post(BASE + "/rounds", Api.object().put("year", year).put("period", "H1")), 422));
        assertEquals("xingning-round-by-city", rule(api.post("/jurisdictions/" + town + "/" + MODULE + "/rounds", Api.object().put("year", year)),
                422));
        assertEquals("year", assertProblem(api.post(BASE + "/rounds", Api.object()), 400).at("/errors/0/field").asText());
        Api.Reply opened = api.post(BASE + "/rounds", Api.object().put("year", year));
        assertEquals(201, opened.status(), opened.toString());
        round = opened.json().get("id").asLong();
        assertEquals(year + "-12-31", opened.json().get("dueDate").asText(), "at year-end");
        assertEquals("YEAR", opened.json().get("period").asText());
        assertTrue(opened.json().get("twoWay").asBoolean());
        assertEquals("中共兴宁市委", opened.json().get("upperCommittee").asText());
        assertEquals("round-duplicate", rule(api.post(BASE + "/rounds", Api.object().put("year", year).put("period", "YEAR")), 422));

        JsonNode secretary = memberOf(town, 0);
        JsonNode cadre = memberOf(town, 1);
        JsonNode stranger = memberOf(otherTown, 0);
        String reports = BASE + "/rounds/" + round + "/reports";
        assertEquals("xingning-reporter-not-of-town",
                rule(api.post(reports, Api.object().put("townCode", otherTown).put("reporterMemberId", secretary.get("id").asLong())), 422));
        Api.Reply registered = api.post(reports, Api.object().put("townCode", town).put("reporterMemberId", secretary.get("id").asLong()));
        assertEquals(201, registered.status(), registered.toString());
        report = registered.json().get("id").asLong();
        assertEquals(secretary.get("name").asText(), registered.json().get("reporterName").asText(), "the reporter's name is the member's");
        assertEquals("reporter-already-registered",
                rule(api.post(reports, Api.object().put("townCode", town).put("reporterMemberId", secretary.get("id").asLong())), 422));
        String village = api.get("/jurisdictions/" + town + "/subtree?level=VILLAGE&size=1&sort=code").json().at("/items/0/code").asText();
        assertEquals("xingning-reporter-town", rule(api.post(reports, Api.object().put("townCode", village).put("reporterName", "村支书")), 422));
        String outside = ModuleInstall.firstTownship(api, "430581");
        assertEquals("townCode", assertProblem(api.post(reports, Api.object().put("townCode", outside).put("reporterName", "外县书记")), 400)
                .at("/errors/0/field").asText());
        assertEquals("reporterMemberId", assertProblem(api.post(reports, Api.object().put("townCode", otherTown)), 400).at("/errors/0/field")
                .asText());
        long foreignOrganization = api.get("/organizations?jurisdiction=430581&size=1").json().at("/items/0/id").asLong();
        assertEquals("organizationId", assertProblem(api.post(reports, Api.object().put("townCode", otherTown).put("reporterName", "某书记")
                .put("organizationId", foreignOrganization)), 400).at("/errors/0/field").asText());
        Api.Reply byName = api.post(reports, Api.object().put("townCode", otherTown).put("reporterName", "另一镇党委书记"));
        assertEquals(201, byName.status(), byName.toString());

        assertEquals("evaluation-before-submission", rule(evaluate(upper("市委书记", 95)), 422));
        assertEquals("summary", assertProblem(api.put(BASE + "/reports/" + report + "/submission", Api.object().put("version", version())), 400)
                .at("/errors/0/field").asText());
        JsonNode submitted = ok(api.put(BASE + "/reports/" + report + "/submission", Api.object().put("summary", "年度抓基层党建工作专项述职")
                .put("submittedOn", year + "-12-20").put("version", version())));
        assertEquals(year + "-12-20", submitted.get("submittedOn").asText());
        assertEquals("report-already-submitted", rule(api.put(BASE + "/reports/" + report + "/submission", Api.object().put("summary", "再次述职")
                .put("version", version())), 422));

        assertEquals("evaluations[0].score", assertProblem(evaluate(upper("市委书记", 95).putNull("score")), 400).at("/errors/0/field").asText());
        assertEquals("evaluations[0].score", assertProblem(evaluate(upper("市委书记", 101)), 400).at("/errors/0/field").asText());
        assertEquals("evaluations[1].raterMemberId",
                assertProblem(evaluate(upper("市委书记", 95), Api.object().put("raterKind", "LOWER").put("score", 80)), 400).at("/errors/0/field")
                        .asText());
        assertEquals("xingning-lower-rater-outside-town", rule(evaluate(lower(stranger, 80)), 422));
        Api.Reply rated = evaluate(upper("市委书记", 94), upper("市委组织部部长", 90), lower(cadre, 80));
        assertEquals(201, rated.status(), rated.toString());
        assertEquals(3, rated.json().size());
        assertEquals("EXCELLENT", rated.json().get(0).get("rating").asText(), "the rating is the score's band");
        assertEquals("GOOD", rated.json().get(2).get("rating").asText());
        assertEquals("LOWER", rated.json().get(2).get("raterKind").asText());
        assertEquals("rater-already-rated", rule(evaluate(upper("市委统战部部长", 90), upper("市委书记", 70)), 422));
        assertEquals("rater-already-rated", rule(evaluate(lower(cadre, 60)), 422));
        assertEquals(3, api.get(BASE + "/reports/" + report + "/evaluations").json().size(), "a refused sitting records nothing");

        JsonNode results = api.get(BASE + "/rounds/" + round + "/results").json();
        assertEquals(2, results.get("expected").asLong());
        assertEquals(1, results.get("submitted").asLong());
        assertEquals(1, results.get("scored").asLong());
        assertEquals(1, results.get("pending").asLong(), "the other town has not reported while the round is open");
        JsonNode mine = results.at("/secretaries/0");
        assertEquals(report, mine.get("reportId").asLong(), results.toString());
        assertEquals(92.0, mine.get("upperScore").asDouble());
        assertEquals(80.0, mine.get("lowerScore").asDouble());
        assertEquals(86.0, mine.get("combinedScore").asDouble());
        assertEquals("RETAINED", mine.get("outcome").asText());
        assertEquals(mine.toString(), api.get(BASE + "/reports/" + report + "/result").json().toString());

        long v = api.get(BASE + "/rounds/" + round).json().get("version").asLong();
        assertProblem(api.put(BASE + "/rounds/" + round + "/closing", Api.object().put("version", v + 7)), 409);
        assertEquals("CLOSED", ok(api.put(BASE + "/rounds/" + round + "/closing", Api.object().put("closedOn", year + "-12-31").put("version", v)))
                .get("status").asText());
        assertEquals("report-after-round-closed", rule(api.post(reports, Api.object().put("townCode", village.substring(0, 9)).put("reporterName",
                "补报书记")), 422));
        assertEquals("evaluation-after-round-closed", rule(evaluate(upper("市委宣传部部长", 90)), 422));
        JsonNode closed = api.get(BASE + "/rounds/" + round + "/results").json();
        assertEquals(1, closed.get("talk").asLong(), "closed without a report: talked to, " + closed);
        assertEquals(0, closed.get("pending").asLong());
    }

    @Test
    @Order(4)
    void theCountyWeighsTheTwoDirectionsAndAClosedRoundKeepsItsWeighting() {
        JsonNode w = ok(api.get(BASE + "/weighting"));
        assertEquals(50, w.get("upperWeight").asInt());
        assertTrue(w.get("defaults").asBoolean(), w.toString());
        assertEquals("xingning-weighting-by-county", rule(api.put("/jurisdictions/" + town + "/" + MODULE + "/weighting", weighting(60, 40, null)),
                422));
        assertEquals("lowerWeight", assertProblem(api.put(BASE + "/weighting", weighting(70, 40, null)), 400).at("/errors/0/field").asText());
        assertEquals("talkScore", assertProblem(api.put(BASE + "/weighting", weighting(60, 40, null).put("talkScore", 95)), 400)
                .at("/errors/0/field").asText());

        // an open round of another unused year, scored like the closed one (92 from above, 80 from below)
        Set<Integer> used = new HashSet<>();
        api.get(BASE + "/rounds?size=500").json().get("items").forEach(r -> used.add(r.get("year").asInt()));
        int openYear = year + 1;
        while (used.contains(openYear)) {
            openYear++;
        }
        long open = api.post(BASE + "/rounds", Api.object().put("year", openYear)).json().get("id").asLong();
        JsonNode registered = api.post(BASE + "/rounds/" + open + "/reports", Api.object().put("townCode", town).put("reporterMemberId",
                memberOf(town, 0).get("id").asLong())).json();
        long openReport = registered.get("id").asLong();
        ok(api.put(BASE + "/reports/" + openReport + "/submission", Api.object().put("summary", "年度述职").put("submittedOn", openYear + "-12-20")
                .put("version", registered.get("version").asLong())));
        ArrayNode sitting = Api.object().arrayNode();
        sitting.add(Api.object().put("raterKind", "UPPER").put("rater", "市委书记").put("score", 94).put("ratedOn", openYear + "-12-28"));
        sitting.add(Api.object().put("raterKind", "UPPER").put("rater", "市纪委书记").put("score", 90).put("ratedOn", openYear + "-12-28"));
        sitting.add(Api.object().put("raterKind", "LOWER").put("raterMemberId", memberOf(town, 1).get("id").asLong()).put("score", 80)
                .put("ratedOn", openYear + "-12-24"));
        ObjectNode body = Api.object();
        body.set("evaluations", sitting);
        assertEquals(201, api.post(BASE + "/reports/" + openReport + "/evaluations", body).status());
        assertEquals(86.0, api.get(BASE + "/reports/" + openReport + "/result").json().get("combinedScore").asDouble());

        JsonNode changed = ok(api.put(BASE + "/weighting", weighting(60, 40, null)));
        assertEquals(60, changed.get("upperWeight").asInt());
        assertEquals(COUNTY, ok(api.get("/jurisdictions/" + town + "/" + MODULE + "/weighting")).get("countyCode").asText(), "read in the towns");
        assertProblem(api.put(BASE + "/weighting", weighting(60, 40, null)), 409);
        JsonNode reweighed = api.get(BASE + "/reports/" + openReport + "/result").json();
        assertEquals(87.2, reweighed.get("combinedScore").asDouble(), "92 × 60 % + 80 × 40 %: " + reweighed);
        assertEquals(60, api.get(BASE + "/rounds/figures?year=" + openYear).json().get(0).get("upperWeight").asInt());
        JsonNode closed = api.get(BASE + "/rounds/" + round + "/results").json();
        assertTrue(closed.get("weightingFixed").asBoolean(), closed.toString());
        assertEquals(50, closed.get("upperWeight").asInt(), "the closed round keeps the weighting it was closed with");
        assertEquals(86.0, closed.at("/secretaries/0/combinedScore").asDouble());
        assertEquals(4, api.get(BASE + "/rounds/figures?year=" + DEMO_YEAR).json().get(0).get("recommended").asLong());

        JsonNode back = ok(api.put(BASE + "/weighting", weighting(50, 50, changed.get("version").asLong())));
        assertEquals(50, back.get("upperWeight").asInt());
        assertEquals(86.0, api.get(BASE + "/reports/" + openReport + "/result").json().get("combinedScore").asDouble());
    }

    @Test
    @Order(5)
    void figuresOverSoapResultsAsXlsxAndAReportCardAsPdf() {
        JsonNode rest = api.get(BASE + "/rounds/figures?year=" + DEMO_YEAR).json().get(0);
        Api.Reply soap = api.soap("TwoWayReportingService", NS, "<t:getRoundFigures><t:jurisdictionCode>" + COUNTY
                + "</t:jurisdictionCode><t:year>" + DEMO_YEAR + "</t:year></t:getRoundFigures>");
        assertEquals(200, soap.status(), soap.toString());
        for (String field : new String[]{"expected", "submitted", "scored", "recommended", "retained", "talk"}) {
            assertTrue(soap.body().contains("<" + field + ">" + rest.get(field).asText() + "</" + field + ">"), field + " in " + soap.body());
        }
        Api.Reply list = api.soap("TwoWayReportingService", NS, "<t:getResults><t:jurisdictionCode>" + COUNTY + "</t:jurisdictionCode><t:roundId>"
                + demoRound + "</t:roundId></t:getResults>");
        assertEquals(200, list.status(), list.toString());
        assertEquals(17, list.body().split("<secretary>", -1).length - 1, list.body());
        assertTrue(list.body().contains("<outcome>RECOMMENDED</outcome>"), list.body());
        Api.Reply refused = api.soap("TwoWayReportingService", NS, "<t:getRoundFigures><t:jurisdictionCode>430581</t:jurisdictionCode><t:year>"
                + DEMO_YEAR + "</t:year></t:getRoundFigures>");
        assertEquals(500, refused.status(), refused.toString());
        assertTrue(refused.body().contains("430581"), refused.toString());

        HttpResponse<byte[]> xlsx = api.download(BASE + "/documents/rounds/" + demoRound + "/results.xlsx");
        assertEquals(200, xlsx.statusCode());
        assertEquals(17, Workbooks.numericRows(xlsx.body(), 0), "a ranked row per secretary");
        long card = api.get(BASE + "/rounds/" + demoRound + "/results").json().at("/secretaries/0/reportId").asLong();
        Api.Reply pdf = api.get(BASE + "/documents/reports/" + card);
        assertEquals(200, pdf.status(), pdf.toString());
        assertTrue(pdf.contentType().startsWith("application/pdf") && pdf.body().startsWith("%PDF"), pdf.contentType());
        assertProblem(api.get(BASE + "/documents/reports/999999999"), 404);
        assertEquals(404, api.as("xiajiang-operator").get(BASE + "/rounds/" + round).status(), "another county's account does not see 兴宁");
        assertEquals(404, api.as("wugang-operator").get("/jurisdictions/430581/" + MODULE + "/reports/" + report).status());
    }

    @Test
    @Order(6)
    void uninstallAndReinstallKeepEveryRecord() {
        String before = api.get(BASE + "/rounds/" + round + "/results").body();
        String figures = api.get(BASE + "/rounds/figures?year=" + DEMO_YEAR).body();
        ModuleInstall.reinstall(server, api, MODULE, "jiceng-county-xingning", BASE, "/rounds", "/rounds/" + round);
        assertEquals(before, api.get(BASE + "/rounds/" + round + "/results").body());
        assertEquals(figures, api.get(BASE + "/rounds/figures?year=" + DEMO_YEAR).body(), "the demo ran once: nothing was added");
    }

    // ---- helpers

    /** The {@code index}-th member (by id) whose organization lies in the town itself (its committee). */
    private static JsonNode memberOf(String townCode, int index) {
        int found = 0;
        for (JsonNode m : api.get("/members?jurisdiction=" + townCode + "&size=100&sort=id").json().get("items")) {
            if (m.get("jurisdictionCode").asText().equals(townCode) && found++ == index) {
                return m;
            }
        }
        throw new AssertionError("no member " + index + " in " + townCode);
    }

    private static ObjectNode upper(String rater, int score) {
        return Api.object().put("raterKind", "UPPER").put("rater", rater).put("score", score).put("ratedOn", year + "-12-28");
    }

    private static ObjectNode lower(JsonNode member, int score) {
        return Api.object().put("raterKind", "LOWER").put("raterMemberId", member.get("id").asLong()).put("score", score).put("ratedOn",
                year + "-12-24");
    }

    private static ObjectNode weighting(int upper, int lower, Long version) {
        ObjectNode body = Api.object().put("upperWeight", upper).put("lowerWeight", lower).put("recommendScore", 90).put("talkScore", 75);
        return version == null ? body : body.put("version", version);
    }

    private static Api.Reply evaluate(ObjectNode... scores) {
        ArrayNode list = Api.object().arrayNode();
        for (ObjectNode s : scores) {
            list.add(s);
        }
        ObjectNode body = Api.object();
        body.set("evaluations", list);
        return api.post(BASE + "/reports/" + report + "/evaluations", body);
    }

    private static long version() {
        return api.get(BASE + "/reports/" + report).json().get("version").asLong();
    }

    private static String rule(Api.Reply reply, int status) {
        return assertProblem(reply, status).get("rule").asText();
    }

    private static JsonNode ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }
}
