package org.jiceng.distribution;

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
 * 顺义's supervision (党建工作督导, 督查): installed at runtime and enabled for 顺义 only; the demo runs
 * last year's guidance and inspection items through the procedure engine, their findings through the
 * problems engine. This test reads the ledger's figures back over REST, SOAP and the workbook, then
 * runs a guidance of its own through its six steps: findings refused before the team is at work,
 * recorded while it is, rectified by the unit on the core's problems API, re-checked (a failing
 * re-check reopens), and the revisit refused until every finding is verified. Every record is kept
 * over an uninstall and reinstall; other districts get 404.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShunyiSupervisionIT {
    private static final String MODULE = "shunyi-supervision";
    private static final String DISTRICT = "110113";
    private static final String BASE = "/jurisdictions/" + DISTRICT + "/" + MODULE;
    private static final String NS = "http://jiceng.org/soap/shunyi-supervision";
    private static final int DEMO_YEAR = LocalDate.now().getYear() - 1;

    private static JicengServer server;
    private static Api api;
    private static String township;
    private static long item;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    @Order(1)
    void installedAtRuntimeAndEnabledFor顺义Only() {
        ModuleInstall.installAndEnable(server, api, MODULE, DISTRICT, "党建工作督导督查", "/items");
        ModuleInstall.refusedIn(api, MODULE, "/items", "441481", "430581");
        township = ModuleInstall.firstTownship(api, DISTRICT);
    }

    @Test
    @Order(2)
    void theDemoYearsLedgerAddsUp() {
        JsonNode f = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            f = api.get(BASE + "/figures?year=" + DEMO_YEAR).json();
            if (f.at("/total/items").asLong() == 20 && f.at("/total/completed").asLong() == 18) {
                break;
            }
            JicengServer.sleep(500);
        }
        System.out.println("顺义 supervision " + DEMO_YEAR + ": " + f.get("total"));
        JsonNode t = f.get("total");
        assertEquals(20, t.get("items").asLong(), t.toString());
        assertEquals(18, t.get("completed").asLong(), "all but the two stopped at their revisit");
        assertEquals(2, t.get("running").asLong());
        assertEquals(2, t.get("overdueSteps").asLong(), "their revisit is past its day");
        assertEquals(14, t.get("keyTasks").asLong(), "8 inspections and half the guidance");
        // findings: i % 4 for item i (0..3) over 20 items; the two stopped items leave 2 of them unrectified
        assertEquals(30, t.get("findings").asLong());
        assertEquals(28, t.get("verified").asLong());
        assertEquals(28, t.get("rectified").asLong());
        assertEquals(2, t.get("overdueFindings").asLong());
        assertEquals(3, t.get("reopened").asLong(), "the first finding of every fifth item that has one failed its first re-check");
        assertEquals("93.3", t.get("rectificationRate").asText());
        JsonNode kinds = f.get("perKind");
        assertEquals(12, kinds.get(0).get("items").asLong());
        assertEquals(8, kinds.get(1).get("items").asLong());
        long places = 0;
        for (JsonNode p : f.get("perPlace")) {
            places += p.get("findings").asLong();
        }
        assertEquals(30, places, "the places add up");

        JsonNode running = api.get(BASE + "/items?year=" + DEMO_YEAR + "&size=50").json();
        long stopped = 0;
        for (JsonNode i : running.get("items")) {
            if (i.get("status").asText().equals("RUNNING")) {
                stopped++;
                assertTrue(i.get("currentStep").asText().matches("revisit|recheck"), i.toString());
                assertTrue(i.get("findingsVerified").asLong() < i.get("findings").asLong(), i.toString());
            }
        }
        assertEquals(2, stopped);

        server.waitFor("/services/SupervisionService?wsdl", Duration.ofSeconds(60));
        Api.Reply soap = api.soap("SupervisionService", NS,
                "<t:getFigures><t:jurisdictionCode>" + DISTRICT + "</t:jurisdictionCode><t:year>" + DEMO_YEAR + "</t:year></t:getFigures>");
        assertEquals(200, soap.status(), soap.toString());
        assertTrue(soap.body().contains("items>20</") && soap.body().contains("findings>30</"), soap.body());
    }

    @Test
    @Order(3)
    void aGuidanceRunsItsSixStepsAndItsRevisitWaitsForEveryFinding() {
        LocalDate today = LocalDate.now();
        ObjectNode open = Api.object().put("kind", "GUIDANCE").put("title", "测试督导 " + System.nanoTime()).put("unit", "测试镇党委")
                .put("jurisdictionCode", township).put("team", "DIVISION").put("leader", "测试组长").put("keyTask", true)
                .put("openedOn", today.minusDays(20).toString());
        assertEquals("jurisdictionCode", refusedField(api.post(BASE + "/items", open.deepCopy().put("jurisdictionCode", "441481"))));
        assertEquals("openedOn", refusedField(api.post(BASE + "/items", open.deepCopy().put("openedOn", today.plusDays(1).toString()))));
        Api.Reply opened = api.post(BASE + "/items", open);
        assertEquals(201, opened.status(), opened.toString());
        item = opened.json().get("id").asLong();
        assertEquals("open", opened.json().get("currentStep").asText());
        assertEquals(6, opened.json().get("steps").size());

        ObjectNode finding = Api.object().put("itemId", item).put("description", "测试: 组织生活会记录缺失").put("severity", "MEDIUM")
                .put("foundOn", today.minusDays(10).toString()).put("deadline", today.plusDays(20).toString());
        assertEquals("findings-closed", refusedByRule(api.post(BASE + "/findings", finding)));
        assertEquals("step-order", refusedByRule(step("conduct", "跳步")));
        assertEquals("record", refusedField(step("open", " ")));
        assertEquals(200, step("open", "立项").status());
        assertEquals(200, step("plan", "督导方案").status());

        Api.Reply found = api.post(BASE + "/findings", finding);
        assertEquals(201, found.status(), found.toString());
        JsonNode f = found.json();
        long problem = f.get("problemId").asLong();
        assertEquals("FOUND", f.get("status").asText());
        assertEquals("SUPERVISION", api.get("/problems/" + problem).json().get("source").asText(), "on the core's problems engine");
        assertEquals(200, step("conduct", "督导记录").status());
        assertEquals(200, step("feedback", "反馈意见书").status());

        String recheck = BASE + "/findings/" + f.get("id").asLong() + "/recheck";
        assertEquals("finding-not-rectified",
                refusedByRule(api.put(recheck, Api.object().put("passed", true).put("version", f.get("version").asLong()))));
        assertEquals("findings-not-rechecked", refusedByRule(step("revisit", "回访")));

        // the unit rectifies on the core's problems API
        long v = api.get("/problems/" + problem).json().get("version").asLong();
        Api.Reply plan = api.post("/problems/" + problem + "/plan", Api.object().put("plan", "补齐记录").put("responsible", "测试镇党委").put("version", v));
        assertTrue(plan.status() == 200 || plan.status() == 201, plan.toString());
        v = plan.json().get("version").asLong();
        Api.Reply rectified = api.post("/problems/" + problem + "/rectified", Api.object().put("completion", "已补齐").put("version", v));
        assertTrue(rectified.status() == 200 || rectified.status() == 201, rectified.toString());
        v = rectified.json().get("version").asLong();

        assertEquals("note", refusedField(api.put(recheck, Api.object().put("passed", false).put("version", v))));
        JsonNode reopened = api.put(recheck, Api.object().put("passed", false).put("note", "记录仍不完整").put("version", v)).json();
        assertEquals("IN_PROGRESS", reopened.get("status").asText(), reopened.toString());
        assertEquals(1, reopened.get("reopenCount").asInt());
        v = reopened.get("version").asLong();
        v = api.post("/problems/" + problem + "/rectified", Api.object().put("completion", "再次补齐").put("version", v)).json().get("version").asLong();
        JsonNode verified = api.put(recheck, Api.object().put("passed", true).put("note", "整改到位").put("version", v)).json();
        assertEquals("VERIFIED", verified.get("status").asText(), verified.toString());

        assertEquals(200, step("revisit", "回访记录").status());
        assertEquals("findings-closed", refusedByRule(api.post(BASE + "/findings", finding)));
        JsonNode done = step("summary", "督导总结").json();
        assertEquals("COMPLETED", done.get("status").asText(), done.toString());
        assertEquals(1, done.get("findingsVerified").asLong());
        assertEquals(404, api.as("xiajiang-operator").get(BASE + "/items/" + item).status(), "峡江 sees no 顺义 item");
        Api.Reply pdf = api.get(BASE + "/documents/items/" + item);
        assertEquals(200, pdf.status(), pdf.toString());
        assertTrue(pdf.body().startsWith("%PDF"));
    }

    @Test
    @Order(4)
    void theLedgerWorkbookHasARowPerItem() {
        HttpResponse<byte[]> file = api.download(BASE + "/documents/ledger.xlsx?year=" + DEMO_YEAR);
        assertEquals(200, file.statusCode());
        int rows = Workbooks.numericRows(file.body(), 0);
        assertEquals(20, rows, "a row per item of last year");
    }

    @Test
    @Order(5)
    void uninstallAndReinstallKeepEveryRecord() {
        String before = api.get(BASE + "/items/" + item).body();
        ModuleInstall.reinstall(server, api, MODULE, "jiceng-county-shunyi", BASE, "/items", "/items/" + item);
        assertEquals(before.replaceAll("\"overdue\":(true|false)", ""),
                api.get(BASE + "/items/" + item).body().replaceAll("\"overdue\":(true|false)", ""));
    }

    private static Api.Reply step(String key, String record) {
        long version = api.get(BASE + "/items/" + item).json().get("version").asLong();
        return api.put(BASE + "/items/" + item + "/steps/" + key, Api.object().put("record", record).put("version", version));
    }
}
