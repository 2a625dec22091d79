package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The scoring engine configured as counties use it, through the running server. */
class ScoringIT {
    private static Api api;

    @BeforeAll
    static void boot() {
        api = new Api(JicengServer.get());
    }

    private static ObjectNode indicator(ArrayNode list, String key, String name, double weight, double maximum) {
        return list.addObject().put("key", key).put("name", name).put("weight", weight).put("maximum", maximum).put("source", "MANUAL");
    }

    private static ObjectNode sheet(ArrayNode sheets, String id, String name, String jurisdiction, String group, double... values) {
        ObjectNode s = sheets.addObject().put("subjectId", id).put("name", name).put("jurisdictionCode", jurisdiction).put("group", group)
                .put("enteredBy", "武冈市委组织部");
        ObjectNode v = s.putObject("values");
        String[] keys = {"presence", "nights", "reports", "projects", "satisfaction", "building"};
        for (int i = 0; i < values.length; i++) {
            v.put(keys[i], values[i]);
        }
        return s;
    }

    @Test
    void wugangFirstSecretariesRankedMonthlyAndLastThreeMonthsFlagged() {
        ObjectNode scheme = Api.object().put("key", "wugang-first-secretary").put("name", "第一书记月度排名").put("subjectKind", "ASSIGNMENT")
                .put("periodKind", "MONTH").put("jurisdictionCode", "430581").put("lastPlacePeriods", 3);
        ArrayNode indicators = scheme.putArray("indicators");
        indicator(indicators, "presence", "在岗天数(≥22)", 25, 22);
        indicator(indicators, "nights", "住村夜数(≥12)", 15, 12);
        indicator(indicators, "reports", "周报", 15, 4);
        indicator(indicators, "projects", "项目推进", 15, 10);
        indicator(indicators, "satisfaction", "群众满意度", 20, 100);
        indicator(indicators, "building", "党建工作", 10, 10);
        Api.Reply created = api.post("/scoring/schemes", scheme);
        assertEquals(201, created.status(), created.toString());
        long id = created.json().get("id").asLong();
        assertProblem(api.post("/scoring/schemes", scheme), 409);

        String[] villages = new String[4];
        JsonNode list = api.get("/jurisdictions/430581/subtree?level=VILLAGE&size=4").json().get("items");
        for (int i = 0; i < 4; i++) {
            villages[i] = list.get(i).get("code").asText();
        }
        double[][][] months = {
            {{22, 12, 4, 9, 95, 9}, {22, 12, 4, 8, 90, 8}, {21, 11, 4, 8, 88, 8}, {18, 8, 2, 4, 70, 5}},
            {{22, 12, 4, 9, 95, 9}, {22, 12, 4, 8, 90, 8}, {22, 12, 4, 8, 90, 8}, {17, 9, 3, 4, 72, 6}},
            {{22, 12, 4, 9, 96, 9}, {20, 12, 4, 8, 90, 8}, {22, 12, 4, 9, 91, 8}, {19, 8, 3, 5, 75, 5}}};
        String[] periods = {"2026-01", "2026-02", "2026-03"};
        JsonNode results = null;
        for (int m = 0; m < 3; m++) {
            ArrayNode sheets = Api.JSON.createArrayNode();
            for (int s = 0; s < 4; s++) {
                sheet(sheets, "fs-" + s, "第一书记" + (s + 1), villages[s], "430500", months[m][s]);
            }
            assertEquals(204, api.put("/scoring/schemes/" + id + "/periods/" + periods[m] + "/scores", sheets).status());
            Api.Reply computed = api.post("/scoring/schemes/" + id + "/periods/" + periods[m] + "/compute", "");
            assertEquals(200, computed.status(), computed.toString());
            results = computed.json();
            Map<String, JsonNode> bySubject = bySubject(results);
            assertEquals(m + 1, bySubject.get("fs-3").get("lastPlaceStreak").asInt());
            assertEquals(m == 2, bySubject.get("fs-3").get("flagged").asBoolean(), "flagged in the third month only");
            if (m == 1) {
                assertEquals(1, bySubject.get("fs-0").get("rank").asInt());
                assertEquals(2, bySubject.get("fs-1").get("rank").asInt(), "tie");
                assertEquals(2, bySubject.get("fs-2").get("rank").asInt(), "tie");
                assertEquals(4, bySubject.get("fs-3").get("rank").asInt(), "the rank after a tie skips");
            }
        }
        assertEquals(25 + 15 + 15 + 13.5 + 19.2 + 9, bySubject(results).get("fs-0").get("total").asDouble(), 0.0001, "value / maximum × weight, summed");
        JsonNode flagged = api.get("/scoring/schemes/" + id + "/periods/2026-03/results?flagged=true").json();
        assertEquals(1, flagged.get("total").asInt());
        assertEquals("fs-3", flagged.at("/items/0/subjectId").asText());

        assertProblem(api.put("/scoring/schemes/" + id + "/periods/2026-13/scores", Api.JSON.createArrayNode()), 400);
        ArrayNode tooHigh = Api.JSON.createArrayNode();
        sheet(tooHigh, "fs-0", "x", villages[0], "430500", 23);
        JsonNode problem = assertProblem(api.put("/scoring/schemes/" + id + "/periods/2026-04/scores", tooHigh), 400);
        assertEquals("sheets[0].values.presence", problem.at("/errors/0/field").asText());
    }

    @Test
    void shunyiAppraisalGivesGrades() {
        ObjectNode scheme = Api.object().put("key", "shunyi-appraisal").put("name", "绩效考评").put("subjectKind", "ORGANIZATION")
                .put("periodKind", "YEAR").put("jurisdictionCode", "110113");
        indicator(scheme.putArray("indicators"), "points", "工作要点完成", 100, 100);
        ArrayNode bands = scheme.putArray("gradeBands");
        bands.addObject().put("grade", "优").put("minimum", 90);
        bands.addObject().put("grade", "良").put("minimum", 80);
        bands.addObject().put("grade", "中").put("minimum", 60);
        bands.addObject().put("grade", "差").put("minimum", 0);
        long id = api.post("/scoring/schemes", scheme).json().get("id").asLong();
        ArrayNode sheets = Api.JSON.createArrayNode();
        double[] totals = {95, 85, 65, 40};
        for (int i = 0; i < totals.length; i++) {
            sheets.addObject().put("subjectId", "u" + i).put("name", "单位" + i).put("jurisdictionCode", "110113").put("enteredBy", "区委组织部")
                    .putObject("values").put("points", totals[i]);
        }
        api.put("/scoring/schemes/" + id + "/periods/2026/scores", sheets);
        Map<String, JsonNode> r = bySubject(api.post("/scoring/schemes/" + id + "/periods/2026/compute", "").json());
        assertEquals("优", r.get("u0").get("grade").asText());
        assertEquals("良", r.get("u1").get("grade").asText());
        assertEquals("中", r.get("u2").get("grade").asText());
        assertEquals("差", r.get("u3").get("grade").asText());
        assertFalse(r.get("u3").get("flagged").asBoolean(), "no last-place rule in this scheme");
    }

    @Test
    void metricIndicatorsAndRollUpOverTheTree() {
        ObjectNode scheme = Api.object().put("key", "guangzong-branch-quarterly").put("name", "支部季度评价").put("subjectKind", "ORGANIZATION")
                .put("periodKind", "YEAR").put("jurisdictionCode", "130531");
        ArrayNode indicators = scheme.putArray("indicators");
        indicator(indicators, "daily", "日常工作测评", 80, 100);
        indicators.addObject().put("key", "developed").put("name", "发展党员").put("weight", 20).put("maximum", 2).put("source", "METRIC")
                .put("metric", "members-developed");
        long id = api.post("/scoring/schemes", scheme).json().get("id").asLong();
        JsonNode orgs = api.get("/organizations?jurisdiction=130531&type=BRANCH&field=RURAL&size=40").json().get("items");
        ArrayNode sheets = Api.JSON.createArrayNode();
        for (JsonNode o : orgs) {
            sheets.addObject().put("subjectId", o.get("id").asText()).put("name", o.get("name").asText())
                    .put("jurisdictionCode", o.get("jurisdictionCode").asText()).put("group", "130531").put("enteredBy", "县委组织部")
                    .putObject("values").put("daily", 50 + (o.get("id").asLong() % 50));
        }
        api.put("/scoring/schemes/" + id + "/periods/2025/scores", sheets);
        JsonNode computed = api.post("/scoring/schemes/" + id + "/periods/2025/compute", "").json();
        assertEquals(orgs.size(), computed.size());
        assertTrue(computed.get(0).get("values").has("developed"), "the metric was computed");

        JsonNode rollup = api.get("/scoring/schemes/" + id + "/periods/2025/rollup?jurisdiction=130531").json();
        assertEquals("130531", rollup.get(0).get("jurisdictionCode").asText());
        assertEquals(orgs.size(), rollup.get(0).get("subjects").asInt());
        long sumOfTownships = 0;
        for (int i = 1; i < rollup.size(); i++) {
            sumOfTownships += rollup.get(i).get("subjects").asLong();
        }
        assertEquals(orgs.size(), sumOfTownships, "townships' roll-ups add up to the county's");

        ObjectNode unknown = scheme.deepCopy().put("key", "unknown-metric-scheme");
        ((ObjectNode) unknown.get("indicators").get(1)).put("metric", "no-such-metric");
        assertEquals("unknown-metric", assertProblem(api.post("/scoring/schemes", unknown), 422).get("rule").asText());
    }

    private static Map<String, JsonNode> bySubject(JsonNode results) {
        Map<String, JsonNode> map = new HashMap<>();
        results.forEach(r -> map.put(r.get("subjectId").asText(), r));
        return map;
    }
}
