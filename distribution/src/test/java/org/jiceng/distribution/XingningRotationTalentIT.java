package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
 * 兴宁's cadre rotation and talent work, installed into the running server and enabled for 兴宁
 * only: the demo gives this year's plan (cadres due from the core's tenure, moves planned,
 * carried out, deferred, and some due left overdue) and the seed's 82 urgently needed posts with
 * talents matched; a due cadre's move is proposed, refused by the rules (same unit, not due
 * without a reason, executed before approval, planned twice), approved and carried out into the
 * core's positions so the tenure starts again; talents are matched until the post is full;
 * figures over SOAP, the plan and the posts as XLSX, another county refused, and the records kept
 * over an uninstall and reinstall.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class XingningRotationTalentIT {
    private static final String MODULE = "xingning-rotation-and-talent";
    private static final String COUNTY = "441481";
    private static final String BASE = "/jurisdictions/" + COUNTY + "/" + MODULE;
    private static final String NS = "http://jiceng.org/soap/xingning-rotation-and-talent";
    private static final int YEAR = LocalDate.now().getYear();

    private static JicengServer server;
    private static Api api;
    private static JsonNode demoRotation;
    private static JsonNode demoTalent;
    /** A move this class carried out, and the demo plan's id. */
    private static long executedMove;
    private static long planId;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    @Order(1)
    void installedAtRuntimeAndEnabledForXingningOnly() {
        ModuleInstall.installAndEnable(server, api, MODULE, COUNTY, "干部交流轮岗和人才工作", "/rotation/figures");
        ModuleInstall.refusedIn(api, MODULE, "/rotation/figures", "360823", "430581", "110113");
        JsonNode paths = api.get("/openapi.json").json().get("paths");
        assertTrue(paths.has("/jurisdictions/{code}/" + MODULE + "/rotation/moves/{id}/execute"), "the OpenAPI document shows the module");
    }

    @Test
    @Order(2)
    void demoGivesThePlanOfTheYearAndTheSeedsNeededPosts() {
        long deadline = System.nanoTime() + Duration.ofSeconds(400).toNanos();
        while (server.logLines("Demo data of module " + MODULE + " completed").isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "the demo data of " + MODULE + " did not finish");
            JicengServer.sleep(1000);
        }
        JsonNode talent = api.get(BASE + "/talent/figures").json();
        JsonNode rotation = api.get(BASE + "/rotation/figures").json();
        System.out.println("兴宁 rotation: " + rotation);
        System.out.println("兴宁 talent: " + talent);
        demoRotation = rotation;
        demoTalent = talent;
        assertEquals(82, talent.get("posts").asInt(), "组织上报急需紧缺人才目录岗位80多个: " + talent);
        assertEquals(160, talent.get("talents").asInt(), talent.toString());
        assertTrue(talent.get("members").asInt() > 40, "a third are core members: " + talent);
        assertTrue(talent.get("filled").asInt() > 0 && talent.get("filled").asInt() <= talent.get("needed").asInt(), talent.toString());
        assertTrue(talent.get("openPosts").asInt() > 0, "some posts still need people: " + talent);
        assertEquals(9, talent.get("categories").size());

        assertEquals(YEAR, rotation.get("year").asInt());
        int due = rotation.get("due").asInt();
        assertTrue(due > 10, rotation.toString());
        assertEquals(due, rotation.get("dueHeads").asInt() + rotation.get("dueDeputies").asInt());
        assertTrue(rotation.get("moved").asInt() > 0, "moves carried out: " + rotation);
        assertTrue(rotation.get("overdue").asInt() > 0, "some due cadres not in the plan: " + rotation);
        assertEquals(1, rotation.get("exceptions").asInt(), "one move for an exception reason: " + rotation);
        assertEquals(18, rotation.get("towns").size(), "the city's own units and a row per township of 兴宁: " + rotation);
        int dueInRows = 0;
        int overdueInRows = 0;
        for (JsonNode t : rotation.get("towns")) {
            dueInRows += t.get("due").asInt();
            overdueInRows += t.get("overdue").asInt();
        }
        assertEquals(due, dueInRows);
        assertEquals(rotation.get("overdue").asInt(), overdueInRows);
        assertEquals(rotation.get("moved").asInt(),
                api.get(BASE + "/rotation/moves?status=EXECUTED&year=" + YEAR + "&size=1").json().get("total").asInt());
        assertEquals(rotation.get("deferred").asInt(), api.get(BASE + "/rotation/moves?status=DEFERRED&size=1").json().get("total").asInt());

        // the due list: each measured by the rule's years, overdue ones without a move
        int withoutMove = 0;
        for (JsonNode d : api.get(BASE + "/rotation/due").json()) {
            assertTrue(d.get("years").asInt() >= d.get("threshold").asInt(), d.toString());
            assertEquals("HEAD".equals(d.get("level").asText()) ? 5 : 10, d.get("threshold").asInt());
            withoutMove += d.get("moveId").isNull() ? 1 : 0;
        }
        assertEquals(rotation.get("overdue").asInt(), withoutMove);
        JsonNode plans = api.get(BASE + "/rotation/plans?year=" + YEAR).json();
        assertEquals(1, plans.get("total").asInt(), plans.toString());
        planId = plans.at("/items/0/id").asLong();
    }

    @Test
    @Order(3)
    void aDueCadreIsMovedByTheRules() {
        JsonNode cadre = null;
        for (JsonNode d : api.get(BASE + "/rotation/due").json()) {
            if (d.get("moveId").isNull() && !d.get("positionId").isNull()) {
                cadre = d;
                break;
            }
        }
        assertNotNull(cadre, "an overdue cadre");
        long positionId = cadre.get("positionId").asLong();
        String unit = cadre.get("unit").asText();

        assertEquals("rotation-plan-exists",
                assertProblem(api.post(BASE + "/rotation/plans", Api.object().put("year", YEAR)), 422).get("rule").asText());
        JsonNode bad = assertProblem(api.post(BASE + "/rotation/plans/" + planId + "/moves", Api.object().put("positionId", positionId)), 400);
        assertTrue(bad.toString().contains("toUnit") && bad.toString().contains("toLevel"), bad.toString());
        assertEquals("rotation-same-unit",
                assertProblem(api.post(BASE + "/rotation/plans/" + planId + "/moves", move(positionId, unit, cadre.get("level").asText())), 422)
                        .get("rule")
                        .asText());

        String toUnit = "兴宁市交流测试单位" + System.nanoTime() % 100000;
        Api.Reply proposed = api.post(BASE + "/rotation/plans/" + planId + "/moves", move(positionId, toUnit, cadre.get("level").asText()));
        assertEquals(201, proposed.status(), proposed.toString());
        JsonNode m = proposed.json();
        assertTrue(m.get("due").asBoolean());
        assertEquals("PROPOSED", m.get("status").asText());
        long id = m.get("id").asLong();
        assertEquals("rotation-already-planned",
                assertProblem(api.post(BASE + "/rotation/plans/" + planId + "/moves", move(positionId, toUnit + "乙", cadre.get("level").asText())),
                        422)
                        .get("rule").asText());
        assertEquals("rotation-not-approved",
                assertProblem(api.post(BASE + "/rotation/moves/" + id + "/execute", Api.object().put("version", m.get("version").asLong())), 422)
                        .get("rule").asText());
        assertProblem(api.post(BASE + "/rotation/moves/" + id + "/approve", Api.object().put("version", m.get("version").asLong() + 7)), 409);
        Api.Reply approved = api.post(BASE + "/rotation/moves/" + id + "/approve", Api.object().put("version", m.get("version").asLong()));
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("rotation-move-closed", assertProblem(api.post(BASE + "/rotation/moves/" + id + "/approve",
                Api.object().put("version", approved.json().get("version").asLong())), 422).get("rule").asText());
        Api.Reply executed = api.post(BASE + "/rotation/moves/" + id + "/execute",
                Api.object().put("version", approved.json().get("version").asLong()));
        assertEquals(200, executed.status(), executed.toString());
        assertEquals("EXECUTED", executed.json().get("status").asText());
        executedMove = id;

        // the core's positions: the old post ended, the new one current, so the tenure starts again
        long memberId = cadre.get("memberId").asLong();
        boolean oldEnded = false;
        boolean newCurrent = false;
        for (JsonNode p : api.get("/cadres/" + memberId + "/positions").json()) {
            oldEnded |= p.get("id").asLong() == positionId && !p.get("endDate").isNull();
            newCurrent |= p.get("id").asLong() == executed.json().get("newPositionId").asLong() && p.get("endDate").isNull()
                    && toUnit.equals(p.get("unit").asText());
        }
        assertTrue(oldEnded && newCurrent, "the move is in the core's positions");
        for (JsonNode d : api.get(BASE + "/rotation/due").json()) {
            assertFalse(d.get("memberId").asLong() == memberId && unit.equals(d.get("unit").asText()), "no longer due: " + d);
        }
        JsonNode after = api.get(BASE + "/rotation/figures").json();
        assertEquals(demoRotation.get("moved").asInt() + 1, after.get("moved").asInt());
        assertEquals(demoRotation.get("overdue").asInt() - 1, after.get("overdue").asInt());
        assertEquals(demoRotation.get("due").asInt() - 1, after.get("due").asInt());
    }

    @Test
    @Order(4)
    void aCadreNotDueMovesOnlyForAReasonAndDeferralNeedsOne() {
        String town = ModuleInstall.firstTownship(api, COUNTY);
        long memberId = api.get("/members?jurisdiction=" + town + "&size=1&sort=-id").json().at("/items/0/id").asLong();
        String unit = "兴宁市轮岗测试局" + System.nanoTime() % 100000;
        Api.Reply position = api.post("/cadres/" + memberId + "/positions", Api.object().put("unit", unit).put("jurisdictionCode", town)
                .put("title", "局长").put("rank", "SECTION").put("level", "HEAD").put("startDate", LocalDate.now().minusYears(2).toString()));
        assertEquals(201, position.status(), position.toString());
        long positionId = position.json().get("id").asLong();
        ObjectNode body = move(positionId, unit + "乙", "HEAD");
        JsonNode notDue = assertProblem(api.post(BASE + "/rotation/plans/" + planId + "/moves", body), 422);
        assertEquals("rotation-not-due", notDue.get("rule").asText(), notDue.toString());
        Api.Reply early = api.post(BASE + "/rotation/plans/" + planId + "/moves", body.put("exceptionReason", "工作需要, 提前交流"));
        assertEquals(201, early.status(), early.toString());
        assertFalse(early.json().get("due").asBoolean());
        long id = early.json().get("id").asLong();
        long version = early.json().get("version").asLong();
        JsonNode noReason = assertProblem(api.post(BASE + "/rotation/moves/" + id + "/defer", Api.object().put("version", version)), 400);
        assertTrue(noReason.toString().contains("reason"), noReason.toString());
        Api.Reply deferred = api.post(BASE + "/rotation/moves/" + id + "/defer", Api.object().put("version", version).put("reason", "班子调整期, 暂缓"));
        assertEquals(200, deferred.status(), deferred.toString());
        assertEquals("DEFERRED", deferred.json().get("status").asText());
        assertEquals("rotation-move-closed", assertProblem(api.post(BASE + "/rotation/moves/" + id + "/execute",
                Api.object().put("version", deferred.json().get("version").asLong())), 422).get("rule").asText());
        assertEquals(demoRotation.get("deferred").asInt() + 1, api.get(BASE + "/rotation/figures").json().get("deferred").asInt());
    }

    @Test
    @Order(5)
    void talentsAreMatchedToNeededPostsOfTheirField() {
        JsonNode bad = assertProblem(api.post(BASE + "/talent/posts", Api.object().put("title", "儿科医师")), 400);
        assertTrue(bad.toString().contains("unit") && bad.toString().contains("needed"), bad.toString());
        Api.Reply post = api.post(BASE + "/talent/posts",
                Api.object().put("title", "新生儿科医师").put("unit", "市妇幼保健院").put("category", "HEALTH").put("needed", 1));
        assertEquals(201, post.status(), post.toString());
        long postId = post.json().get("id").asLong();

        long memberId = api.get("/members?jurisdiction=" + COUNTY + "&size=1&sort=-id").json().at("/items/0/id").asLong();
        Api.Reply doctor = api.post(BASE + "/talent/talents",
                Api.object().put("memberId", memberId).put("category", "HEALTH").put("specialty", "儿科"));
        assertEquals(201, doctor.status(), doctor.toString());
        assertEquals(memberId, doctor.json().get("memberId").asLong());
        Api.Reply nurse = api.post(BASE + "/talent/talents", Api.object().put("name", "罗秀英").put("category", "HEALTH").put("specialty", "护理"));
        assertEquals(201, nurse.status(), nurse.toString());
        Api.Reply teacher = api.post(BASE + "/talent/talents", Api.object().put("name", "曾志强").put("category", "EDUCATION").put("specialty", "数学"));
        assertEquals(201, teacher.status(), teacher.toString());
        long foreignMember = api.get("/members?jurisdiction=360823&size=1").json().at("/items/0/id").asLong();
        assertProblem(api.post(BASE + "/talent/talents", Api.object().put("memberId", foreignMember).put("category", "HEALTH").put("specialty", "x")),
                404);

        JsonNode d = doctor.json();
        assertProblem(api.put(BASE + "/talent/talents/" + d.get("id").asLong() + "/post",
                Api.object().put("postId", postId).put("version", d.get("version").asLong() + 3)), 409);
        Api.Reply matched = api.put(BASE + "/talent/talents/" + d.get("id").asLong() + "/post",
                Api.object().put("postId", postId).put("version", d.get("version").asLong()));
        assertEquals(200, matched.status(), matched.toString());
        assertEquals(1, api.get(BASE + "/talent/posts/" + postId).json().get("filled").asInt());
        assertEquals("talent-post-full", assertProblem(api.put(BASE + "/talent/talents/" + nurse.json().get("id").asLong() + "/post",
                Api.object().put("postId", postId).put("version", nurse.json().get("version").asLong())), 422).get("rule").asText());
        assertEquals("talent-category-mismatch", assertProblem(api.put(BASE + "/talent/talents/" + teacher.json().get("id").asLong() + "/post",
                Api.object().put("postId", postId).put("version", teacher.json().get("version").asLong())), 422).get("rule").asText());

        JsonNode f = api.get(BASE + "/talent/figures").json();
        assertEquals(demoTalent.get("posts").asInt() + 1, f.get("posts").asInt());
        assertEquals(demoTalent.get("talents").asInt() + 3, f.get("talents").asInt());
        assertEquals(demoTalent.get("members").asInt() + 1, f.get("members").asInt());
        assertEquals(demoTalent.get("filled").asInt() + 1, f.get("filled").asInt());
    }

    @Test
    @Order(6)
    void figuresOverSoapDocumentsAsXlsxAndAnotherCountyRefused() {
        JsonNode rest = api.get(BASE + "/rotation/figures").json();
        Api.Reply soap = api.soap("RotationTalentService", NS,
                "<t:getRotationFigures><t:jurisdictionCode>" + COUNTY + "</t:jurisdictionCode></t:getRotationFigures>");
        assertEquals(200, soap.status(), soap.toString());
        assertTrue(soap.body().contains("<moved>" + rest.get("moved").asInt() + "</moved>"), soap.body());
        assertTrue(soap.body().contains("<overdue>" + rest.get("overdue").asInt() + "</overdue>"), soap.body());
        JsonNode talent = api.get(BASE + "/talent/figures").json();
        Api.Reply soapTalent = api.soap("RotationTalentService", NS,
                "<t:getTalentFigures><t:jurisdictionCode>" + COUNTY + "</t:jurisdictionCode></t:getTalentFigures>");
        assertEquals(200, soapTalent.status(), soapTalent.toString());
        assertTrue(soapTalent.body().contains("<posts>" + talent.get("posts").asInt() + "</posts>"), soapTalent.body());
        Api.Reply refused = api.soap("RotationTalentService", NS,
                "<t:getRotationFigures><t:jurisdictionCode>360823</t:jurisdictionCode></t:getRotationFigures>");
        assertEquals(500, refused.status(), refused.toString());

        for (String document : new String[]{"/documents/rotation-plan.xlsx", "/documents/needed-posts.xlsx"}) {
            HttpResponse<byte[]> xlsx = api.download(BASE + document);
            assertEquals(200, xlsx.statusCode(), document);
            assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
            assertTrue(xlsx.body().length > 2000 && xlsx.body()[0] == 'P' && xlsx.body()[1] == 'K', "a workbook");
        }

        // another county's accounts: 兴宁's records are not found, in 兴宁's path or their own
        Api xiajiang = api.as("xiajiang-operator");
        JsonNode move = api.get(BASE + "/rotation/moves?size=1").json().at("/items/0");
        assertProblem(xiajiang.get(BASE + "/rotation/moves/" + move.get("id").asLong()), 404);
        assertProblem(xiajiang.post(BASE + "/rotation/moves/" + move.get("id").asLong() + "/defer",
                Api.object().put("version", move.get("version").asLong()).put("reason", "x")), 404);
        assertProblem(xiajiang.get("/jurisdictions/360823/" + MODULE + "/talent/figures"), 404);
    }

    @Test
    @Order(7)
    void uninstallAndReinstallKeepEveryRecord() {
        String before = api.get(BASE + "/rotation/moves/" + executedMove).body();
        JsonNode rotation = api.get(BASE + "/rotation/figures").json();
        JsonNode talent = api.get(BASE + "/talent/figures").json();
        ModuleInstall.reinstall(server, api, MODULE, "jiceng-county-xingning", BASE, "/rotation/figures", "/rotation/moves/" + executedMove);
        assertEquals(before, api.get(BASE + "/rotation/moves/" + executedMove).body());
        assertEquals(rotation, api.get(BASE + "/rotation/figures").json(), "the demo ran once: nothing added");
        assertEquals(talent, api.get(BASE + "/talent/figures").json());
    }

    private static ObjectNode move(long positionId, String toUnit, String level) {
        return Api.object().put("positionId", positionId).put("toUnit", toUnit).put("toTitle", "HEAD".equals(level) ? "局长" : "副局长")
                .put("toRank", "HEAD".equals(level) ? "SECTION" : "DEPUTY_SECTION").put("toLevel", level);
    }
}
