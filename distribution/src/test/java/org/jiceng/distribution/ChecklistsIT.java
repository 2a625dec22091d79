package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** 武冈 standardized branches with cross-inspection, pass rate and ranking; 峡江 "six goods"; read-only and wrong-kind answers. */
class ChecklistsIT {
    private static Api api;
    private static final String RUN = Long.toString(System.nanoTime(), 36);

    @BeforeAll
    static void boot() {
        api = new Api(JicengServer.get());
    }

    private static ObjectNode criterion(String key, String text, String kind, Integer maximum) {
        ObjectNode c = Api.object().put("key", key).put("text", text).put("kind", kind).put("required", true);
        if (maximum != null) {
            c.put("maximum", maximum);
        }
        return c;
    }

    private static ObjectNode aspect(String key, String name, ObjectNode... criteria) {
        ObjectNode a = Api.object().put("key", key).put("name", name);
        ArrayNode list = a.putArray("criteria");
        for (ObjectNode c : criteria) {
            list.add(c);
        }
        return a;
    }

    private static ObjectNode wugangStandardized(String key) {
        String[][] aspects = {{"组织设置", "4"}, {"队伍建设", "3"}, {"活动开展", "3"}, {"阵地保障", "3"}};
        ObjectNode set = Api.object().put("key", key).put("name", "武冈市村党支部标准化建设");
        ArrayNode list = set.putArray("aspects");
        int n = 0;
        for (int a = 0; a < aspects.length; a++) {
            ObjectNode aspect = aspect("a" + (a + 1), aspects[a][0]);
            for (int c = 0; c < Integer.parseInt(aspects[a][1]); c++) {
                n++;
                ((ArrayNode) aspect.get("criteria")).add(criterion("c" + n, aspects[a][0] + "标准" + n, "MET_NOT_MET", null));
            }
            list.add(aspect);
        }
        return set;
    }

    private static ArrayNode answers(int criteria, int failing) {
        ArrayNode as = Api.JSON.createArrayNode();
        for (int i = 1; i <= criteria; i++) {
            as.add(Api.object().put("criterionKey", "c" + i).put("met", i != failing).put("evidence", "现场查看台账").put("comment",
                    i == failing ? "未达标" : "达标"));
        }
        return as;
    }

    private static JsonNode evaluate(String key, String village, String evaluatorUnit, String evaluatorCode, ArrayNode answers) {
        Api.Reply r = api.post("/checklists/" + key + "/evaluations", Api.object().put("subjectType", "JURISDICTION").put("subjectId", village)
                .put("subjectJurisdictionCode", village).put("evaluator", "检查组组长").put("evaluatorUnit", evaluatorUnit)
                .put("evaluatorJurisdictionCode", evaluatorCode));
        assertEquals(201, r.status(), r.toString());
        assertEquals("DRAFT", r.json().get("status").asText());
        JsonNode e = r.json();
        Api.Reply filled = api.put("/checklists/evaluations/" + e.get("id").asLong(), Api.object().<ObjectNode>set("answers", answers)
                .put("version", e.get("version").asLong()));
        assertEquals(200, filled.status(), filled.toString());
        Api.Reply submitted = api.post("/checklists/evaluations/" + e.get("id").asLong() + "/submit",
                Api.object().put("version", filled.json().get("version").asLong()));
        assertEquals(200, submitted.status(), submitted.toString());
        assertEquals("SUBMITTED", submitted.json().get("status").asText());
        return submitted.json();
    }

    @Test
    void wugangStandardizedBranchesAreCrossInspectedRatedAndRanked() {
        String key = "wugang-standardized-" + RUN;
        Api.Reply defined = api.post("/checklists", wugangStandardized(key));
        assertEquals(201, defined.status(), defined.toString());
        assertEquals(1, defined.json().get("version").asInt());
        assertEquals(4, defined.json().get("aspects").size());
        assertEquals(13, api.get("/checklists/" + key).json().get("aspects").findValues("kind").size());
        // the same definition again is the same version; a changed one is the next
        assertEquals(1, api.post("/checklists", wugangStandardized(key)).json().get("version").asInt());

        JsonNode townships = api.get("/jurisdictions/430581/subtree?level=TOWNSHIP&size=2").json().get("items");
        String t1 = townships.get(0).get("code").asText();
        String t2 = townships.get(1).get("code").asText();
        JsonNode villages = api.get("/jurisdictions/" + t1 + "/subtree?level=VILLAGE&size=3").json().get("items");
        String v1 = villages.get(0).get("code").asText();
        String v2 = villages.get(1).get("code").asText();
        String v3 = villages.get(2).get("code").asText();

        JsonNode e1 = evaluate(key, v1, "乡镇党委", t1, answers(13, 0));
        JsonNode e2 = evaluate(key, v2, "邻乡镇党委交叉检查组", t2, answers(13, 0));
        JsonNode e3 = evaluate(key, v3, "乡镇党委", t1, answers(13, 7));
        assertFalse(e1.get("crossInspection").asBoolean());
        assertTrue(e2.get("crossInspection").asBoolean(), e2.toString());
        assertTrue(e1.get("passed").asBoolean() && e2.get("passed").asBoolean());
        assertFalse(e3.get("passed").asBoolean());
        assertEquals(12, e3.get("metCount").asInt());
        assertEquals(0, new BigDecimal("12").compareTo(e3.get("scoreTotal").decimalValue()));

        JsonNode results = api.get("/checklists/" + key + "/results?jurisdiction=430581").json();
        JsonNode county = results.at("/passRates/0");
        assertEquals("430581", county.get("jurisdictionCode").asText());
        assertEquals(3, county.get("evaluated").asLong());
        assertEquals(2, county.get("passed").asLong());
        assertEquals(0, new BigDecimal("0.6667").compareTo(county.get("passRate").decimalValue()), county.toString());
        boolean townshipListed = false;
        for (JsonNode rate : results.get("passRates")) {
            if (rate.get("jurisdictionCode").asText().equals(t1)) {
                townshipListed = true;
                assertEquals(3, rate.get("evaluated").asLong());
            }
        }
        assertTrue(townshipListed, results.toString());
        JsonNode ranking = results.get("ranking");
        assertEquals(3, ranking.size());
        assertEquals(1, ranking.get(0).get("rank").asInt());
        assertEquals(1, ranking.get(1).get("rank").asInt());
        assertEquals(3, ranking.get(2).get("rank").asInt());
        assertEquals(v3, ranking.get(2).get("subjectId").asText());

        // a submitted evaluation is read-only
        assertProblem(api.put("/checklists/evaluations/" + e1.get("id").asLong(), Api.object().<ObjectNode>set("answers", answers(13, 1))
                .put("version", e1.get("version").asLong())), 409);
        assertProblem(
                api.post("/checklists/evaluations/" + e1.get("id").asLong() + "/submit", Api.object().put("version", e1.get("version").asLong())),
                409);

        // a changed set is version 2; evaluations keep version 1
        ObjectNode changed = wugangStandardized(key);
        ((ArrayNode) changed.at("/aspects/3/criteria")).add(criterion("c14", "阵地保障标准14", "MET_NOT_MET", null));
        assertEquals(2, api.post("/checklists", changed).json().get("version").asInt());
        assertEquals(1, api.get("/checklists/evaluations/" + e2.get("id").asLong()).json().get("criteriaVersion").asInt());
        assertEquals(13, api.get("/checklists/" + key + "?version=1").json().get("aspects").findValues("kind").size());
        assertEquals(0, api.get("/checklists/" + key + "/results?jurisdiction=430581").json().at("/passRates/0/evaluated").asLong());
        assertEquals(3, api.get("/checklists/" + key + "/results?jurisdiction=430581&version=1").json().at("/passRates/0/evaluated").asLong());

        JsonNode failed = api.get("/checklists/evaluations?jurisdiction=430581&key=" + key + "&passed=false").json();
        assertEquals(1, failed.get("total").asLong(), failed.toString());
        assertEquals(3, api.get("/checklists/evaluations?jurisdiction=" + t1 + "&key=" + key).json().get("total").asLong());
        assertEquals(0, api.get("/checklists/evaluations?jurisdiction=360823&key=" + key).json().get("total").asLong());
    }

    @Test
    void xiajiangSixGoodsAreScoredAndWrongKindsRefused() {
        String key = "xiajiang-six-goods-" + RUN;
        String[] goods = {"班子好", "队伍好", "机制好", "阵地好", "作风好", "业绩好"};
        ObjectNode set = Api.object().put("key", key).put("name", "峡江县\"六好\"党支部").put("minimumScore", 48);
        ObjectNode aspect = aspect("six", "六好");
        for (int i = 0; i < goods.length; i++) {
            ((ArrayNode) aspect.get("criteria")).add(criterion("g" + (i + 1), goods[i], "SCORE", 10).put("passScore", 6));
        }
        set.putArray("aspects").add(aspect);
        Api.Reply defined = api.post("/checklists", set);
        assertEquals(201, defined.status(), defined.toString());
        assertEquals(6, defined.json().at("/aspects/0/criteria").size());

        String village = api.get("/jurisdictions/360823/subtree?level=VILLAGE&size=1").json().at("/items/0/code").asText();
        JsonNode e = api.post("/checklists/" + key + "/evaluations", Api.object().put("subjectType", "JURISDICTION").put("subjectId", village)
                .put("subjectJurisdictionCode", village).put("evaluator", "县委组织部").put("evaluatorUnit", "峡江县委组织部")
                .put("evaluatorJurisdictionCode", "360823")).json();
        ArrayNode wrong = Api.JSON.createArrayNode();
        wrong.add(Api.object().put("criterionKey", "g1").put("met", true));
        JsonNode refused = assertProblem(api.put("/checklists/evaluations/" + e.get("id").asLong(), Api.object().<ObjectNode>set("answers", wrong)
                .put("version", e.get("version").asLong())), 400);
        assertTrue(refused.toString().contains("answers[0].met"), refused.toString());
        // submitting with criteria unanswered is refused by the rule
        assertEquals("checklist-all-answered", assertProblem(api.post("/checklists/evaluations/" + e.get("id").asLong() + "/submit",
                Api.object().put("version", e.get("version").asLong())), 422).get("rule").asText());

        ArrayNode scores = Api.JSON.createArrayNode();
        int[] given = {9, 8, 8, 7, 9, 8};
        for (int i = 0; i < given.length; i++) {
            scores.add(Api.object().put("criterionKey", "g" + (i + 1)).put("score", given[i]).put("evidence", "查阅资料"));
        }
        JsonNode filled = api.put("/checklists/evaluations/" + e.get("id").asLong(), Api.object().<ObjectNode>set("answers", scores)
                .put("version", e.get("version").asLong())).json();
        JsonNode done = api
                .post("/checklists/evaluations/" + e.get("id").asLong() + "/submit", Api.object().put("version", filled.get("version").asLong()))
                .json();
        assertTrue(done.get("passed").asBoolean(), done.toString());
        assertEquals(0, new BigDecimal("49").compareTo(done.get("scoreTotal").decimalValue()));
        assertEquals(6, done.get("metCount").asInt());
        assertFalse(done.get("crossInspection").asBoolean());
        assertTrue(api.get("/checklists").json().findValues("key").stream().anyMatch(k -> k.asText().equals(key)));
        assertProblem(api.get("/checklists/no-such-set"), 404);
    }

    /** A criteria set of {@code criteria} MET_NOT_MET items spread over {@code aspects} aspects, keys c1..cN. */
    private static ObjectNode spread(String key, String name, int aspects, int criteria) {
        ObjectNode set = Api.object().put("key", key).put("name", name);
        ArrayNode list = set.putArray("aspects");
        int n = 0;
        for (int a = 0; a < aspects; a++) {
            ObjectNode aspect = aspect("a" + (a + 1), name + "方面" + (a + 1));
            int inThis = criteria / aspects + (a < criteria % aspects ? 1 : 0);
            for (int c = 0; c < inThis; c++) {
                n++;
                ((ArrayNode) aspect.get("criteria")).add(criterion("c" + n, name + "任务" + n, "MET_NOT_MET", null));
            }
            list.add(aspect);
        }
        return set;
    }

    @Test
    void largeStandardsAsCountiesUseThem() {
        // 武冈 model branch (6 aspects, 25 criteria), 广宗 work standard (10 categories, 57 tasks), 顺义 (16 indicators, 218 tasks).
        Object[][] standards = {{"wugang-model-" + RUN, "武冈示范化党支部", 6, 25, "430581"}, {"guangzong-standard-" + RUN, "广宗基层党建工作标准", 10, 57, "130531"},
                {"shunyi-tasks-" + RUN, "顺义党建工作任务", 16, 218, "110113"}};
        for (Object[] st : standards) {
            String key = (String) st[0];
            int criteria = (Integer) st[3];
            String county = (String) st[4];
            Api.Reply defined = api.post("/checklists", spread(key, (String) st[1], (Integer) st[2], criteria));
            assertEquals(201, defined.status(), defined.toString());
            assertEquals((Integer) st[2], defined.json().get("aspects").size());
            JsonNode villages = api.get("/jurisdictions/" + county + "/subtree?level=VILLAGE&size=2").json().get("items");
            evaluate(key, villages.get(0).get("code").asText(), "县委组织部", county, answers(criteria, 0));
            evaluate(key, villages.get(1).get("code").asText(), "县委组织部", county, answers(criteria, criteria));
            JsonNode results = api.get("/checklists/" + key + "/results?jurisdiction=" + county).json();
            assertEquals(0.5, results.at("/passRates/0/passRate").asDouble(), 0.0001, results.toString());
        }
    }
}
