package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * 广宗's daily quantified evaluation of Party members and cadres: installed at runtime and enabled for
 * 广宗 only; the demo evaluates last year in the county's pilot townships through the module (the
 * three boards, entries through the year, rankings per township and over the county; REST and SOAP
 * agree, and a member's board points are the base plus the entries); then, on a township and three
 * members this test puts on the evaluation of 2024 (a year the demo leaves alone, so the test owns
 * it): every rule refused with its name, totals recomputed on the engine checked by hand, an entry
 * withdrawn, ranking as XLSX, a record as PDF, the year closed. Other counties get 404; uninstall and
 * reinstall keep every record.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GuangzongDailyEvaluationIT {
    private static final String MODULE = "guangzong-daily-evaluation";
    private static final String COUNTY = "130531";
    private static final String BASE = "/jurisdictions/" + COUNTY + "/" + MODULE;
    private static final String NS = "http://jiceng.org/soap/guangzong-daily-evaluation";
    private static final int DEMO_YEAR = LocalDate.now().getYear() - 1;
    private static final int YEAR = 2024;

    private static JicengServer server;
    private static Api api;
    private static Api operator;
    private static String township;
    private static String otherTownship;
    private static long townshipId;
    private static long[] people;
    /** This test's members of 2024 (evaluated-member ids): the best, the middling and the last. */
    private static long best;
    private static long middling;
    private static long last;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
        operator = api.as("guangzong-operator");
    }

    @Test
    @Order(1)
    void installedAtRuntimeAndEnabledFor广宗Only() {
        ModuleInstall.installAndEnable(server, api, MODULE, COUNTY, "党员干部日常量化考评", "/boards");
        ModuleInstall.refusedIn(api, MODULE, "/boards", "441481", "430581");
        JsonNode boards = api.get(BASE + "/boards").json();
        assertEquals(3, boards.size(), "日常工作测评, “德”的考评, 学习提升: " + boards);
        assertEquals("日常工作测评", boards.at("/0/name").asText());
        assertEquals("学习提升", boards.at("/2/name").asText());
        assertEquals(100.0, boards.at("/0/weight").asDouble() + boards.at("/1/weight").asDouble() + boards.at("/2/weight").asDouble(), 1e-9);
        assertTrue(boards.at("/1/items").size() >= 3, boards.toString());
    }

    @Test
    @Order(2)
    void theDemoEvaluatesLastYearInThePilotTownships() {
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (server.logLines("Demo data of module " + MODULE + " completed").isEmpty()) {
            assertTrue(server.logLines("Demo data of module " + MODULE + " failed").isEmpty(), "the demo failed: see karaf.log");
            assertTrue(System.nanoTime() < deadline, "the demo data did not finish");
            JicengServer.sleep(1000);
        }
        JsonNode f = api.get(BASE + "/years/" + DEMO_YEAR + "/figures").json();
        System.out.println("广宗 daily evaluation " + DEMO_YEAR + ": " + f);
        long towns = api.get("/jurisdictions/" + COUNTY + "/subtree?level=TOWNSHIP&size=50").json().get("total").asLong();
        assertEquals(towns, f.get("townships").asLong(), "every township of the registry is a pilot (the seed's 9 乡镇区)");
        assertEquals(towns, f.get("byTownship").size());
        long members = f.get("members").asLong();
        long entries = f.get("entries").asLong();
        assertTrue(members >= 8 * towns, "eight members in each pilot township: " + f);
        assertTrue(entries > 10 * members, "a year of entries each: " + f);
        long perBoard = 0;
        for (JsonNode b : f.get("boards")) {
            assertTrue(b.get("entries").asLong() > 0 && b.get("pointsAwarded").asDouble() > 0 && b.get("pointsDeducted").asDouble() < 0,
                    b.toString());
            perBoard += b.get("entries").asLong();
        }
        assertEquals(entries, perBoard, "every entry is on one board");
        long graded = 0;
        Map<String, Long> grades = new HashMap<>();
        for (JsonNode g : f.get("grades")) {
            graded += g.get("members").asLong();
            grades.put(g.get("grade").asText(), g.get("members").asLong());
        }
        assertEquals(members, graded, "every member is graded: " + f.get("grades"));
        assertTrue(grades.get("优秀") > 0 && grades.get("良好") > 0 && grades.get("一般") > 0 && grades.get("较差") > 0, "every grade is given: " + grades);
        for (JsonNode t : f.get("byTownship")) {
            assertTrue(t.get("members").asLong() > 0 && t.get("entries").asLong() > 0 && t.hasNonNull("best"), t.toString());
        }

        JsonNode ranking = api.get(BASE + "/years/" + DEMO_YEAR + "/ranking?size=500").json();
        assertEquals(members, ranking.get("total").asLong());
        double previous = Double.MAX_VALUE;
        for (JsonNode m : ranking.get("items")) {
            assertTrue(m.get("total").asDouble() <= previous, "by county rank: " + m);
            previous = m.get("total").asDouble();
            String expected = previous >= 90 ? "优秀" : previous >= 80 ? "良好" : previous >= 60 ? "一般" : "较差";
            assertEquals(expected, m.get("grade").asText(), m.toString());
            assertEquals(members, m.get("countySize").asLong());
        }
        JsonNode first = ranking.at("/items/0");
        assertEquals(1, first.get("countyRank").asInt());
        assertEquals(1, first.get("rank").asInt(), "the county's first is first of its township");

        // the first's board points are the base plus the year's entries, and the total weighs them 50/30/20
        JsonNode own = api.get(BASE + "/members/" + first.get("id").asLong() + "/entries?size=500").json();
        Map<String, Double> sums = new HashMap<>();
        for (JsonNode e : own.get("items")) {
            assertEquals(DEMO_YEAR, LocalDate.parse(e.get("recordedOn").asText()).getYear());
            sums.merge(e.get("board").asText(), e.get("points").asDouble(), Double::sum);
        }
        double work = Math.min(100, 80 + sums.getOrDefault("WORK", 0.0));
        double virtue = Math.min(100, 80 + sums.getOrDefault("VIRTUE", 0.0));
        double study = Math.min(100, 70 + sums.getOrDefault("STUDY", 0.0));
        assertEquals(work, first.get("work").asDouble(), 1e-6, first.toString());
        assertEquals(virtue, first.get("virtue").asDouble(), 1e-6);
        assertEquals(study, first.get("study").asDouble(), 1e-6);
        assertEquals(work * 0.5 + virtue * 0.3 + study * 0.2, first.get("total").asDouble(), 1e-3);

        // a township's ranking, by its own ranks
        JsonNode towns0 = api.get(BASE + "/townships?year=" + DEMO_YEAR + "&size=50").json();
        JsonNode pilot = towns0.at("/items/0");
        JsonNode local = api.get(BASE + "/townships/" + pilot.get("id").asLong() + "/ranking?size=50").json();
        assertEquals(pilot.get("members").asLong(), local.get("total").asLong());
        assertEquals(1, local.at("/items/0/rank").asInt());
        for (JsonNode m : local.get("items")) {
            assertEquals(pilot.get("townshipCode").asText(), m.get("township").asText());
            assertEquals(pilot.get("members").asLong(), m.get("townshipSize").asLong());
        }

        server.waitFor("/services/DailyEvaluationService?wsdl", Duration.ofSeconds(60));
        Api.Reply soap = api.soap("DailyEvaluationService", NS,
                "<t:getFigures><t:jurisdictionCode>" + COUNTY + "</t:jurisdictionCode><t:year>" + DEMO_YEAR + "</t:year></t:getFigures>");
        assertEquals(200, soap.status(), soap.toString());
        assertTrue(soap.body().contains("<members>" + members + "</members>") && soap.body().contains("<entries>" + entries + "</entries>"),
                soap.body());
    }

    @Test
    @Order(3)
    void theCountyOpensAYearAndRegistersItsPilotTownships() {
        JsonNode towns = api.get("/jurisdictions/" + COUNTY + "/subtree?level=TOWNSHIP&size=50").json().get("items");
        township = towns.get(towns.size() - 1).get("code").asText();
        otherTownship = towns.get(0).get("code").asText();
        assertEquals("evaluation-by-county",
                rule(assertProblem(operator.post("/jurisdictions/" + township + "/" + MODULE + "/years", Api.object().put("year", YEAR)), 422)));
        assertEquals("year", assertProblem(operator.post(BASE + "/years", Api.object().put("year", LocalDate.now().getYear() + 1)), 400)
                .at("/errors/0/field").asText(), "a year still to come is not evaluated");
        Api.Reply opened = operator.post(BASE + "/years", Api.object().put("year", YEAR));
        assertEquals(201, opened.status(), opened.toString());
        assertEquals("OPEN", opened.json().get("state").asText());
        assertProblem(operator.post(BASE + "/years", Api.object().put("year", YEAR)), 409);

        String village = api.get("/jurisdictions/" + township + "/subtree?level=VILLAGE&size=1").json().at("/items/0/code").asText();
        assertEquals("not-a-township", rule(assertProblem(operator.post(BASE + "/townships", pilot(YEAR, village)), 422)));
        String foreign = ModuleInstall.firstTownship(api, "441481");
        assertEquals("not-a-township", rule(assertProblem(operator.post(BASE + "/townships", pilot(YEAR, foreign)), 422)));
        assertEquals("year-not-opened", rule(assertProblem(operator.post(BASE + "/townships", pilot(2023, township)), 422)));
        assertEquals("townshipCode", assertProblem(operator.post(BASE + "/townships", Api.object().put("year", YEAR)), 400)
                .at("/errors/0/field").asText());
        Api.Reply registered = operator.post(BASE + "/townships", pilot(YEAR, township));
        assertEquals(201, registered.status(), registered.toString());
        townshipId = registered.json().get("id").asLong();
        assertProblem(operator.post(BASE + "/townships", pilot(YEAR, township)), 409);
    }

    @Test
    @Order(4)
    void aTownshipEvaluatesItsOwnMembers() {
        JsonNode members = api.get("/members?jurisdiction=" + township + "&stage=FULL&size=4&sort=-id").json().get("items");
        people = new long[4];
        for (int i = 0; i < 4; i++) {
            people[i] = members.get(i).get("id").asLong();
        }
        long outsider = api.get("/members?jurisdiction=" + otherTownship + "&stage=FULL&size=1").json().at("/items/0/id").asLong();
        String enrol = BASE + "/townships/" + townshipId + "/members";
        assertEquals("member-not-in-township", rule(assertProblem(operator.post(enrol, Api.object().put("memberId", outsider)), 422)));
        assertProblem(operator.post(enrol, Api.object().put("memberId", 999_999_999L)), 404);
        assertEquals("memberId", assertProblem(operator.post(enrol, Api.object().put("post", "村党支部书记")), 400).at("/errors/0/field").asText());
        best = enroll(people[0], "村党支部书记");
        middling = enroll(people[1], "村委会委员");
        last = enroll(people[2], null);
        assertProblem(operator.post(enrol, Api.object().put("memberId", people[0])), 409);
        JsonNode b = api.get(BASE + "/members/" + best).json();
        assertEquals(people[0], b.get("memberId").asLong());
        assertEquals(township, b.get("township").asText());
        assertEquals(78.0, b.get("total").asDouble(), 1e-6, "everyone starts the year at the boards' bases (80, 80, 70): " + b);
        assertEquals(404, api.as("xingning-operator").get(BASE + "/members/" + best).status(), "another county's account does not see 广宗");
        assertEquals(404, api.get("/jurisdictions/" + otherTownship + "/" + MODULE + "/members/" + best).status(),
                "another township's scope does not see the member");
    }

    @Test
    @Order(5)
    void entriesKeepTheRulesAndMoveTheRanking() {
        String record = BASE + "/townships/" + townshipId + "/entries";
        assertEquals("itemKey", assertProblem(operator.post(record, entry(people[0], "bonus", "2024-05-05", 2)), 400).at("/errors/0/field").asText());
        assertEquals("reason", assertProblem(operator.post(record, entry(people[0], "key-task", "2024-05-05", 2).put("reason", " ")), 400)
                .at("/errors/0/field").asText());
        assertEquals("points-outside-item-range", rule(assertProblem(operator.post(record, entry(people[0], "key-task", "2024-05-05", 6)), 422)));
        assertEquals("points-outside-item-range", rule(assertProblem(operator.post(record, entry(people[0], "complaint", "2024-05-05", 3)), 422)));
        assertEquals("entry-outside-year", rule(assertProblem(operator.post(record, entry(people[0], "key-task", "2025-01-02", 2)), 422)));
        assertEquals("entry-in-future",
                rule(assertProblem(operator.post(record, entry(people[0], "key-task", LocalDate.now().plusDays(1).toString(), 2)), 422)));
        long outsider = api.get("/members?jurisdiction=" + otherTownship + "&stage=FULL&size=1").json().at("/items/0/id").asLong();
        assertEquals("member-not-in-township", rule(assertProblem(operator.post(record, entry(outsider, "key-task", "2024-05-05", 2)), 422)));
        assertEquals("member-not-enrolled", rule(assertProblem(operator.post(record, entry(people[3], "key-task", "2024-05-05", 2)), 422)));

        // best: work 80 + 5 + 8 + 5 = 98, virtue 80 + 5 + 5 = 90, study 70 + 5 + 6 = 81 → 49 + 27 + 16.2 = 92.2 优秀
        add(people[0], "key-task", 5, "innovation", 8, "commended", 5, "political", 5, "good-deed", 5, "exam", 5, "article", 6);
        // middling: study 70 + 2 → 40 + 24 + 14.4 = 78.4 一般
        add(people[1], "study-session", 2);
        // last: work 80 − 10 − 10 − 5 = 55, virtue 80 − 10 − 20 = 50, study 70 − 3 = 67 → 27.5 + 15 + 13.4 = 55.9 较差
        add(people[2], "criticized", -10, "criticized", -10, "task-overdue", -5, "complaint", -10, "integrity", -20, "study-absent", -3);

        JsonNode b = api.get(BASE + "/members/" + best).json();
        assertEquals(98.0, b.get("work").asDouble(), 1e-6, b.toString());
        assertEquals(90.0, b.get("virtue").asDouble(), 1e-6);
        assertEquals(81.0, b.get("study").asDouble(), 1e-6);
        assertEquals(92.2, b.get("total").asDouble(), 1e-6);
        assertEquals("优秀", b.get("grade").asText());
        assertEquals(1, b.get("rank").asInt());
        assertEquals(3, b.get("townshipSize").asInt());
        assertEquals(1, b.get("countyRank").asInt());
        JsonNode m = api.get(BASE + "/members/" + middling).json();
        assertEquals(78.4, m.get("total").asDouble(), 1e-6, m.toString());
        assertEquals("一般", m.get("grade").asText());
        assertEquals("提醒谈话", m.get("consequence").asText());
        assertEquals(2, m.get("rank").asInt());
        JsonNode l = api.get(BASE + "/members/" + last).json();
        assertEquals(55.9, l.get("total").asDouble(), 1e-6, l.toString());
        assertEquals("较差", l.get("grade").asText());
        assertEquals(3, l.get("countyRank").asInt());
        assertEquals(3, l.get("countySize").asInt());

        // an entry recorded in error is withdrawn with the version read; the ranking follows
        JsonNode wrong = operator.post(record, entry(people[1], "absence", "2024-11-11", -2)).json();
        assertEquals(77.4, api.get(BASE + "/members/" + middling).json().get("total").asDouble(), 1e-6, "work 78 weighs 0.5");
        assertProblem(operator.delete(BASE + "/entries/" + wrong.get("id").asLong() + "?version=" + (wrong.get("version").asLong() + 3)), 409);
        assertEquals("version", assertProblem(operator.delete(BASE + "/entries/" + wrong.get("id").asLong()), 400).at("/errors/0/field").asText());
        assertEquals(204, operator.delete(BASE + "/entries/" + wrong.get("id").asLong() + "?version=" + wrong.get("version").asLong()).status());
        assertEquals(78.4, api.get(BASE + "/members/" + middling).json().get("total").asDouble(), 1e-6);
        assertEquals(404,
                api.as("xingning-operator").delete("/jurisdictions/441481/" + MODULE + "/entries/" + wrong.get("id").asLong() + "?version=1")
                        .status());

        assertEquals(7, api.get(BASE + "/members/" + best + "/entries").json().get("total").asLong());
        assertEquals(2, api.get(BASE + "/members/" + best + "/entries?board=STUDY").json().get("total").asLong());
        assertEquals(14, api.get(BASE + "/entries?year=" + YEAR).json().get("total").asLong());
        JsonNode ranking = api.get(BASE + "/townships/" + townshipId + "/ranking").json();
        assertEquals(best, ranking.at("/items/0/id").asLong());
        assertEquals(last, ranking.at("/items/2/id").asLong());
        assertEquals(best, api.get(BASE + "/years/" + YEAR + "/ranking").json().at("/items/0/id").asLong());
    }

    @Test
    @Order(6)
    void figuresOverRestAndSoapTheRankingAsXlsxARecordAsPdf() {
        JsonNode f = api.get(BASE + "/years/" + YEAR + "/figures").json();
        assertEquals(1, f.get("townships").asLong(), f.toString());
        assertEquals(3, f.get("members").asLong());
        assertEquals(14, f.get("entries").asLong());
        assertEquals(75.5, f.get("averageTotal").asDouble(), 1e-6);
        JsonNode work = f.at("/boards/0");
        assertEquals("WORK", work.get("board").asText());
        assertEquals(6, work.get("entries").asLong());
        assertEquals(18.0, work.get("pointsAwarded").asDouble(), 1e-6);
        assertEquals(-25.0, work.get("pointsDeducted").asDouble(), 1e-6);
        assertEquals(-30.0, f.at("/boards/1/pointsDeducted").asDouble(), 1e-6);
        assertEquals(4, f.at("/boards/2/entries").asLong());
        assertEquals("优秀", f.at("/grades/0/grade").asText());
        assertEquals(1, f.at("/grades/0/members").asLong());
        assertEquals("33.3", f.at("/grades/0/percent").asText());
        assertEquals(0, f.at("/grades/1/members").asLong());
        assertEquals(api.get(BASE + "/members/" + best).json().get("memberName").asText(), f.at("/byTownship/0/best").asText());

        Api.Reply soap = api.soap("DailyEvaluationService", NS,
                "<t:listRanking><t:jurisdictionCode>" + COUNTY + "</t:jurisdictionCode><t:year>" + YEAR + "</t:year></t:listRanking>");
        assertEquals(200, soap.status(), soap.toString());
        assertEquals(3, soap.body().split("<member>", -1).length - 1, soap.body());
        assertTrue(soap.body().indexOf("<id>" + best + "</id>") < soap.body().indexOf("<id>" + last + "</id>"), soap.body());
        Api.Reply refused = api.soap("DailyEvaluationService", NS,
                "<t:getFigures><t:jurisdictionCode>441481</t:jurisdictionCode><t:year>" + YEAR + "</t:year></t:getFigures>");
        assertEquals(500, refused.status(), refused.toString());
        assertTrue(refused.body().contains("441481"), refused.toString());

        HttpResponse<byte[]> file = api.download(BASE + "/documents/ranking/" + YEAR + ".xlsx");
        assertEquals(200, file.statusCode());
        assertEquals(3, Workbooks.numericRows(file.body(), 0), "a row per member ranked");
        Api.Reply pdf = api.get(BASE + "/documents/members/" + best);
        assertEquals(200, pdf.status(), pdf.toString());
        assertTrue(pdf.contentType().startsWith("application/pdf") && pdf.body().startsWith("%PDF"), pdf.contentType());
        assertEquals(404, api.as("xingning-operator").get("/jurisdictions/441481/" + MODULE + "/documents/members/" + best).status());
    }

    @Test
    @Order(7)
    void theCountyClosesTheYear() {
        long version = api.get(BASE + "/years/" + YEAR).json().get("version").asLong();
        assertEquals("evaluation-by-county", rule(assertProblem(
                operator.post("/jurisdictions/" + township + "/" + MODULE + "/years/" + YEAR + "/closing", Api.object().put("version", version)),
                422)));
        assertProblem(operator.post(BASE + "/years/" + YEAR + "/closing", Api.object().put("version", version + 5)), 409);
        assertEquals("version", assertProblem(operator.post(BASE + "/years/" + YEAR + "/closing", Api.object()), 400).at("/errors/0/field").asText());
        JsonNode closed = operator.post(BASE + "/years/" + YEAR + "/closing", Api.object().put("version", version)).json();
        assertEquals("CLOSED", closed.get("state").asText(), closed.toString());
        assertEquals("guangzong-operator", closed.get("closedBy").asText());
        assertEquals("year-closed", rule(assertProblem(
                operator.post(BASE + "/townships/" + townshipId + "/entries", entry(people[0], "key-task", "2024-12-01", 1)), 422)));
        assertEquals("year-closed",
                rule(assertProblem(operator.post(BASE + "/townships/" + townshipId + "/members", Api.object().put("memberId", people[3])), 422)));
        assertEquals("year-closed", rule(assertProblem(
                operator.post(BASE + "/years/" + YEAR + "/closing", Api.object().put("version", closed.get("version").asLong())), 422)));
        assertEquals(92.2, api.get(BASE + "/members/" + best).json().get("total").asDouble(), 1e-6, "closed as it stood");
    }

    @Test
    @Order(8)
    void uninstallAndReinstallKeepEveryRecord() {
        String before = api.get(BASE + "/members/" + best).body();
        String entries = api.get(BASE + "/members/" + best + "/entries?size=50").body();
        String demo = api.get(BASE + "/years/" + DEMO_YEAR + "/figures").body();
        ModuleInstall.reinstall(server, api, MODULE, "jiceng-county-guangzong", BASE, "/boards", "/members/" + best);
        assertEquals(before, api.get(BASE + "/members/" + best).body());
        assertEquals(entries, api.get(BASE + "/members/" + best + "/entries?size=50").body());
        assertEquals(demo, api.get(BASE + "/years/" + DEMO_YEAR + "/figures").body(), "the demo ran once");
        assertEquals("CLOSED", api.get(BASE + "/years/" + YEAR).json().get("state").asText());
    }

    // ---- helpers

    private static ObjectNode pilot(int year, String code) {
        return Api.object().put("year", year).put("townshipCode", code);
    }

    private static long enroll(long memberId, String post) {
        Api.Reply r = operator.post(BASE + "/townships/" + townshipId + "/members", Api.object().put("memberId", memberId).put("post", post));
        assertEquals(201, r.status(), r.toString());
        return r.json().get("id").asLong();
    }

    private static ObjectNode entry(long memberId, String item, String date, double points) {
        return Api.object().put("memberId", memberId).put("itemKey", item).put("recordedOn", date).put("points", points).put("reason", "乡镇日常记分");
    }

    /** Entries for a member: item and points in turn, each dated in the test's year. */
    private static void add(long memberId, Object... itemsAndPoints) {
        for (int i = 0; i < itemsAndPoints.length; i += 2) {
            Api.Reply r = operator.post(BASE + "/townships/" + townshipId + "/entries",
                    entry(memberId, (String) itemsAndPoints[i], "2024-0" + (1 + i / 2) + "-15", ((Number) itemsAndPoints[i + 1]).doubleValue()));
            assertEquals(201, r.status(), r.toString());
        }
    }

    private static String rule(JsonNode problem) {
        return problem.get("rule").asText();
    }
}
