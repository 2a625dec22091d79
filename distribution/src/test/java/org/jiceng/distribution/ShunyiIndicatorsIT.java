package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * 顺义's indicator system and folded projects (党建工作指标体系, 工作要点, 折子工程): installed at runtime and
 * enabled for 顺义 only; the demo enters 16 indicators, last year's 218 tasks, 7 parts and 30 items of
 * work points and 104 folded projects scheduled backwards into milestones, and reports them done
 * through the module's services. This test reads the seed's figures back over REST, SOAP and the
 * workbooks, then plans a project and a task of its own, checks each refusal by its rule or field,
 * reports them done and finds the slipping ones in the inbox; every record is kept over an uninstall
 * and reinstall. Other districts get 404.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShunyiIndicatorsIT {
    private static final String MODULE = "shunyi-indicators";
    private static final String DISTRICT = "110113";
    private static final String BASE = "/jurisdictions/" + DISTRICT + "/" + MODULE;
    private static final String NS = "http://jiceng.org/soap/shunyi-indicators";
    /** The demo's year: the last complete one. */
    private static final int DEMO_YEAR = LocalDate.now().getYear() - 1;

    private static JicengServer server;
    private static Api api;
    private static String township;
    private static long project;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    @Order(1)
    void installedAtRuntimeAndEnabledFor顺义Only() {
        ModuleInstall.installAndEnable(server, api, MODULE, DISTRICT, "党建工作指标体系与折子工程", "/indicators");
        ModuleInstall.refusedIn(api, MODULE, "/projects", "441481", "430581");
        township = ModuleInstall.firstTownship(api, DISTRICT);
    }

    @Test
    @Order(2)
    void demoReproducesTheSeedsIndicatorSystemAndPlan() {
        JsonNode f = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            f = api.get(BASE + "/figures?year=" + DEMO_YEAR).json();
            if (f.at("/total/projects").asLong() == 104 && f.at("/total/milestonesDone").asLong() == 356
                    && f.at("/total/tasksDone").asLong() == 209) {
                break;
            }
            JicengServer.sleep(500);
        }
        System.out.println("顺义 indicators " + DEMO_YEAR + ": " + f.get("total"));
        assertEquals(3, f.get("aspects").asLong(), "3个方面");
        assertEquals(5, f.get("domains").asLong(), "5大领域");
        assertEquals(16, f.get("indicators").asLong(), "16项党建指标");
        assertEquals(7, f.get("workParts").asLong(), "7大部分");
        assertEquals(30, f.get("workItems").asLong(), "30项具体内容");
        JsonNode t = f.get("total");
        assertEquals(218, t.get("tasks").asLong(), "218项党建任务");
        assertEquals(209, t.get("tasksDone").asLong(), t.toString());
        assertEquals(9, t.get("tasksSlipping").asLong());
        assertEquals("95.8", t.get("taskCompletionRate").asText());
        assertEquals(104, t.get("projects").asLong(), "104项折子工程");
        assertEquals(96, t.get("projectsDone").asLong());
        assertEquals(86, t.get("projectsOnTime").asLong());
        assertEquals(8, t.get("projectsSlipping").asLong());
        assertEquals("92.3", t.get("projectCompletionRate").asText());
        // 52 projects in four milestones, 52 in three; the last of the 8 slipping ones undone
        assertEquals(364, t.get("milestones").asLong());
        assertEquals(8, t.get("milestonesSlipping").asLong());
        assertEquals(5, f.get("perDomain").size(), "a row per domain");
        long tasks = 0;
        long projects = 0;
        for (JsonNode d : f.get("perDomain")) {
            tasks += d.get("tasks").asLong();
            projects += d.get("projects").asLong();
        }
        assertEquals(218, tasks, "the domains add up");
        assertEquals(104, projects);
        long unitProjects = 0;
        for (JsonNode u : f.get("perUnit")) {
            unitProjects += u.get("projects").asLong();
        }
        assertEquals(104, unitProjects, "the units add up");
        assertTrue(f.get("perUnit").size() >= 27, "the leading group's 27 member units and townships: " + f.get("perUnit").size());

        JsonNode indicators = api.get(BASE + "/indicators").json();
        assertEquals("组织工作", indicators.at("/0/name").asText(), indicators.toString());
        assertEquals("ORGANIZATIONAL", indicators.at("/0/domain").asText());
        assertEquals(indicators, api.get("/jurisdictions/" + township + "/" + MODULE + "/indicators").json(), "a township reads its county's system");
        JsonNode points = api.get(BASE + "/work-points?year=" + DEMO_YEAR).json();
        assertEquals(30, points.size());
        assertEquals(7, points.get(29).get("partNumber").asInt());
        long carried = 0;
        for (JsonNode item : points) {
            carried += item.get("projects").asLong();
        }
        assertEquals(104, carried, "every folded project carries out an item of the work points");

        assertEquals(8, api.get(BASE + "/projects?year=" + DEMO_YEAR + "&progress=SLIPPING").json().get("total").asLong());
        assertEquals(10, api.get(BASE + "/projects?year=" + DEMO_YEAR + "&progress=DONE_LATE").json().get("total").asLong());
        assertEquals(9, api.get(BASE + "/tasks?year=" + DEMO_YEAR + "&progress=SLIPPING").json().get("total").asLong());

        server.waitFor("/services/IndicatorsService?wsdl", Duration.ofSeconds(60));
        Api.Reply soap = api.soap("IndicatorsService", NS,
                "<t:getFigures><t:jurisdictionCode>" + DISTRICT + "</t:jurisdictionCode><t:year>" + DEMO_YEAR
                        + "</t:year></t:getFigures>");
        assertEquals(200, soap.status(), soap.toString());
        assertTrue(soap.body().contains("indicators>16</") && soap.body().contains("projectsDone>96</") && soap.body().contains("tasks>218</"),
                soap.body());
    }

    @Test
    @Order(3)
    void theCountyKeepsThePlanAndItsNumbers() {
        String item = "/jurisdictions/" + township + "/" + MODULE + "/work-points";
        ObjectNode point = Api.object().put("year", DEMO_YEAR).put("partNumber", 1).put("partTitle", "加强党的政治建设").put("itemNumber", 1).put("content",
                "测试");
        assertEquals("indicator-system-kept-by-county", refusedByRule(api.post(item, point)));
        assertEquals("work-item-number-taken", refusedByRule(api.post(BASE + "/work-points", point)));
        assertEquals("partTitle", refusedField(api.post(BASE + "/work-points", point.deepCopy().put("itemNumber", 31).put("partTitle", "另一标题"))));
        assertEquals("indicator-code-taken", refusedByRule(api.post(BASE + "/indicators",
                Api.object().put("code", "01").put("name", "重复").put("aspect", "BUILDING").put("domain", "ORGANIZATIONAL"))));
        assertEquals("domain",
                refusedField(api.post(BASE + "/indicators", Api.object().put("code", "17").put("name", "测试").put("aspect", "BUILDING"))));
    }

    @Test
    @Order(4)
    void aProjectIsScheduledBackwardsAndItsMilestonesAreDoneInOrder() {
        LocalDate today = LocalDate.now();
        LocalDate startsOn = today.minusDays(60);
        LocalDate due = today.minusDays(30);
        int year = due.getYear();
        int itemNumber = 400 + (int) (System.nanoTime() % 90);
        Api.Reply added = api.post(BASE + "/work-points", Api.object().put("year", year).put("partNumber", 8).put("partTitle", "测试部分")
                .put("itemNumber", itemNumber).put("content", "测试工作要点"));
        assertEquals(201, added.status(), added.toString());

        ObjectNode in = Api.object().put("year", year).put("workItemNumber", itemNumber).put("indicatorCode", "02")
                .put("title", "测试折子工程 " + itemNumber)
                .put("unit", "测试镇党委").put("jurisdictionCode", township).put("startsOn", startsOn.toString()).put("deadline", due.toString());
        ArrayNode steps = in.putArray("milestones");
        steps.addObject().put("title", "制定方案").put("durationDays", 10);
        steps.addObject().put("title", "组织实施").put("durationDays", 10);
        steps.addObject().put("title", "总结验收").put("durationDays", 10);

        ObjectNode tooLong = in.deepCopy();
        ((ObjectNode) tooLong.withArray("milestones").get(1)).put("durationDays", 11);
        assertEquals("schedule-does-not-fit", refusedByRule(api.post(BASE + "/projects", tooLong)));
        assertEquals("indicator-not-in-system", refusedByRule(api.post(BASE + "/projects", in.deepCopy().put("indicatorCode", "99"))));
        assertEquals("work-item-not-in-work-points", refusedByRule(api.post(BASE + "/projects", in.deepCopy().put("workItemNumber", 499))));
        assertEquals("deadline", refusedField(api.post(BASE + "/projects", in.deepCopy().put("year", year - 1))));
        ObjectNode zero = in.deepCopy();
        ((ObjectNode) zero.withArray("milestones").get(0)).put("durationDays", 0);
        assertEquals("milestones[0].durationDays", refusedField(api.post(BASE + "/projects", zero)));
        assertEquals("jurisdictionCode", refusedField(api.post(BASE + "/projects", in.deepCopy().put("jurisdictionCode", "441481"))));

        Api.Reply created = api.post(BASE + "/projects", in);
        assertEquals(201, created.status(), created.toString());
        JsonNode p = created.json();
        project = p.get("id").asLong();
        assertEquals(startsOn.plusDays(10).toString(), p.at("/milestones/0/dueOn").asText(), "scheduled backwards: " + p.get("milestones"));
        assertEquals(due.minusDays(10).toString(), p.at("/milestones/1/dueOn").asText());
        assertEquals(due.toString(), p.at("/milestones/2/dueOn").asText());
        assertEquals("SLIPPING", p.get("progress").asText(), "every day has passed");

        JsonNode inbox = api.get("/inbox?jurisdiction=" + township + "&withinDays=30").json();
        long first = p.at("/milestones/0/id").asLong();
        assertTrue(inbox.toString().contains("\"kind\":\"folded-project-milestone\",\"id\":\"" + first + "\""), inbox.toString());

        long second = p.at("/milestones/1/id").asLong();
        assertEquals("milestone-out-of-order", refusedByRule(api.put(BASE + "/milestones/" + second + "/completion",
                Api.object().put("doneOn", today.toString()).put("version", p.at("/milestones/1/version").asLong()))));
        String completion = BASE + "/milestones/" + first + "/completion";
        long v = p.at("/milestones/0/version").asLong();
        assertEquals("doneOn", refusedField(api.put(completion, Api.object().put("doneOn", today.plusDays(1).toString()).put("version", v))));
        assertEquals("doneOn", refusedField(api.put(completion, Api.object().put("doneOn", startsOn.minusDays(1).toString()).put("version", v))));
        assertProblem(api.put(completion, Api.object().put("doneOn", startsOn.plusDays(9).toString()).put("version", v + 3)), 409);
        JsonNode done = api.put(completion, Api.object().put("doneOn", startsOn.plusDays(9).toString()).put("note", "方案印发").put("version", v)).json();
        assertEquals("DONE", done.get("progress").asText(), done.toString());
        assertEquals("admin", done.get("reportedBy").asText());
        assertEquals("milestone-already-done", refusedByRule(api.put(completion,
                Api.object().put("doneOn", startsOn.plusDays(9).toString()).put("version", done.get("version").asLong()))));
        for (int seq = 1; seq < 3; seq++) {
            JsonNode m = api.get(BASE + "/projects/" + project).json().at("/milestones/" + seq);
            Api.Reply r = api.put(BASE + "/milestones/" + m.get("id").asLong() + "/completion",
                    Api.object().put("doneOn", today.toString()).put("version", m.get("version").asLong()));
            assertEquals(200, r.status(), r.toString());
        }
        JsonNode finished = api.get(BASE + "/projects/" + project).json();
        assertEquals("DONE_LATE", finished.get("progress").asText(), "finished after its deadline: " + finished);
        assertEquals("100.0", finished.get("percentDone").asText());
        assertEquals(404, api.as("xiajiang-operator").get(BASE + "/projects/" + project).status(), "峡江 sees no 顺义 project");
        assertEquals(404, api.get("/jurisdictions/" + DISTRICT + "/" + MODULE + "/milestones/" + Long.MAX_VALUE).status());
    }

    @Test
    @Order(5)
    void aTaskIsAssignedAtTheCountyAndReportedDoneOnce() {
        LocalDate today = LocalDate.now();
        String code = "02-" + (50 + System.nanoTime() % 40);
        ObjectNode in = Api.object().put("indicatorCode", "02").put("year", today.getYear()).put("code", code).put("title", "宣传工作: 测试任务")
                .put("unit", "区委宣传部").put("jurisdictionCode", DISTRICT).put("dueOn", today.toString());
        assertEquals("indicator-system-kept-by-county", refusedByRule(api.post("/jurisdictions/" + township + "/" + MODULE + "/tasks", in)));
        assertEquals("dueOn", refusedField(api.post(BASE + "/tasks", in.deepCopy().put("year", today.getYear() - 1))));
        Api.Reply created = api.post(BASE + "/tasks", in);
        assertEquals(201, created.status(), created.toString());
        assertEquals("task-code-taken", refusedByRule(api.post(BASE + "/tasks", in)));
        long id = created.json().get("id").asLong();
        JsonNode done = api.put(BASE + "/tasks/" + id + "/completion",
                Api.object().put("doneOn", today.toString()).put("version", created.json().get("version").asLong())).json();
        assertEquals("DONE", done.get("progress").asText(), done.toString());
        assertEquals("task-already-done", refusedByRule(api.put(BASE + "/tasks/" + id + "/completion",
                Api.object().put("doneOn", today.toString()).put("version", done.get("version").asLong()))));
    }

    @Test
    @Order(6)
    void theWorkPointsPrintAndTheLedgerHasARowPerMilestone() {
        Api.Reply pdf = api.get(BASE + "/documents/work-points.pdf?year=" + DEMO_YEAR);
        assertEquals(200, pdf.status(), pdf.toString());
        assertTrue(pdf.body().startsWith("%PDF"));
        HttpResponse<byte[]> file = api.download(BASE + "/documents/projects.xlsx?year=" + DEMO_YEAR);
        assertEquals(200, file.statusCode());
        int milestones = Workbooks.numericRows(file.body(), 7);
        assertEquals(364, milestones, "a row per milestone of last year's 104 projects");
        assertEquals(200, api.download(BASE + "/documents/figures.xlsx?year=" + DEMO_YEAR).statusCode());
    }

    @Test
    @Order(7)
    void uninstallAndReinstallKeepEveryRecord() {
        String before = api.get(BASE + "/projects/" + project).body();
        String figures = api.get(BASE + "/figures?year=" + DEMO_YEAR).body();
        ModuleInstall.reinstall(server, api, MODULE, "jiceng-county-shunyi", BASE, "/indicators", "/projects/" + project);
        assertEquals(before, api.get(BASE + "/projects/" + project).body());
        assertEquals(figures.replaceAll("\"asOf\":\"[^\"]*\"", ""),
                api.get(BASE + "/figures?year=" + DEMO_YEAR).body().replaceAll("\"asOf\":\"[^\"]*\"", ""));
    }
}
