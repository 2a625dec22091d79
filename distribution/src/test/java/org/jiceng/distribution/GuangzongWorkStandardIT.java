package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
 * 广宗's 基层党建工作标准 and young cadre pool: installed at runtime and enabled for 广宗 only; the
 * standard has the seed's 10 categories and 57 tasks; the demo checks last year's village and
 * community organizations through the module (rates per category, township and county agree with
 * the checks, over REST and SOAP) and holds the seed's 40 young cadres; then, on two villages' checks
 * of 2024 (a year the demo leaves alone, so the test owns it) and two members the test selects: every
 * rule refused with its name, the pass rates checked by hand, the rectification list, the
 * appointment seen in the core's cadre record, the workbooks. Other counties get 404; uninstall and
 * reinstall keep every record.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GuangzongWorkStandardIT {
    private static final String MODULE = "guangzong-work-standard";
    private static final String COUNTY = "130531";
    private static final String BASE = "/jurisdictions/" + COUNTY + "/" + MODULE;
    private static final String NS = "http://jiceng.org/soap/guangzong-work-standard";
    private static final int DEMO_YEAR = LocalDate.now().getYear() - 1;
    private static final int YEAR = 2024;

    private static JicengServer server;
    private static Api api;
    private static Api operator;
    private static List<String> tasks;
    private static String township;
    private static long goodCheck;
    private static long weakCheck;
    private static long appointed;
    private static long appointedMember;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
        operator = api.as("guangzong-operator");
    }

    @Test
    @Order(1)
    void installedAtRuntimeWithTheSeedsTenCategoriesAndFiftySevenTasks() {
        ModuleInstall.installAndEnable(server, api, MODULE, COUNTY, "基层党建工作标准", "/standard");
        ModuleInstall.refusedIn(api, MODULE, "/standard", "441481", "430581");
        JsonNode s = api.get(BASE + "/standard").json();
        assertEquals(10, s.get("categoryCount").asInt(), s.toString());
        assertEquals(57, s.get("taskCount").asInt());
        assertEquals(52, s.get("tasksToPass").asInt(), "90 % of the tasks");
        assertEquals("组织设置", s.at("/categories/0/name").asText());
        tasks = new ArrayList<>();
        for (JsonNode c : s.get("categories")) {
            c.get("tasks").forEach(t -> tasks.add(t.get("key").asText()));
        }
        assertEquals(57, tasks.size());
    }

    @Test
    @Order(2)
    void theDemoChecksLastYearAndHoldsFortyYoungCadres() {
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (server.logLines("Demo data of module " + MODULE + " completed").isEmpty()) {
            assertTrue(server.logLines("Demo data of module " + MODULE + " failed").isEmpty(), "the demo failed: see karaf.log");
            assertTrue(System.nanoTime() < deadline, "the demo data did not finish");
            JicengServer.sleep(1000);
        }
        JsonNode f = api.get(BASE + "/figures?year=" + DEMO_YEAR).json();
        System.out.println("广宗 work standard " + DEMO_YEAR + ": " + f);
        long units = f.get("units").asLong();
        assertTrue(units > 8, "every village and community organization of the demo registry: " + f);
        assertEquals(units, f.get("townshipChecked").asLong(), "the townships checked every unit");
        assertEquals(units, f.get("passed").asLong() + f.get("belowStandard").asLong());
        assertTrue(f.get("passed").asLong() > 0 && f.get("belowStandard").asLong() > 0, "some units pass, some are below: " + f);
        assertEquals(String.format("%.1f", 100.0 * f.get("passed").asLong() / units), f.get("passPercent").asText());
        assertEquals(10, f.get("byCategory").size());
        long townshipUnits = 0;
        for (JsonNode t : f.get("byTownship")) {
            townshipUnits += t.get("units").asLong();
        }
        assertEquals(units, townshipUnits);
        for (JsonNode c : f.get("byCategory")) {
            assertEquals(units, c.get("checked").asLong(), c.toString());
        }
        JsonNode checks = api.get(BASE + "/checks?year=" + DEMO_YEAR + "&result=BELOW_STANDARD&size=500").json();
        assertEquals(f.get("belowStandard").asLong(), checks.get("total").asLong());
        JsonNode rectify = api.get(BASE + "/rectification?year=" + DEMO_YEAR).json();
        assertEquals(f.get("belowStandard").asLong(), rectify.size());
        for (JsonNode r : rectify) {
            assertTrue(r.get("tasksMet").asInt() < 52 && r.get("tasks").size() == 57 - r.get("tasksMet").asInt(), r.toString());
        }
        // a unit's evaluations are the engine's: its self-check and its township's check
        long anyCheck = checks.at("/items/0/id").asLong();
        JsonNode evaluations = api.get(BASE + "/checks/" + anyCheck + "/evaluations").json();
        assertEquals(2, evaluations.size());
        assertEquals(57, evaluations.at("/1/answers").size());
        assertFalse(evaluations.at("/1/passed").asBoolean());

        JsonNode pool = api.get(BASE + "/pool/figures").json();
        System.out.println("广宗 young cadre pool: " + pool);
        assertEquals(40, pool.get("inPool").asLong(), "目前已将40名年轻干部纳入优秀年轻干部人才库: " + pool);
        assertEquals(40, pool.get("trainings").asLong());
        assertEquals(40, pool.get("assessments").asLong());
        JsonNode first = api.get(BASE + "/pool?size=1").json().at("/items/0");
        JsonNode designations = api.get("/cadres/" + first.get("memberId").asLong() + "/designations").json();
        boolean onTheList = false;
        for (JsonNode d : designations) {
            onTheList |= "TALENT_POOL".equals(d.get("type").asText()) && (d.path("until").isNull() || d.path("until").isMissingNode());
        }
        assertTrue(onTheList, "the core's cadre record shows the member on the talent pool list: " + designations);

        server.waitFor("/services/WorkStandardService?wsdl", Duration.ofSeconds(60));
        Api.Reply soap = api.soap("WorkStandardService", NS,
                "<t:getFigures><t:jurisdictionCode>" + COUNTY + "</t:jurisdictionCode><t:year>" + DEMO_YEAR + "</t:year></t:getFigures>");
        assertEquals(200, soap.status(), soap.toString());
        assertTrue(soap.body().contains("<units>" + units + "</units>") && soap.body().contains("<passed>" + f.get("passed").asLong() + "</passed>"),
                soap.body());
        Api.Reply poolSoap = api.soap("WorkStandardService", NS,
                "<t:getPoolFigures><t:jurisdictionCode>" + COUNTY + "</t:jurisdictionCode></t:getPoolFigures>");
        assertTrue(poolSoap.body().contains("<inPool>40</inPool>"), poolSoap.body());
    }

    @Test
    @Order(3)
    void unitsCheckThemselvesAndTheirTownshipChecksThem() {
        JsonNode towns = api.get("/jurisdictions/" + COUNTY + "/subtree?level=TOWNSHIP&size=50").json().get("items");
        township = towns.get(towns.size() - 1).get("code").asText();
        List<Long> units = new ArrayList<>();
        for (JsonNode v : api.get("/jurisdictions/" + township + "/subtree?level=VILLAGE&size=20").json().get("items")) {
            JsonNode orgs = api.get("/organizations?jurisdiction=" + v.get("code").asText() + "&size=1&sort=id").json().get("items");
            if (orgs.size() > 0 && units.size() < 2) {
                units.add(orgs.get(0).get("id").asLong());
            }
        }
        assertEquals(2, units.size(), "two village organizations in " + township);
        long townCommittee = -1;
        for (JsonNode o : api.get("/organizations?jurisdiction=" + township + "&size=100").json().get("items")) {
            if (township.equals(o.get("jurisdictionCode").asText())) {
                townCommittee = o.get("id").asLong();
            }
        }
        assertTrue(townCommittee > 0, "the township's own organization");

        assertEquals("checker", assertProblem(operator.post(BASE + "/checks", self(units.get(0), "2024-03-05", 0).put("checker", " ")), 400)
                .at("/errors/0/field").asText());
        ObjectNode incomplete = self(units.get(0), "2024-03-05", 0);
        ((ArrayNode) incomplete.get("answers")).remove(56);
        assertEquals("checklist-all-answered", rule(assertProblem(operator.post(BASE + "/checks", incomplete), 422)));
        assertEquals("unit-not-village-organization",
                rule(assertProblem(operator.post(BASE + "/checks", self(townCommittee, "2024-03-05", 0)), 422)));
        assertEquals("check-outside-year", rule(assertProblem(operator.post(BASE + "/checks", self(units.get(0), "2025-01-05", 0)), 422)));
        assertProblem(api.as("xingning-operator").post("/jurisdictions/441481/" + MODULE + "/checks", self(units.get(0), "2024-03-05", 0)), 404);

        JsonNode good = created(operator.post(BASE + "/checks", self(units.get(0), "2024-03-05", 0)));
        goodCheck = good.get("id").asLong();
        assertEquals("PENDING", good.get("result").asText());
        assertEquals(57, good.get("selfMet").asInt());
        JsonNode weak = created(operator.post(BASE + "/checks", self(units.get(1), "2024-03-06", 2)));
        weakCheck = weak.get("id").asLong();
        assertEquals(55, weak.get("selfMet").asInt());
        assertTrue(weak.get("selfPassed").asBoolean(), "55 of 57 passes the unit's own eyes");
        assertEquals("second-check-in-year", rule(assertProblem(operator.post(BASE + "/checks", self(units.get(0), "2024-04-01", 0)), 422)));

        String byTown = "/jurisdictions/" + township + "/" + MODULE + "/checks/";
        long version = good.get("version").asLong();
        assertEquals("township-check-by-township",
                rule(assertProblem(operator.post(BASE + "/checks/" + goodCheck + "/township-check", town("2024-10-10", 0, version)), 422)));
        assertProblem(operator.post(byTown + goodCheck + "/township-check", town("2024-10-10", 0, version + 3)), 409);
        assertEquals("township-check-before-self-check",
                rule(assertProblem(operator.post(byTown + goodCheck + "/township-check", town("2024-03-01", 0, version)), 422)));
        assertEquals("check-outside-year",
                rule(assertProblem(operator.post(byTown + goodCheck + "/township-check", town("2025-02-01", 0, version)), 422)));
        JsonNode passed = operator.post(byTown + goodCheck + "/township-check", town("2024-10-10", 0, version)).json();
        assertEquals("PASSED", passed.get("result").asText(), passed.toString());
        assertEquals("second-check-in-year", rule(assertProblem(
                operator.post(byTown + goodCheck + "/township-check", town("2024-10-11", 0, passed.get("version").asLong())), 422)));
        // the township sees six tasks not met (t01–t05, all of 组织设置, and t06 of 班子建设): 51 of 57, below the 52 it takes
        JsonNode below = operator.post(byTown + weakCheck + "/township-check", town("2024-10-12", 6, weak.get("version").asLong())).json();
        assertEquals("BELOW_STANDARD", below.get("result").asText(), below.toString());
        assertEquals(51, below.get("townshipMet").asInt());
        assertEquals(List.of("organization", "leadership"),
                List.of(below.at("/unmetCategories/0").asText(), below.at("/unmetCategories/1").asText()));
        assertEquals(404, api.get("/jurisdictions/441481/" + MODULE + "/checks/" + weakCheck).status());
        assertEquals(404, api.as("xingning-operator").get("/jurisdictions/441481/" + MODULE + "/checks/" + weakCheck).status());
    }

    @Test
    @Order(4)
    void passRatesByHandTheRectificationListAndTheWorkbook() {
        JsonNode f = api.get("/jurisdictions/" + township + "/" + MODULE + "/figures?year=" + YEAR).json();
        assertEquals(2, f.get("units").asLong(), f.toString());
        assertEquals(1, f.get("passed").asLong());
        assertEquals(1, f.get("belowStandard").asLong());
        assertEquals("50.0", f.get("passPercent").asText());
        assertEquals("50.0", f.at("/byCategory/0/passPercent").asText(), "组织设置: one of two wholly met");
        assertEquals("50.0", f.at("/byCategory/1/passPercent").asText());
        assertEquals("100.0", f.at("/byCategory/2/passPercent").asText());
        assertEquals(1, f.get("byTownship").size());
        JsonNode rectify = api.get(BASE + "/rectification?year=" + YEAR).json();
        assertEquals(1, rectify.size(), rectify.toString());
        assertEquals(weakCheck, rectify.at("/0/checkId").asLong());
        assertEquals(6, rectify.at("/0/tasks").size());
        assertEquals("组织设置", rectify.at("/0/categories/0").asText());
        Api.Reply soap = api.soap("WorkStandardService", NS,
                "<t:listRectification><t:jurisdictionCode>" + COUNTY + "</t:jurisdictionCode><t:year>" + YEAR + "</t:year></t:listRectification>");
        assertEquals(200, soap.status(), soap.toString());
        assertTrue(soap.body().contains("<checkId>" + weakCheck + "</checkId>"), soap.body());
        Api.Reply refused = api.soap("WorkStandardService", NS,
                "<t:getFigures><t:jurisdictionCode>441481</t:jurisdictionCode><t:year>" + YEAR + "</t:year></t:getFigures>");
        assertEquals(500, refused.status(), refused.toString());

        HttpResponse<byte[]> file = api.download(BASE + "/documents/pass-rates/" + YEAR + ".xlsx");
        assertEquals(200, file.statusCode());
        assertEquals(10, Workbooks.numericRows(file.body(), 0), "a row per category");

        // the standard is the county's: a township cannot revise it; the county's unchanged standard keeps its version
        JsonNode standard = api.get(BASE + "/standard").json();
        ObjectNode same = Api.object().put("name", standard.get("name").asText()).put("version", standard.get("version").asInt());
        ArrayNode categories = same.putArray("categories");
        for (JsonNode c : standard.get("categories")) {
            ObjectNode o = categories.addObject().put("key", c.get("key").asText()).put("name", c.get("name").asText());
            ArrayNode texts = o.putArray("tasks");
            c.get("tasks").forEach(t -> texts.add(t.get("text").asText()));
        }
        assertEquals("standard-kept-by-county",
                rule(assertProblem(operator.put("/jurisdictions/" + township + "/" + MODULE + "/standard", same), 422)));
        assertEquals("name",
                assertProblem(operator.put(BASE + "/standard", Api.object().set("categories", categories)), 400).at("/errors/0/field").asText());
        // a revision names the version it revises: none is a 400, another than the current one a 409 (two revisions made from
        // the same version cannot both be issued, the second over the first unseen)
        ObjectNode unversioned = same.deepCopy();
        unversioned.remove("version");
        assertEquals("version", assertProblem(operator.put(BASE + "/standard", unversioned), 400).at("/errors/0/field").asText());
        ObjectNode stale = same.deepCopy().put("version", standard.get("version").asInt() + 1);
        assertEquals("https://jiceng.org/problems/conflict", assertProblem(operator.put(BASE + "/standard", stale), 409).get("type").asText());
        JsonNode kept = operator.put(BASE + "/standard", same).json();
        assertEquals(standard.get("version").asInt(), kept.get("version").asInt(), "an unchanged standard is not a new version: " + kept);
    }

    @Test
    @Order(5)
    void theCountySelectsCultivatesAssessesAndUsesYoungCadres() {
        Set<Long> inPool = new HashSet<>();
        api.get(BASE + "/pool?size=500").json().get("items").forEach(p -> inPool.add(p.get("memberId").asLong()));
        List<Long> chosen = new ArrayList<>();
        for (JsonNode m : api.get("/members?jurisdiction=" + COUNTY + "&size=100&sort=id").json().get("items")) {
            if (!inPool.contains(m.get("id").asLong()) && "ACTIVE".equals(m.path("membershipStatus").asText("ACTIVE")) && chosen.size() < 2) {
                chosen.add(m.get("id").asLong());
            }
        }
        assertEquals(2, chosen.size());
        String today = LocalDate.now().toString();
        assertEquals("pool-kept-by-county", rule(assertProblem(
                operator.post("/jurisdictions/" + township + "/" + MODULE + "/pool",
                        Api.object().put("memberId", chosen.get(0)).put("since", "2024-01-10")),
                422)));
        assertEquals("since", assertProblem(operator.post(BASE + "/pool",
                Api.object().put("memberId", chosen.get(0)).put("since", LocalDate.now().plusDays(2).toString())), 400).at("/errors/0/field")
                .asText());
        assertEquals("already-in-pool",
                rule(assertProblem(operator.post(BASE + "/pool", Api.object().put("memberId", inPool.iterator().next()).put("since", "2024-01-10")),
                        422)));
        JsonNode a = created(
                operator.post(BASE + "/pool", Api.object().put("memberId", chosen.get(0)).put("since", "2024-01-10").put("note", "组织推荐")));
        JsonNode b = created(operator.post(BASE + "/pool", Api.object().put("memberId", chosen.get(1)).put("since", "2024-01-10")));
        appointed = a.get("id").asLong();
        appointedMember = chosen.get(0);
        assertEquals("IN_POOL", a.get("status").asText());
        assertEquals("already-in-pool",
                rule(assertProblem(operator.post(BASE + "/pool", Api.object().put("memberId", chosen.get(0)).put("since", "2024-02-10")), 422)));

        String one = BASE + "/pool/" + appointed;
        assertEquals("before-selection", rule(assertProblem(operator.post(one + "/cultivation",
                Api.object().put("kind", "TRAINING").put("title", "年轻干部培训班").put("startDate", "2023-12-01")), 422)));
        assertEquals("kind",
                assertProblem(
                        operator.post(one + "/cultivation", Api.object().put("kind", "HOLIDAY").put("title", "x").put("startDate", "2024-03-01")),
                        400).at("/errors/0/field").asText());
        created(operator.post(one + "/cultivation", Api.object().put("kind", "TRAINING").put("title", "年轻干部培训班").put("startDate", "2024-03-01")
                .put("endDate", "2024-03-07")));
        created(operator.post(one + "/cultivation", Api.object().put("kind", "PRACTICE_POST").put("title", "乡村振兴一线实践锻炼")
                .put("startDate", "2024-04-01").put("endDate", "2024-09-30")));
        created(operator.post(one + "/assessments", Api.object().put("period", "2024").put("grade", "EXCELLENT").put("assessedOn", "2024-12-20")));
        assertEquals("period-already-assessed", rule(assertProblem(operator.post(one + "/assessments",
                Api.object().put("period", "2024").put("grade", "COMPETENT").put("assessedOn", "2024-12-21")), 422)));
        assertEquals("period", assertProblem(operator.post(one + "/assessments",
                Api.object().put("period", "2024-Q1").put("grade", "COMPETENT").put("assessedOn", "2024-12-21")), 400).at("/errors/0/field")
                .asText());
        JsonNode now = api.get(one).json();
        assertEquals(1, now.get("trainings").asLong(), now.toString());
        assertEquals(1, now.get("practicePosts").asLong());
        assertEquals("优秀", now.get("latestGrade").asText());

        // use: appointed to a post the core's cadre record shows, the talent-pool designation ended
        ObjectNode post = Api.object().put("unit", "广宗县冯家寨镇人民政府").put("title", "副镇长").put("rank", "DEPUTY_SECTION").put("level", "DEPUTY")
                .put("startDate", "2025-03-01");
        assertProblem(operator.post(one + "/appointment", post.deepCopy().put("version", now.get("version").asLong() + 4)), 409);
        JsonNode used = operator.post(one + "/appointment", post.deepCopy().put("version", now.get("version").asLong())).json();
        assertEquals("APPOINTED", used.get("status").asText(), used.toString());
        assertNotNull(used.get("positionId"));
        boolean shown = false;
        for (JsonNode p : api.get("/cadres/" + appointedMember + "/positions").json()) {
            shown |= p.get("id").asLong() == used.get("positionId").asLong() && "副镇长".equals(p.get("title").asText());
        }
        assertTrue(shown, "the core's cadre record shows the post");
        for (JsonNode d : api.get("/cadres/" + appointedMember + "/designations").json()) {
            if ("TALENT_POOL".equals(d.get("type").asText())) {
                assertEquals("2025-03-01", d.get("until").asText(), d.toString());
            }
        }
        assertEquals("pool-entry-closed", rule(assertProblem(operator.post(one + "/cultivation",
                Api.object().put("kind", "TRAINING").put("title", "培训").put("startDate", "2025-04-01")), 422)));

        String two = BASE + "/pool/" + b.get("id").asLong();
        assertEquals("reason",
                assertProblem(operator.post(two + "/leaving", Api.object().put("leftOn", today).put("version", b.get("version").asLong())), 400)
                        .at("/errors/0/field").asText());
        JsonNode left = operator.post(two + "/leaving", Api.object().put("reason", "年度考核不称职，调整出库").put("leftOn", "2025-01-20")
                .put("version", b.get("version").asLong())).json();
        assertEquals("LEFT", left.get("status").asText(), left.toString());
        assertEquals("pool-entry-closed", rule(assertProblem(operator.post(two + "/leaving",
                Api.object().put("reason", "again").put("leftOn", "2025-01-21").put("version", left.get("version").asLong())), 422)));

        JsonNode pool = api.get(BASE + "/pool/figures").json();
        assertEquals(40, pool.get("inPool").asLong(), pool.toString());
        assertTrue(pool.get("appointed").asLong() >= 1 && pool.get("left").asLong() >= 1, pool.toString());
        assertEquals(404, api.as("xingning-operator").get("/jurisdictions/441481/" + MODULE + "/pool/" + appointed).status());
        HttpResponse<byte[]> roster = api.download(BASE + "/documents/pool.xlsx");
        assertEquals(200, roster.statusCode());
        assertEquals(api.get(BASE + "/pool?size=1").json().get("total").asLong(), Workbooks.numericRows(roster.body(), 0), "a row per cadre");
    }

    @Test
    @Order(6)
    void uninstallAndReinstallKeepEveryRecord() {
        String check = api.get(BASE + "/checks/" + weakCheck).body();
        String cadre = api.get(BASE + "/pool/" + appointed).body();
        String demo = api.get(BASE + "/figures?year=" + DEMO_YEAR).body();
        ModuleInstall.reinstall(server, api, MODULE, "jiceng-county-guangzong", BASE, "/standard", "/checks/" + weakCheck);
        assertEquals(check, api.get(BASE + "/checks/" + weakCheck).body());
        assertEquals(cadre, api.get(BASE + "/pool/" + appointed).body());
        assertEquals(demo, api.get(BASE + "/figures?year=" + DEMO_YEAR).body(), "the demo ran once");
        assertEquals(40, api.get(BASE + "/pool/figures").json().get("inPool").asLong());
    }

    // ---- helpers

    /** A self-check of {@code unit} for 2024 with the first {@code missed} tasks not met. */
    private static ObjectNode self(long unit, String on, int missed) {
        return answers(Api.object().put("organizationId", unit).put("year", YEAR).put("checker", "村党支部书记").put("checkedOn", on), missed);
    }

    private static ObjectNode town(String on, int missed, long version) {
        return answers(Api.object().put("checker", "镇组织委员").put("checkedOn", on).put("version", version), missed);
    }

    private static ObjectNode answers(ObjectNode body, int missed) {
        ArrayNode answers = body.putArray("answers");
        for (int i = 0; i < tasks.size(); i++) {
            answers.addObject().put("taskKey", tasks.get(i)).put("met", i >= missed);
        }
        return body;
    }

    private static JsonNode created(Api.Reply r) {
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    private static String rule(JsonNode problem) {
        return problem.get("rule").asText();
    }
}
