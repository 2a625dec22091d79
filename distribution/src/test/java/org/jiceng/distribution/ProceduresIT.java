package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Step procedures configured the way 顺义, 兴宁 and 武冈 run them, driven over REST. */
class ProceduresIT {
    private static Api api;
    private static final LocalDate TODAY = LocalDate.now();

    @BeforeAll
    static void boot() {
        api = new Api(JicengServer.get());
    }

    private static ObjectNode step(String key, String name, String record, String role, Integer deadlineDays, String... attachments) {
        ObjectNode s = Api.object().put("key", key).put("name", name).put("record", record).put("role", role);
        if (deadlineDays != null) {
            s.put("deadlineDays", deadlineDays);
        }
        ArrayNode a = s.putArray("requiredAttachments");
        for (String x : attachments) {
            a.add(x);
        }
        return s;
    }

    private static JsonNode define(String key, String name, ObjectNode... steps) {
        ObjectNode d = Api.object().put("key", key).put("name", name);
        ArrayNode list = d.putArray("steps");
        for (ObjectNode s : steps) {
            list.add(s);
        }
        Api.Reply r = api.post("/procedures/definitions", d);
        assertTrue(r.status() == 201 || r.status() == 200, r.toString());
        return r.json();
    }

    private static JsonNode start(String key, String subjectType, String subjectId, String jurisdiction, String title, LocalDate on) {
        Api.Reply r = api.post("/procedures/instances", Api.object().put("definitionKey", key).put("subjectType", subjectType)
                .put("subjectId", subjectId).put("jurisdictionCode", jurisdiction).put("title", title)
                .put("startedOn", on.toString()));
        assertEquals(201, r.status(), r.toString());
        assertEquals("RUNNING", r.json().get("status").asText());
        assertEquals(JicengServer.ADMIN, r.json().get("startedBy").asText(), "who started it is the login");
        return r.json();
    }

    private static Api.Reply complete(JsonNode instance, String stepKey, String role, String record, String... attachments) {
        ObjectNode c = Api.object().put("completedByRole", role).put("version", instance.get("version").asLong());
        if (record != null) {
            c.put("record", record);
        }
        ArrayNode a = c.putArray("attachments");
        for (String x : attachments) {
            a.add(x);
        }
        return api.post("/procedures/instances/" + instance.get("id").asLong() + "/steps/" + stepKey, c);
    }

    private static JsonNode done(JsonNode instance, String stepKey, String role, String record, String... attachments) {
        Api.Reply r = complete(instance, stepKey, role, record, attachments);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static String rule(Api.Reply r) {
        return assertProblem(r, 422).get("rule").asText();
    }

    @Test
    void shunyiSupervisionGuidanceRunsThroughSixStepsInOrder() {
        JsonNode def = define("shunyi-supervision-guidance", "顺义区党建督导",
                step("open", "立项督导", "督导立项单", "supervision-office", 5),
                step("plan", "确定方案", "督导方案", "supervision-office", 7, "督导方案"),
                step("conduct", "开展督导", "督导记录", "supervision-team", 30),
                step("feedback", "反馈意见", "反馈意见书", "supervision-team", 10, "反馈意见书"),
                step("revisit", "问题回访", "回访记录", "supervision-office", 30),
                step("summary", "总结情况", "督导总结", "supervision-office", 15));
        assertEquals(6, def.get("steps").size());
        long org = api.get("/organizations?jurisdiction=110113&size=1").json().at("/items/0/id").asLong();
        JsonNode i = start("shunyi-supervision-guidance", "ORGANIZATION", String.valueOf(org), "110113", "对某村党支部的督导", TODAY.minusDays(1));
        assertEquals("open", i.get("currentStepKey").asText());
        assertEquals(TODAY.plusDays(4).toString(), i.get("currentDue").asText());

        assertEquals("step-order", rule(complete(i, "conduct", "supervision-team", "跳过立项")), "no step is skipped");
        assertEquals("step-role", rule(complete(i, "open", "supervision-team", "立项")), "open is the office's step");
        assertEquals("step-record", rule(complete(i, "open", "supervision-office", " ")), "a record is required");
        assertProblem(complete(i, "nonexistent", "supervision-office", "x"), 400);
        assertProblem(complete(((ObjectNode) i.deepCopy()).put("version", i.get("version").asLong() + 7), "open", "supervision-office", "立项"), 409);

        i = done(i, "open", "supervision-office", "区委组织部立项督导第3号");
        assertEquals("step-record", rule(complete(i, "plan", "supervision-office", "方案")), "the plan document must be attached");
        i = done(i, "plan", "supervision-office", "督导方案已确定", "督导方案");
        i = done(i, "conduct", "supervision-team", "走访党员12人，查阅台账");
        assertEquals("step-order", rule(complete(i, "conduct", "supervision-team", "again")), "a done step is not done twice");
        i = done(i, "feedback", "supervision-team", "反馈问题3项", "反馈意见书");
        i = done(i, "revisit", "supervision-office", "3项问题已整改");
        i = done(i, "summary", "supervision-office", "督导总结报区委");
        assertEquals("COMPLETED", i.get("status").asText());
        assertEquals(6, i.get("currentStep").asInt());
        for (JsonNode s : i.get("steps")) {
            assertEquals("DONE", s.get("state").asText());
            assertEquals(JicengServer.ADMIN, s.get("completedBy").asText(), "who completed it is the login");
            assertEquals(TODAY.toString(), s.get("completedOn").asText());
            assertTrue(s.hasNonNull("record") && s.hasNonNull("recordedAt"));
        }
        assertEquals("督导方案", i.at("/steps/1/attachments/0").asText());
        JsonNode read = api.get("/procedures/instances/" + i.get("id").asLong()).json();
        assertEquals("supervision-team", read.at("/steps/2/completedByRole").asText());
        assertProblem(complete(i, "summary", "supervision-office", "again"), 409);
        assertProblem(api.post("/procedures/instances/" + i.get("id").asLong() + "/close",
                Api.object().put("reason", "x").put("version", i.get("version").asLong())), 409);
    }

    @Test
    void shunyiInspectionSupervisionHasFiveSteps() {
        define("shunyi-inspection-supervision", "顺义区党建督查",
                step("itemize", "分解立项", "立项清单", "inspection-office", 10),
                step("ledger", "台账督办", "督办台账", "inspection-office", 30),
                step("report", "督查报告", "督查报告", "inspection-office", 15, "督查报告"),
                step("chase-up", "督查催报", "催报记录", "inspection-office", 10),
                step("revisit", "回访复核", "复核记录", "inspection-office", 30));
        JsonNode i = start("shunyi-inspection-supervision", "JURISDICTION", "110113", "110113", "2026年基层党建督查", TODAY);
        i = done(i, "itemize", "inspection-office", "分解为16项");
        assertEquals("ledger", i.get("currentStepKey").asText());
        assertEquals(5, i.get("steps").size());
        assertEquals("step-order", rule(complete(i, "revisit", "inspection-office", "复核")));
    }

    @Test
    void xingningJointMeetingIsClosedEarlyWithAReason() {
        define("xingning-party-masses-joint-meeting", "兴宁市党群联席会议",
                step("proposal", "提议", "党组织提议", "party-branch", null),
                step("deliberation", "商议", "班子商议记录", "village-leadership", null),
                step("review", "审议", "联席会议审议记录", "joint-meeting", null),
                step("resolution", "决议", "决议", "joint-meeting", null),
                step("resolution-published", "决议公开", "公开记录", "village-committee", 7),
                step("results-published", "实施结果公开", "结果公开记录", "village-committee", 90));
        String village = api.get("/jurisdictions/441481/subtree?level=VILLAGE&size=1").json().at("/items/0/code").asText();
        JsonNode i = start("xingning-party-masses-joint-meeting", "JURISDICTION", village, village, "村道硬化议题", TODAY);
        assertTrue(i.get("currentDue").isNull(), "the proposal has no deadline");
        i = done(i, "proposal", "party-branch", "支部提议硬化村道");
        i = done(i, "deliberation", "village-leadership", "两委班子商议同意");
        long id = i.get("id").asLong();
        assertProblem(api.post("/procedures/instances/" + id + "/close", Api.object().put("version", i.get("version").asLong())), 400);
        JsonNode otherActor = assertProblem(api.post("/procedures/instances/" + id + "/close", Api.object().put("closedBy", "村党支部")
                .put("reason", "撤回").put("version", i.get("version").asLong())), 400);
        assertEquals("closedBy", otherActor.at("/errors/0/field").asText(), otherActor.toString());
        JsonNode closed = api.post("/procedures/instances/" + id + "/close", Api.object()
                .put("reason", "上级项目已覆盖该村道，议题撤回").put("version", i.get("version").asLong())).json();
        assertEquals("CLOSED_EARLY", closed.get("status").asText());
        assertEquals(JicengServer.ADMIN, closed.get("closedBy").asText(), "who closed it is the login");
        assertEquals("上级项目已覆盖该村道，议题撤回", closed.get("closeReason").asText());
        assertEquals("PENDING", closed.at("/steps/2/state").asText());
        assertEquals("DONE", closed.at("/steps/1/state").asText());
        assertProblem(complete(closed, "review", "joint-meeting", "审议"), 409);
        assertTrue(api.get("/procedures/instances?jurisdiction=441481&status=CLOSED_EARLY&definition=xingning-party-masses-joint-meeting")
                .json().get("total").asLong() >= 1);
    }

    @Test
    void wugangGoodCadreSelectionShowsAnOverdueRound() {
        define("wugang-good-cadre-selection", "武冈市好干部评选",
                step("first-review", "初评", "初评结果", "selection-office", 7),
                step("inspection", "考察", "考察报告", "inspection-team", 15),
                step("second-review", "二评", "二评结果", "selection-office", 7),
                step("public-notice", "公示", "公示情况", "selection-office", 7),
                step("approval", "审定", "市委审定意见", "city-committee", 10));
        JsonNode late = start("wugang-good-cadre-selection", "SELECTION", "wugang-2026", "430581", "2026年度好干部评选（迟）", TODAY.minusDays(10));
        assertTrue(late.get("overdue").asBoolean(), late.toString());
        assertTrue(late.at("/steps/0/overdue").asBoolean());
        JsonNode onTime = start("wugang-good-cadre-selection", "ORGANIZATION", "wugang-2026b", "430581", "2026年度好干部评选", TODAY);
        assertFalse(onTime.get("overdue").asBoolean());

        JsonNode overdue = api.get("/procedures/instances?jurisdiction=430581&overdue=true&size=500").json();
        assertTrue(ids(overdue).contains(late.get("id").asLong()), overdue.toString());
        assertFalse(ids(overdue).contains(onTime.get("id").asLong()));
        assertTrue(ids(api.get("/procedures/instances?jurisdiction=430581&overdue=false&size=500").json()).contains(onTime.get("id").asLong()));
        assertFalse(ids(api.get("/procedures/instances?jurisdiction=441481&overdue=true&size=500").json()).contains(late.get("id").asLong()),
                "another county does not see it");

        JsonNode next = done(late, "first-review", "selection-office", "初评推荐12人，淘汰40人");
        assertFalse(next.get("overdue").asBoolean(), "the next round counts from today");
        assertEquals(TODAY.plusDays(15).toString(), next.get("currentDue").asText());
        assertProblem(api.get("/procedures/instances?overdue=maybe"), 400);
    }

    @Test
    void aChangedDefinitionIsANewVersionAndRunningInstancesKeepTheirs() {
        String key = "it-versioned-" + System.nanoTime();
        JsonNode v1 = define(key, "版本测试", step("a", "一", "记录", null, null), step("b", "二", "记录", null, null));
        assertEquals(1, v1.get("version").asInt());
        JsonNode i = start(key, "ORGANIZATION", "1", "130531", "版本测试", TODAY);
        Api.Reply same = api.post("/procedures/definitions", Api.object().put("key", key).put("name", "版本测试").set("steps", v1.get("steps")));
        assertEquals(200, same.status(), "identical: no new version " + same);
        JsonNode v2 = define(key, "版本测试", step("a", "一", "记录", null, null), step("b", "二", "记录", null, null), step("c", "三", "记录", null, 3));
        assertEquals(2, v2.get("version").asInt());
        assertEquals(3, api.get("/procedures/definitions/" + key).json().get("steps").size());
        assertEquals(2, api.get("/procedures/definitions/" + key + "?version=1").json().get("steps").size());
        i = done(i, "a", "anyone", "一");
        i = done(i, "b", "anyone", "二");
        assertEquals("COMPLETED", i.get("status").asText(), "the instance keeps version 1 with two steps");
        assertEquals(1, i.get("definitionVersion").asInt());
        assertProblem(api.get("/procedures/definitions/" + key + "?version=9"), 404);
        ObjectNode bad = Api.object().put("key", "Bad Key").put("name", "x");
        bad.putArray("steps");
        JsonNode problem = assertProblem(api.post("/procedures/definitions", bad), 400);
        assertTrue(problem.toString().contains("key") && problem.toString().contains("steps"), problem.toString());
    }

    private static java.util.Set<Long> ids(JsonNode page) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        page.get("items").forEach(x -> ids.add(x.get("id").asLong()));
        return ids;
    }
}
