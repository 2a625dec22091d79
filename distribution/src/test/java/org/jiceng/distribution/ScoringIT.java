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
        ObjectNode s = sheets.addObject().put("subjectId", id).put("name", name).put("jurisdictionCode", jurisdiction).put("group", group);
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
        assertEquals(25 + 15 + 15 + 13.5 + 19.2 + 9, bySubject(results).get("fs-0").get("total").asDouble(), 0.0001,
                "value / maximum × weight, summed");
        JsonNode flagged = api.get("/scoring/schemes/" + id + "/periods/2026-03/results?flagged=true").json();
        assertEquals(1, flagged.get("total").asInt());
        assertEquals("fs-3", flagged.at("/items/0/subjectId").asText());

        assertProblem(api.put("/scoring/schemes/" + id + "/periods/2026-13/scores", Api.JSON.createArrayNode()), 400);
        ArrayNode tooHigh = Api.JSON.createArrayNode();
        sheet(tooHigh, "fs-0", "x", villages[0], "430500", 23);
        JsonNode problem = assertProblem(api.put("/scoring/schemes/" + id + "/periods/2026-04/scores", tooHigh), 400);
        assertEquals("sheets[0].values.presence", problem.at("/errors/0/field").asText());
        // who entered the scores is the login: a sheet naming someone else is refused on its field
        ArrayNode otherActor = Api.JSON.createArrayNode();
        sheet(otherActor, "fs-0", "x", villages[0], "430500", 20);
        sheet(otherActor, "fs-1", "y", villages[1], "430500", 20).put("enteredBy", "武冈市委组织部");
        assertEquals("[1].enteredBy",
                assertProblem(api.put("/scoring/schemes/" + id + "/periods/2026-04/scores", otherActor), 400).at("/errors/0/field").asText());
    }

    @Test
    void shunyiAppraisalGivesGrades() {
        ObjectNode scheme = Api.object().put("key", "shunyi-appraisal").put("name", "绩效考评").put("subjectKind", "ORGANIZATION")
                .put("periodKind", "YEAR").put("jurisdictionCode", "110113");
        indicator(scheme.putArray("indicators"), "points", "工作要点完成", 100, 100);
        ArrayNode bands = scheme.putArray("gradeBands");
        bands.addObject().put("grade", "优").put("minimum", 90).put("consequence", "优先提拔、交流、培训，增加评优名额");
        bands.addObject().put("grade", "良").put("minimum", 80).put("consequence", "提醒谈话，减少评优名额");
        bands.addObject().put("grade", "中").put("minimum", 60).put("consequence", "诫勉谈话，暂缓提拔，取消单位评优");
        bands.addObject().put("grade", "差").put("minimum", 0).put("consequence", "调整岗位、停职检查、责令辞职");
        long id = api.post("/scoring/schemes", scheme).json().get("id").asLong();
        ArrayNode sheets = Api.JSON.createArrayNode();
        double[] totals = {95, 85, 65, 40};
        for (int i = 0; i < totals.length; i++) {
            sheets.addObject().put("subjectId", "u" + i).put("name", "单位" + i).put("jurisdictionCode", "110113")
                    .putObject("values").put("points", totals[i]);
        }
        api.put("/scoring/schemes/" + id + "/periods/2026/scores", sheets);
        Map<String, JsonNode> r = bySubject(api.post("/scoring/schemes/" + id + "/periods/2026/compute", "").json());
        assertEquals("优", r.get("u0").get("grade").asText());
        assertEquals("良", r.get("u1").get("grade").asText());
        assertEquals("中", r.get("u2").get("grade").asText());
        assertEquals("差", r.get("u3").get("grade").asText());
        assertEquals("调整岗位、停职检查、责令辞职", r.get("u3").get("consequence").asText(), "the grade's consequence comes with the result");
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
                    .put("jurisdictionCode", o.get("jurisdictionCode").asText()).put("group", "130531")
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

    /** Creates a scheme, enters one sheet per subject (values in indicator order), computes the period. */
    private static Map<String, JsonNode> run(String key, String subjectKind, String periodKind, String period, String jurisdiction,
            String[][] indicators, String[][] bands, String[] groups, double[][] values) {
        ObjectNode scheme = Api.object().put("key", key).put("name", key).put("subjectKind", subjectKind).put("periodKind", periodKind)
                .put("jurisdictionCode", jurisdiction);
        ArrayNode list = scheme.putArray("indicators");
        for (String[] in : indicators) {
            list.addObject().put("key", in[0]).put("name", in[1]).put("weight", Double.parseDouble(in[2])).put("maximum", Double.parseDouble(in[3]))
                    .put("source", "MANUAL");
        }
        ArrayNode gradeBands = scheme.putArray("gradeBands");
        for (String[] b : bands) {
            gradeBands.addObject().put("grade", b[0]).put("minimum", Double.parseDouble(b[1])).put("consequence", b.length > 2 ? b[2] : null);
        }
        Api.Reply created = api.post("/scoring/schemes", scheme);
        assertEquals(201, created.status(), created.toString());
        long id = created.json().get("id").asLong();
        ArrayNode sheets = Api.JSON.createArrayNode();
        for (int i = 0; i < values.length; i++) {
            ObjectNode v = sheets.addObject().put("subjectId", key + "-" + i).put("name", key + i).put("jurisdictionCode", jurisdiction)
                    .put("group", groups[i]).putObject("values");
            for (int k = 0; k < indicators.length; k++) {
                v.put(indicators[k][0], values[i][k]);
            }
        }
        assertEquals(204, api.put("/scoring/schemes/" + id + "/periods/" + period + "/scores", sheets).status());
        return bySubject(api.post("/scoring/schemes/" + id + "/periods/" + period + "/compute", "").json());
    }

    @Test
    void wugangVillageCadreHundredPointAppraisal() {
        Map<String, JsonNode> r = run("wugang-village-cadre", "PERSON", "YEAR", "2025", "430581",
                new String[][]{{"duty", "履职尽责", "40", "40"}, {"service", "集中服务日", "20", "20"}, {"economy", "集体经济", "20", "20"},
                        {"stability", "平安稳定", "10", "10"}, {"masses", "群众评议", "10", "10"}},
                new String[][]{{"优秀", "90", "全额发放绩效补贴并评先"}, {"称职", "75", "发放绩效补贴"}, {"基本称职", "60", "减发绩效补贴"},
                        {"不称职", "0", "停发绩效补贴、组织调整"}},
                new String[]{"稠树塘镇", "稠树塘镇", "稠树塘镇"}, new double[][]{{38, 20, 18, 10, 9}, {35, 18, 15, 8, 8}, {20, 10, 10, 8, 6}});
        assertEquals(95.0, r.get("wugang-village-cadre-0").get("total").asDouble(), 0.0001, "a 100-point scale");
        assertEquals("优秀", r.get("wugang-village-cadre-0").get("grade").asText());
        assertEquals("称职", r.get("wugang-village-cadre-1").get("grade").asText());
        assertEquals("停发绩效补贴、组织调整", r.get("wugang-village-cadre-2").get("consequence").asText());
    }

    @Test
    void guangzongDailyEvaluationOnThreeBoards() {
        Map<String, JsonNode> r = run("guangzong-daily", "PERSON", "MONTH", "2026-02", "130531",
                new String[][]{{"daily-work", "日常工作测评", "50", "100"}, {"virtue", "德的考评", "30", "100"}, {"learning", "学习提升", "20", "100"}},
                new String[0][], new String[]{"广宗镇", "广宗镇", "葫芦乡", "葫芦乡"},
                new double[][]{{90, 80, 70}, {80, 90, 90}, {60, 70, 80}, {60, 70, 80}});
        assertEquals(83.0, r.get("guangzong-daily-0").get("total").asDouble(), 0.0001);
        assertEquals(85.0, r.get("guangzong-daily-1").get("total").asDouble(), 0.0001);
        assertEquals(1, r.get("guangzong-daily-1").get("rank").asInt(), "ranked within the township");
        assertEquals(1, r.get("guangzong-daily-2").get("rank").asInt(), "a tie in another township shares first place");
        assertEquals(1, r.get("guangzong-daily-3").get("rank").asInt());
        assertEquals(2, r.get("guangzong-daily-2").get("groupSize").asInt());
    }

    @Test
    void xingningTwoWayReportingScores() {
        String[] towns = new String[17];
        double[][] scores = new double[17][];
        for (int i = 0; i < 17; i++) {
            towns[i] = "兴宁市";
            scores[i] = new double[]{70 + i, 95 - i};
        }
        Map<String, JsonNode> r = run("xingning-two-way-report", "PERSON", "YEAR", "2025", "441481",
                new String[][]{{"city-committee", "市委评分", "50", "100"}, {"town-village-cadres", "镇村干部评分", "50", "100"}},
                new String[][]{{"好", "85"}, {"较好", "75"}, {"一般", "60"}, {"差", "0"}}, towns, scores);
        for (int i = 0; i < 17; i++) {
            assertEquals(82.5, r.get("xingning-two-way-report-" + i).get("total").asDouble(), 0.0001, "both sides weigh half");
            assertEquals(1, r.get("xingning-two-way-report-" + i).get("rank").asInt(), "all tied");
        }
        assertEquals("较好", r.get("xingning-two-way-report-0").get("grade").asText());
    }

    @Test
    void xiajiangYearEndAssessmentOfThreeMembers() {
        Map<String, JsonNode> r = run("xiajiang-three-members-year-end", "ASSIGNMENT", "YEAR", "2025", "360823",
                new String[][]{{"duties", "履职情况", "60", "100"}, {"feedback", "反馈整改", "20", "100"}, {"unit", "单位评价", "20", "100"}},
                new String[][]{{"优秀", "90", "通报表扬"}, {"合格", "60"}, {"不合格", "0", "批评教育"}},
                new String[]{"特派员", "指导员", "监督员"}, new double[][]{{95, 90, 92}, {70, 60, 65}, {40, 50, 30}});
        assertEquals("通报表扬", r.get("xiajiang-three-members-year-end-0").get("consequence").asText());
        assertEquals("合格", r.get("xiajiang-three-members-year-end-1").get("grade").asText());
        assertEquals("批评教育", r.get("xiajiang-three-members-year-end-2").get("consequence").asText());
    }

    private static Map<String, JsonNode> bySubject(JsonNode results) {
        Map<String, JsonNode> map = new HashMap<>();
        results.forEach(r -> map.put(r.get("subjectId").asText(), r));
        return map;
    }
}
