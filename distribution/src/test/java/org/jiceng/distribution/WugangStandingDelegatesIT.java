package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * 武冈's standing delegates: installed at runtime and enabled for 武冈 only; the demo's last year
 * reproduces the seed's figures (371 delegates in 21 studios, each with one village and ten
 * households) over REST, SOAP and PDF. Then, on a studio of its own, this test registers delegates,
 * links their contacts, records duties, files a proposal through the problems engine and checks
 * every refusal by its rule or field. Other counties get 404; uninstall and reinstall keep every record.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WugangStandingDelegatesIT {
    private static final String MODULE = "wugang-standing-delegates";
    private static final String COUNTY = "430581";
    private static final String BASE = "/jurisdictions/" + COUNTY + "/" + MODULE;
    private static final String NS = "http://jiceng.org/soap/wugang-standing-delegates";
    private static final int DEMO_YEAR = LocalDate.now().getYear() - 1;

    private static JicengServer server;
    private static Api api;
    private static long studio;
    private static long delegate;
    private static long proposal;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    @Order(1)
    void installedAtRuntimeAndEnabledFor武冈Only() {
        ModuleInstall.installAndEnable(server, api, MODULE, COUNTY, "党代表常任制", "/studios");
        JsonNode p = assertProblem(api.get("/jurisdictions/441481/" + MODULE + "/studios"), 404);
        assertTrue(p.get("type").asText().endsWith("/module-not-enabled"), p.toString());
    }

    @Test
    @Order(2)
    void demoReproducesTheSeedsFigures() {
        JsonNode f = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < deadline) {
            f = api.get(BASE + "/figures?year=" + DEMO_YEAR).json();
            // The demo links every delegate's village before it evaluates the first studio: figures counted while it loads
            // add up only when their counts come from one snapshot (read count by count, one CI run saw 241 of 371 with a
            // village beside all 371 evaluated).
            if (f.get("evaluated").asLong() > 0) {
                assertEquals(f.get("delegates").asLong(), f.get("delegatesWithVillage").asLong(), "one snapshot: " + f);
            }
            if (f.get("evaluated").asLong() >= 371) {
                break;
            }
            JicengServer.sleep(1000);
        }
        System.out.println("武冈 standing delegates " + DEMO_YEAR + ": " + f);
        assertEquals(21, f.get("studios").asLong(), f.toString());
        assertEquals(371, f.get("delegates").asLong());
        assertEquals(371, f.get("delegatesWithVillage").asLong(), () -> "每名党代表联系1个村: " + withoutVillage());
        assertEquals(371, f.get("delegatesWithTenHouseholds").asLong(), "联系10户群众");
        assertEquals(3710, f.get("householdsCovered").asLong());
        assertEquals(84, f.get("activityDays").asLong(), "four a studio");
        assertEquals(371 * 4, f.get("activityRollPlaces").asLong());
        assertEquals(21, f.get("researchVisits").asLong());
        assertEquals(21, f.get("inspections").asLong());
        assertEquals(4, f.get("meetings").asLong());
        assertEquals(40, f.get("meetingAttendances").asLong());
        assertEquals(21, f.get("inquiries").asLong() + f.get("questionings").asLong());
        assertEquals(42, f.get("proposals").asLong());
        assertEquals(40, f.get("proposalsHandled").asLong());
        assertEquals("95.2", f.get("handledPercent").asText());
        assertEquals(371, f.get("evaluated").asLong());
        assertEquals(371, f.get("excellent").asLong() + f.get("competent").asLong() + f.get("basicallyCompetent").asLong()
                + f.get("incompetent").asLong());
        // The demo plan's attendance under the module's 100-point rules; 不称职 is the delegate of each studio who
        // missed three of the four activity days, whatever else they did.
        assertEquals(63, f.get("excellent").asLong(), f.toString());
        assertEquals(224, f.get("competent").asLong(), f.toString());
        assertEquals(63, f.get("basicallyCompetent").asLong(), f.toString());
        assertEquals(21, f.get("incompetent").asLong(), f.toString());
        assertEquals(21, api.get(BASE + "/evaluations?year=" + DEMO_YEAR + "&grade=INCOMPETENT&size=1").json().get("total").asLong());
        assertTrue(f.get("villagesCovered").asLong() > 0);

        JsonNode page = api.get(BASE + "/delegates?size=10&page=2&sort=name").json();
        assertEquals(371, page.get("total").asLong());
        assertEquals(10, page.get("items").size());
        assertEquals("sort", assertProblem(api.get(BASE + "/delegates?sort=phone"), 400).at("/errors/0/field").asText());
        long someone = page.at("/items/0/id").asLong();
        JsonNode households = api.get(BASE + "/delegates/" + someone + "/households").json();
        assertEquals(10, households.get("total").asLong());
        households.get("items").forEach(h -> assertTrue(h.get("phone").isNull() || h.get("phone").asText().contains("****"), h.toString()));
    }

    /**
     * What a failure needs to be understood: the delegates without a village, by studio, and the module's demo runs as the
     * core logged them. (Full runs saw 307 and 241 of 371 while every delegate had a village: the figures were counted
     * query by query during the demo, before they were read from one snapshot.)
     */
    private static String withoutVillage() {
        java.util.Map<Long, java.util.List<Long>> byStudio = new java.util.TreeMap<>();
        api.get(BASE + "/delegates?size=500&sort=id").json().get("items").forEach(d -> {
            if (!d.hasNonNull("villageCode")) {
                byStudio.computeIfAbsent(d.get("studioId").asLong(), k -> new java.util.ArrayList<>()).add(d.get("id").asLong());
            }
        });
        return "delegates without a village by studio " + byStudio + "; demo runs " + server.logLines("Demo data of module " + MODULE)
                + server.logLines("Demo data of " + MODULE);
    }

    @Test
    @Order(3)
    void delegatesKeepOneVillageAndTenHouseholds() {
        String town = api.get("/jurisdictions/" + COUNTY + "/subtree?level=TOWNSHIP&size=1").json().at("/items/0/code").asText();
        Api.Reply created = api.post(BASE + "/studios", Api.object().put("jurisdictionCode", town).put("name", "测试党代表工作室" + System.nanoTime()));
        assertEquals(201, created.status(), created.toString());
        studio = created.json().get("id").asLong();
        ArrayNode list = array();
        list.add(Api.object().put("name", "测试代表").put("termStart", (DEMO_YEAR - 1) + "-01-01").put("termEnd", (DEMO_YEAR + 3) + "-12-31"));
        Api.Reply reg = api.post(BASE + "/delegates", Api.object().put("studioId", studio).set("delegates", list));
        assertEquals(201, reg.status(), reg.toString());
        delegate = reg.json().get(0).get("id").asLong();
        ArrayNode tooLong = array();
        tooLong.add(Api.object().put("name", "任期过长").put("termStart", "2020-01-01").put("termEnd", "2025-01-01"));
        assertEquals("delegates[0].termEnd", assertProblem(api.post(BASE + "/delegates", Api.object().put("studioId", studio)
                .set("delegates", tooLong)), 400).at("/errors/0/field").asText());

        JsonNode villages = api.get("/jurisdictions/" + town + "/subtree?level=VILLAGE&size=2").json().get("items");
        String village = villages.get(0).get("code").asText();
        assertEquals("ten-households-per-delegate", assertProblem(api.put(BASE + "/delegates/" + delegate + "/contacts", contacts(village, 9)), 422)
                .get("rule").asText());
        JsonNode linked = api.put(BASE + "/delegates/" + delegate + "/contacts", contacts(village, 10)).json();
        assertEquals(village, linked.get("villageCode").asText(), linked.toString());
        assertEquals(10, linked.get("householdList").size());
        assertEquals("13812345678", linked.at("/householdList/0/phone").asText(), "one delegate shows the full record");
        assertEquals("one-village-per-delegate", assertProblem(api.put(BASE + "/delegates/" + delegate + "/contacts",
                contacts(villages.get(1).get("code").asText(), 10)), 422).get("rule").asText());
        String elsewhere = api.get("/jurisdictions/" + COUNTY + "/subtree?level=VILLAGE&size=500").json().findValues("code").stream()
                .map(JsonNode::asText).filter(c -> !c.startsWith(town)).findFirst().orElseThrow();
        Api.Reply other = api.post(BASE + "/delegates", Api.object().put("studioId", studio).set("delegates", list.deepCopy()));
        long second = other.json().get(0).get("id").asLong();
        assertEquals("village-outside-studio-area", assertProblem(api.put(BASE + "/delegates/" + second + "/contacts", contacts(elsewhere, 10)
                .put("version", other.json().get(0).get("version").asLong())), 422).get("rule").asText());
        assertProblem(api.put(BASE + "/delegates/" + delegate + "/contacts", contacts(village, 10).put("version", 0)), 409);
    }

    @Test
    @Order(4)
    void dutiesAndProposalsOnlyWithinTheTerm() {
        ArrayNode present = array().add(delegate);
        assertEquals("delegate-outside-term",
                assertProblem(api.post(BASE + "/duties", Api.object().put("kind", "ACTIVITY_DAY").put("studioId", studio)
                        .put("heldOn", (DEMO_YEAR - 2) + "-06-01").put("subject", "活动日").set("present", present)), 422).get("rule").asText());
        assertEquals("report", assertProblem(api.post(BASE + "/duties", Api.object().put("kind", "RESEARCH").put("studioId", studio)
                .put("heldOn", DEMO_YEAR + "-06-01").put("subject", "调研").set("present", present.deepCopy())), 400).at("/errors/0/field").asText());
        Api.Reply day = api.post(BASE + "/duties",
                Api.object().put("kind", "ACTIVITY_DAY").put("studioId", studio).put("heldOn", DEMO_YEAR + "-06-01")
                        .put("subject", "活动日").set("present", present.deepCopy()));
        assertEquals(201, day.status(), day.toString());
        assertEquals(1, day.json().get("absent").size(), "the studio's other delegate is on the roll as absent");
        long alien = api.get(BASE + "/delegates?size=1&sort=id").json().at("/items/0/id").asLong();
        assertEquals("delegate-not-in-studio", assertProblem(api.post(BASE + "/duties", Api.object().put("kind", "INSPECTION").put("studioId", studio)
                .put("heldOn", DEMO_YEAR + "-07-01").put("subject", "视察").put("report", "报告").set("present", array().add(alien))), 422)
                .get("rule").asText());

        assertEquals("delegate-outside-term", assertProblem(api.post(BASE + "/proposals", proposalBody((DEMO_YEAR - 2) + "-03-01")), 422)
                .get("rule").asText());
        JsonNode p = api.post(BASE + "/proposals", proposalBody(DEMO_YEAR + "-03-01")).json();
        proposal = p.get("id").asLong();
        assertEquals("proposal-step-order", assertProblem(api.post(BASE + "/proposals/" + proposal + "/answer", Api.object().put("answer", "已办")
                .put("version", p.get("version").asLong())), 422).get("rule").asText());
        p = api.post(BASE + "/proposals/" + proposal + "/assignment", Api.object().put("handlingUnit", "市交通运输局").put("deadline", DEMO_YEAR + "-06-01")
                .put("assignedOn", DEMO_YEAR + "-03-05").put("version", p.get("version").asLong())).json();
        assertEquals("ASSIGNED", p.get("status").asText(), p.toString());
        JsonNode problem = api.get(BASE + "/proposals/" + proposal + "/problem").json();
        assertEquals("RESIDENT_CONTACT", problem.get("source").asText(), problem.toString());
        assertEquals("PLAN_FILED", problem.get("status").asText());
        p = api.post(BASE + "/proposals/" + proposal + "/answer", Api.object().put("answer", "已列入计划").put("answeredOn", DEMO_YEAR + "-05-01")
                .put("version", p.get("version").asLong())).json();
        assertEquals("note",
                assertProblem(api.post(BASE + "/proposals/" + proposal + "/satisfaction", Api.object().put("satisfaction", "DISSATISFIED")
                        .put("on", DEMO_YEAR + "-05-05").put("version", p.get("version").asLong())), 400).at("/errors/0/field").asText());
        p = api.post(BASE + "/proposals/" + proposal + "/satisfaction", Api.object().put("satisfaction", "SATISFIED").put("on", DEMO_YEAR + "-05-05")
                .put("version", p.get("version").asLong())).json();
        assertEquals("CLOSED", p.get("status").asText(), p.toString());
        assertEquals("VERIFIED", api.get(BASE + "/proposals/" + proposal + "/problem").json().get("status").asText());
    }

    @Test
    @Order(5)
    void theEvaluationWaitsForTheYearAndHappensOnce() {
        ObjectNode vote = Api.object().put("delegateId", delegate).put("satisfied", 18).put("total", 20);
        assertEquals("evaluation-year-not-over", assertProblem(api.post(BASE + "/evaluations", Api.object().put("studioId", studio)
                .put("year", LocalDate.now().getYear()).set("votes", array().add(vote))), 422).get("rule").asText());
        Api.Reply done = api.post(BASE + "/evaluations", Api.object().put("studioId", studio).put("year", DEMO_YEAR).set("votes",
                array().add(vote.deepCopy())));
        assertEquals(201, done.status(), done.toString());
        JsonNode e = done.json().get(0);
        assertEquals(1, e.get("activityDaysHeld").asInt(), e.toString());
        assertEquals(1, e.get("proposals").asInt());
        assertTrue(e.get("contactsComplete").asBoolean());
        assertEquals(40 + 10 + 10 + 9, e.get("score").asInt(), "days, proposal, contacts, votes");
        assertEquals("evaluated-once-a-year",
                assertProblem(api.post(BASE + "/evaluations", Api.object().put("studioId", studio).put("year", DEMO_YEAR)
                        .set("votes", array().add(vote.deepCopy()))), 422).get("rule").asText());
    }

    @Test
    @Order(6)
    void figuresOverSoapAndPdf() {
        JsonNode rest = api.get(BASE + "/figures?year=" + DEMO_YEAR).json();
        Api.Reply soap = api.soap("StandingDelegateService", NS, "<t:getFigures><t:jurisdictionCode>" + COUNTY + "</t:jurisdictionCode><t:year>"
                + DEMO_YEAR + "</t:year></t:getFigures>");
        assertEquals(200, soap.status(), soap.toString());
        for (String field : new String[]{"studios", "delegates", "householdsCovered", "proposals", "handledPercent", "evaluated"}) {
            assertTrue(soap.body().contains("<" + field + ">" + rest.get(field).asText() + "</" + field + ">"), field + " in " + soap.body());
        }
        Api.Reply list = api.soap("StandingDelegateService", NS, "<t:listEvaluations><t:jurisdictionCode>" + COUNTY
                + "</t:jurisdictionCode><t:year>" + DEMO_YEAR + "</t:year></t:listEvaluations>");
        assertEquals(200, list.status(), list.toString());
        assertEquals(rest.get("evaluated").asInt(), list.body().split("<evaluation>", -1).length - 1);
        Api.Reply pdf = api.get(BASE + "/documents/evaluations/" + DEMO_YEAR);
        assertEquals(200, pdf.status(), pdf.toString());
        assertTrue(pdf.contentType().startsWith("application/pdf") && pdf.body().startsWith("%PDF"), pdf.contentType());
        assertEquals(404, api.as("xingning-operator").get(BASE + "/delegates/" + delegate).status(), "another county's account does not see 武冈");
    }

    @Test
    @Order(7)
    void uninstallAndReinstallKeepEveryRecord() {
        String before = api.get(BASE + "/delegates/" + delegate).body();
        String figures = api.get(BASE + "/figures?year=" + DEMO_YEAR).body();
        server.shell("feature:uninstall jiceng-county-wugang");
        server.shell("feature:uninstall jiceng-" + MODULE);
        assertTrue(assertProblem(api.get(BASE + "/studios"), 404).get("detail").asText().contains("not installed"));
        server.shell("feature:install jiceng-" + MODULE);
        server.waitFor("/api/v1" + BASE + "/delegates/" + delegate, Duration.ofSeconds(60));
        assertEquals(before, api.get(BASE + "/delegates/" + delegate).body());
        assertEquals(figures, api.get(BASE + "/figures?year=" + DEMO_YEAR).body(), "the demo ran once: nothing was added");
    }

    private static ObjectNode contacts(String village, int households) {
        ArrayNode hs = array();
        for (int i = 0; i < households; i++) {
            hs.add(Api.object().put("headName", "户主" + i).put("address", "一组" + i + "号").put("phone", "13812345678"));
        }
        ObjectNode body = Api.object().put("villageCode", village).put("linkedOn", DEMO_YEAR + "-01-05")
                .put("version", api.get(BASE + "/delegates/" + delegate).json().get("version").asLong());
        body.set("households", hs);
        return body;
    }

    private static ArrayNode array() {
        return Api.object().arrayNode();
    }

    private static ObjectNode proposalBody(String filedOn) {
        return Api.object().put("delegateId", delegate).put("kind", "PROPOSAL").put("title", "关于村道维修的提案").put("content", "建议尽快维修")
                .put("filedOn", filedOn);
    }
}
