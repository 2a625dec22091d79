package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
 * 武冈's two creations: installed at runtime and enabled for 武冈 only; the demo reproduces the seed's
 * figures (standardized branches accepted at 98.5 %, 19 model branches) over REST and SOAP; then, on
 * branches this test creates and in 2024 (a year the demo does not use, so the test owns it), the
 * rules refused by name — a committee applying, a model application without an accepted standardized
 * branch, a cross-inspection by the branch's own township or before a passed self-check, an
 * acceptance before the self-check or the cross-inspection, on a failed inspection or from a
 * township's scope — and a branch taken to the model title. Other counties get 404; uninstall and
 * reinstall keep every record.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WugangTwoCreationsIT {
    private static final String MODULE = "wugang-two-creations";
    private static final String COUNTY = "430581";
    private static final String BASE = "/jurisdictions/" + COUNTY + "/" + MODULE;
    private static final String NS = "http://jiceng.org/soap/wugang-two-creations";
    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final int YEAR = LocalDate.now().getYear();

    private static JicengServer server;
    private static Api api;
    private static Api operator;
    private static String township;
    private static String otherTownship;
    private static String village;
    private static long model;
    private static long rejected;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
        operator = api.as("wugang-operator");
    }

    @Test
    @Order(1)
    void installedAtRuntimeAndEnabledFor武冈Only() {
        ModuleInstall.installAndEnable(server, api, MODULE, COUNTY, "两个创建", "/figures");
        for (String other : new String[]{"441481", "360823", "110113"}) {
            JsonNode p = assertProblem(api.get("/jurisdictions/" + other + "/" + MODULE + "/figures"), 404);
            assertEquals("module-not-enabled", CoreRegistryIT.problemType(p), p.toString());
            assertTrue(p.get("detail").asText().contains(other), p.toString());
        }
        assertTrue(api.get("/openapi.json").json().get("paths").has("/jurisdictions/{code}/" + MODULE + "/applications/{id}/cross-inspection"));
    }

    @Test
    @Order(2)
    void demoReproducesTheSeedsFigures() {
        JsonNode f = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < deadline) {
            f = api.get(BASE + "/figures").json();
            if (f.at("/standardized/accepted").asLong() + f.at("/standardized/rejected").asLong() >= 67 && f.get("modelBranches").asLong() >= 19) {
                break;
            }
            JicengServer.sleep(1000);
        }
        System.out.println("武冈 two creations " + YEAR + ": " + f);
        assertEquals(YEAR, f.get("year").asInt());
        assertEquals(67, f.at("/standardized/applied").asLong(), f.toString());
        assertEquals(66, f.at("/standardized/accepted").asLong());
        assertEquals(1, f.at("/standardized/rejected").asLong());
        assertEquals("98.5", f.get("passPercent").asText(), "标准化党支部建设验收合格达标98.5%");
        assertEquals(19, f.get("modelBranches").asLong(), "评定出19个示范化党支部");
        assertEquals(22, f.at("/model/applied").asLong());
        assertEquals(3, f.at("/model/rejected").asLong());
        assertTrue(f.get("townships").size() >= 10, "per township: " + f.get("townships"));

        // The upper-level systems read the same figures over SOAP (the current year when none is given).
        Api.Reply soap = api.soap("TwoCreationsService", NS, "<t:getFigures><t:jurisdictionCode>" + COUNTY + "</t:jurisdictionCode></t:getFigures>");
        assertEquals(200, soap.status(), soap.toString());
        assertTrue(soap.body().contains("<passPercent>98.5</passPercent>"), soap.body());
        assertTrue(soap.body().contains("<modelBranches>19</modelBranches>"), soap.body());

        JsonNode standardized = api.get(BASE + "/criteria/STANDARDIZED").json();
        assertEquals(4, standardized.get("aspects").size());
        assertEquals(13, criteriaCount(standardized), "13 criteria under 4 aspects");
        JsonNode modelSet = api.get("/checklists/" + standardized.get("key").asText().replace("standardized", "model")).json();
        assertEquals(6, modelSet.get("aspects").size(), "the sets are the checklist engine's");
        assertEquals(25, criteriaCount(modelSet), "25 criteria under 6 aspects");

        JsonNode ranking = api.get(BASE + "/rankings/STANDARDIZED/" + YEAR + "?size=500").json();
        assertEquals(67, ranking.get("total").asLong(), "every cross-inspected branch is ranked");
        JsonNode first = ranking.at("/items/0");
        assertEquals(1, first.get("rank").asInt());
        JsonNode last = ranking.at("/items/66");
        assertFalse(last.get("crossPassed").asBoolean(), "the failed branch ranks last: " + last);
        assertEquals("REJECTED", last.get("stage").asText());
        assertProblem(api.get(BASE + "/rankings/STANDARDIZED/" + YEAR + "?sort=votes"), 400);
        JsonNode byTownship = api
                .get(BASE + "/rankings/STANDARDIZED/" + YEAR + "?township=" + first.get("townshipCode").asText() + "&sort=townshipRank")
                .json();
        assertEquals(1, byTownship.at("/items/0/townshipRank").asInt(), "ranked down to the villages of a township");
        assertEquals(byTownship.get("total").asInt(), byTownship.at("/items/0/townshipSize").asInt());

        JsonNode evaluations = api.get(BASE + "/applications/" + first.get("applicationId").asLong() + "/evaluations").json();
        assertEquals(2, evaluations.size(), evaluations.toString());
        assertFalse(evaluations.get(0).get("crossInspection").asBoolean(), "the self-check is the branch's own");
        assertTrue(evaluations.get(1).get("crossInspection").asBoolean(), "the engine sees the other township's inspection as a cross-inspection");
        assertTrue(
                api.get("/checklists/evaluations?jurisdiction=" + COUNTY + "&key=" + standardized.get("key").asText() + "&size=1").json().get("total")
                        .asLong() >= 134,
                "a self-check and a cross-inspection per application, in the engine");
    }

    @Test
    @Order(3)
    void applicationsAreRefusedByTheirRulesAndCheckedInOrder() {
        JsonNode towns = api.get("/jurisdictions/" + COUNTY + "/subtree?level=TOWNSHIP&size=50").json().get("items");
        township = towns.get(2).get("code").asText();
        otherTownship = towns.get(3).get("code").asText();
        village = api.get("/jurisdictions/" + township + "/subtree?level=VILLAGE&size=1").json().at("/items/0/code").asText();
        JsonNode before = operator.get("/jurisdictions/" + village + "/" + MODULE + "/figures?year=2024").json();
        long committee = organization("测试" + RUN + "村党委", "COMMITTEE");
        long branch = organization("测试" + RUN + "村第一党支部", "BRANCH");
        long weak = organization("测试" + RUN + "村第二党支部", "BRANCH");

        assertEquals("application-not-a-branch", rule(operator.post(BASE + "/applications", application(committee, "STANDARDIZED"))));
        assertEquals("model-requires-standardized", rule(operator.post(BASE + "/applications", application(branch, "MODEL"))));
        assertEquals("year", assertProblem(operator.post(BASE + "/applications", application(branch, "STANDARDIZED").put("year", YEAR + 1)), 400)
                .at("/errors/0/field").asText());
        assertTrue(assertProblem(operator.post(BASE + "/applications", application(branch, "GOLD")), 400).toString().contains("level"));
        Api.Reply created = operator.post(BASE + "/applications", application(branch, "STANDARDIZED"));
        assertEquals(201, created.status(), created.toString());
        JsonNode a = created.json();
        assertEquals("APPLIED", a.get("stage").asText());
        assertEquals(township, a.get("townshipCode").asText());
        assertEquals("application-duplicate", rule(operator.post(BASE + "/applications", application(branch, "STANDARDIZED"))));
        long id = a.get("id").asLong();

        assertEquals("acceptance-before-self-check", rule(operator.put(BASE + "/applications/" + id + "/acceptance", decision(true, a))));
        assertEquals("cross-inspection-before-self-check",
                rule(operator.post(BASE + "/applications/" + id + "/cross-inspection", evaluation("STANDARDIZED", true, otherTownship, a))));
        ObjectNode incomplete = evaluation("STANDARDIZED", true, null, a);
        ((ArrayNode) incomplete.get("answers")).remove(0);
        assertEquals("checklist-all-answered", rule(operator.post(BASE + "/applications/" + id + "/self-check", incomplete)));
        assertProblem(operator.post(BASE + "/applications/" + id + "/self-check", evaluation("STANDARDIZED", true, null, a).put("version", 99)), 409);

        a = ok(operator.post(BASE + "/applications/" + id + "/self-check", evaluation("STANDARDIZED", false, null, a)));
        assertFalse(a.get("selfCheckPassed").asBoolean(), "a self-check below the criteria");
        assertEquals("cross-inspection-self-check-failed",
                rule(operator.post(BASE + "/applications/" + id + "/cross-inspection", evaluation("STANDARDIZED", true, otherTownship, a))));
        a = ok(operator.post(BASE + "/applications/" + id + "/self-check", evaluation("STANDARDIZED", true, null, a)));
        assertTrue(a.get("selfCheckPassed").asBoolean(), "checked again after rectification");
        assertEquals("SELF_CHECKED", a.get("stage").asText());

        assertEquals("acceptance-before-cross-inspection", rule(operator.put(BASE + "/applications/" + id + "/acceptance", decision(true, a))));
        assertEquals("cross-inspection-same-township",
                rule(operator.post(BASE + "/applications/" + id + "/cross-inspection", evaluation("STANDARDIZED", true, township, a))));
        assertEquals("cross-inspection-outside-county",
                rule(operator.post(BASE + "/applications/" + id + "/cross-inspection", evaluation("STANDARDIZED", true, otherCountyTownship(), a))));
        assertEquals("inspectorTownship", assertProblem(
                operator.post(BASE + "/applications/" + id + "/cross-inspection", evaluation("STANDARDIZED", true, village, a)), 400)
                .at("/errors/0/field").asText());
        a = ok(operator.post(BASE + "/applications/" + id + "/cross-inspection", evaluation("STANDARDIZED", true, otherTownship, a)));
        assertEquals("CROSS_INSPECTED", a.get("stage").asText());
        assertTrue(a.get("crossPassed").asBoolean());
        assertEquals(otherTownship, a.get("inspectorTownship").asText());
        JsonNode engine = api.get("/checklists/evaluations/" + a.get("crossEvaluationId").asLong()).json();
        assertTrue(engine.get("crossInspection").asBoolean(), engine.toString());
        assertEquals(otherTownship, engine.get("evaluatorJurisdictionCode").asText());
        assertEquals("self-check-closed",
                rule(operator.post(BASE + "/applications/" + id + "/self-check", evaluation("STANDARDIZED", true, null, a))));

        assertEquals("acceptance-by-county",
                rule(operator.put("/jurisdictions/" + township + "/" + MODULE + "/applications/" + id + "/acceptance", decision(true, a))));
        a = ok(operator.put(BASE + "/applications/" + id + "/acceptance", decision(true, a)));
        assertEquals("ACCEPTED", a.get("stage").asText());
        assertEquals("wugang-operator", a.get("decidedBy").asText());
        assertEquals("acceptance-already-decided", rule(operator.put(BASE + "/applications/" + id + "/acceptance", decision(false, a))));

        // A branch that fails the other township's inspection is not accepted; it is rejected, and is no base for a model branch.
        JsonNode w = ok(operator.post(BASE + "/applications", application(weak, "STANDARDIZED")));
        w = ok(operator.post(BASE + "/applications/" + w.get("id").asLong() + "/self-check", evaluation("STANDARDIZED", true, null, w)));
        w = ok(operator.post(BASE + "/applications/" + w.get("id").asLong() + "/cross-inspection",
                evaluation("STANDARDIZED", false, otherTownship, w)));
        assertFalse(w.get("crossPassed").asBoolean());
        assertEquals("acceptance-cross-inspection-failed",
                rule(operator.put(BASE + "/applications/" + w.get("id").asLong() + "/acceptance", decision(true, w))));
        w = ok(operator.put(BASE + "/applications/" + w.get("id").asLong() + "/acceptance", decision(false, w)));
        assertEquals("REJECTED", w.get("stage").asText());
        rejected = w.get("id").asLong();
        assertEquals("model-requires-standardized", rule(operator.post(BASE + "/applications", application(weak, "MODEL"))));

        // The accepted one goes on to the model title, on the 25 criteria.
        JsonNode m = ok(operator.post(BASE + "/applications", application(branch, "MODEL")));
        assertTrue(m.get("criteriaKey").asText().contains("model"), m.toString());
        m = ok(operator.post(BASE + "/applications/" + m.get("id").asLong() + "/self-check", evaluation("MODEL", true, null, m)));
        m = ok(operator.post(BASE + "/applications/" + m.get("id").asLong() + "/cross-inspection", evaluation("MODEL", true, otherTownship, m)));
        m = ok(operator.put(BASE + "/applications/" + m.get("id").asLong() + "/acceptance", decision(true, m)));
        assertEquals("ACCEPTED", m.get("stage").asText());
        model = m.get("id").asLong();

        JsonNode villageFigures = operator.get("/jurisdictions/" + village + "/" + MODULE + "/figures?year=2024").json();
        assertEquals(before.get("modelBranches").asLong() + 1, villageFigures.get("modelBranches").asLong(), villageFigures.toString());
        assertEquals(before.at("/standardized/accepted").asLong() + 1, villageFigures.at("/standardized/accepted").asLong());
        assertEquals(before.at("/standardized/rejected").asLong() + 1, villageFigures.at("/standardized/rejected").asLong());
        JsonNode ours = operator.get(BASE + "/applications?year=2024&organizationId=" + branch + "&sort=-id").json();
        assertEquals(2, ours.get("total").asLong(), ours.toString());
        assertEquals("MODEL", ours.at("/items/0/level").asText());
        JsonNode ranking = operator.get(BASE + "/rankings/STANDARDIZED/2024?township=" + township + "&size=500").json();
        assertTrue(rank(ranking, id) < rank(ranking, rejected), "the passed branch ranks above the failed one: " + ranking);
        assertProblem(operator.get(BASE + "/applications?sort=name"), 400);
        assertProblem(operator.get(BASE + "/applications?stage=WAITING"), 400);
        assertProblem(operator.get(BASE + "/applications/999999999"), 404);
    }

    @Test
    @Order(4)
    void otherCountiesSeeNothing() {
        assertEquals(404, api.as("xingning-operator").get(BASE + "/applications/" + model).status(), "another county's account does not see 武冈");
        assertEquals(404,
                api.as("xiajiang-operator").put(BASE + "/applications/" + model + "/acceptance", Api.object().put("approve", true).put("version", 0))
                        .status());
        JsonNode p = assertProblem(api.get("/jurisdictions/441481/" + MODULE + "/applications/" + model), 404);
        assertEquals("module-not-enabled", CoreRegistryIT.problemType(p));
    }

    @Test
    @Order(5)
    void figuresAndRankingOverSoapAndPdf() {
        JsonNode rest = api.get(BASE + "/figures").json();
        Api.Reply soap = api.soap("TwoCreationsService", NS, "<t:getFigures><t:jurisdictionCode>" + COUNTY + "</t:jurisdictionCode></t:getFigures>");
        assertEquals(200, soap.status(), soap.toString());
        assertTrue(soap.body().contains("<passPercent>98.5</passPercent>"), "this test's branches are of 2024: " + soap.body());
        // A title holds from the year it was won: this test's 2024 model branch counts in this year's figures too.
        assertTrue(soap.body().contains("<modelBranches>" + rest.get("modelBranches").asText() + "</modelBranches>"), soap.body());
        assertTrue(soap.body().contains("<passShare>" + rest.get("passShare").asText() + "</passShare>"), soap.body());
        Api.Reply earlier = api.soap("TwoCreationsService", NS,
                "<t:getFigures><t:jurisdictionCode>" + village + "</t:jurisdictionCode><t:year>2024</t:year></t:getFigures>");
        assertTrue(earlier.body().contains("<year>2024</year>"), earlier.body());
        Api.Reply ranking = api.soap("TwoCreationsService", NS, "<t:listRanking><t:jurisdictionCode>" + COUNTY + "</t:jurisdictionCode>"
                + "<t:level>STANDARDIZED</t:level><t:year>" + YEAR + "</t:year></t:listRanking>");
        assertEquals(200, ranking.status(), ranking.toString());
        assertEquals(67, ranking.body().split("<row>", -1).length - 1, ranking.body());
        Api.Reply refused = api.soap("TwoCreationsService", NS, "<t:getFigures><t:jurisdictionCode>441481</t:jurisdictionCode></t:getFigures>");
        assertEquals(500, refused.status(), refused.toString());
        assertTrue(refused.body().contains("441481"), refused.toString());

        for (String document : new String[]{"rankings/STANDARDIZED/" + YEAR, "acceptance/MODEL/" + YEAR}) {
            Api.Reply pdf = api.get(BASE + "/documents/" + document);
            assertEquals(200, pdf.status(), pdf.toString());
            assertTrue(pdf.contentType().startsWith("application/pdf") && pdf.body().startsWith("%PDF"), pdf.contentType());
        }
        assertProblem(api.get(BASE + "/documents/rankings/GOLD/" + YEAR), 400);
    }

    @Test
    @Order(6)
    void uninstallAndReinstallKeepEveryRecord() {
        String before = api.get(BASE + "/applications/" + model).body();
        String rejectedBefore = api.get(BASE + "/applications/" + rejected).body();
        server.shell("feature:uninstall jiceng-county-wugang");
        server.shell("feature:uninstall jiceng-" + MODULE);
        assertTrue(assertProblem(api.get(BASE + "/figures"), 404).get("detail").asText().contains("not installed"));
        server.shell("feature:install jiceng-" + MODULE);
        server.waitFor("/api/v1" + BASE + "/applications/" + model, Duration.ofSeconds(60));
        assertEquals(before, api.get(BASE + "/applications/" + model).body());
        assertEquals(rejectedBefore, api.get(BASE + "/applications/" + rejected).body());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        // the reinstalled module's demo contributor runs again; ready means it has finished (and found its work done)
        while (System.nanoTime() < deadline
                && api.anonymous().raw(java.net.http.HttpRequest.newBuilder(server.uri("/health/ready"))).status() != 200) {
            JicengServer.sleep(500);
        }
        JsonNode f = api.get(BASE + "/figures").json();
        assertEquals(67, f.at("/standardized/applied").asLong(), "the demo ran once: nobody applied again " + f);
        assertEquals(66, f.at("/standardized/accepted").asLong());
        assertEquals(22, f.at("/model/applied").asLong());
    }

    // ---- helpers

    private static int criteriaCount(JsonNode set) {
        int n = 0;
        for (JsonNode aspect : set.get("aspects")) {
            n += aspect.get("criteria").size();
        }
        return n;
    }

    private static String rule(Api.Reply reply) {
        return assertProblem(reply, 422).get("rule").asText();
    }

    private static JsonNode ok(Api.Reply reply) {
        assertTrue(reply.status() == 200 || reply.status() == 201, reply.toString());
        return reply.json();
    }

    private static long organization(String name, String type) {
        Api.Reply r = api.post("/organizations",
                Api.object().put("name", name).put("type", type).put("field", "RURAL").put("jurisdictionCode", village)
                        .put("termStart", "2023-01-01").put("termEnd", "2028-01-01"));
        assertEquals(201, r.status(), r.toString());
        return r.json().get("id").asLong();
    }

    private static ObjectNode application(long organizationId, String level) {
        return Api.object().put("organizationId", organizationId).put("level", level).put("year", 2024);
    }

    private static ObjectNode decision(boolean approve, JsonNode application) {
        return Api.object().put("approve", approve).put("note", approve ? "验收合格" : "交叉检查未达标").put("version", application.get("version").asLong());
    }

    /** Every criterion of the level scored: full marks, or one mark each (below every criterion's pass score). */
    private static ObjectNode evaluation(String level, boolean passes, String inspectorTownship, JsonNode application) {
        ObjectNode body = Api.object().put("evaluator", inspectorTownship == null ? "党支部书记" : "纪检组织委员").put("version",
                application.get("version").asLong());
        if (inspectorTownship != null) {
            body.put("inspectorTownship", inspectorTownship);
        }
        ArrayNode answers = body.putArray("answers");
        for (JsonNode aspect : api.get(BASE + "/criteria/" + level).json().get("aspects")) {
            for (JsonNode c : aspect.get("criteria")) {
                answers.addObject().put("criterionKey", c.get("key").asText()).put("score", passes ? c.get("maximum").asDouble() : 1.0)
                        .put("evidence", "查阅台账").put("comment", passes ? "达标" : "未达标");
            }
        }
        return body;
    }

    private static String otherCountyTownship() {
        String code = api.get("/jurisdictions/441481/subtree?level=TOWNSHIP&size=1").json().at("/items/0/code").asText();
        assertNotNull(code);
        return code;
    }

    private static int rank(JsonNode ranking, long applicationId) {
        for (JsonNode r : ranking.get("items")) {
            if (r.get("applicationId").asLong() == applicationId) {
                return r.get("rank").asInt();
            }
        }
        throw new AssertionError("application " + applicationId + " is not ranked: " + ranking);
    }
}
