package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * 武冈's village service days (村级集中服务日): installed at runtime and enabled for 武冈 only; the demo
 * holds the last six Mondays in one village per township, with overdue applications in the inbox.
 * Then, on Mondays of 2024 (a year the demo does not touch), this test holds a service day with a
 * village cadre and a stationed cadre, receives applications and drives them to a result and a
 * rating, checking every refusal by its rule or field, the figures over REST and SOAP, the ledger
 * PDF and the inbox. Other counties get 404; uninstall and reinstall keep every record.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WugangServiceDayIT {
    private static final String MODULE = "wugang-service-day";
    private static final String COUNTY = "430581";
    private static final String BASE = "/jurisdictions/" + COUNTY + "/" + MODULE;
    private static final String NS = "http://jiceng.org/soap/wugang-service-day";
    /** A Monday of 2024 and the Tuesday after it. */
    private static final String MONDAY = "2024-03-04";
    private static final String TUESDAY = "2024-03-05";
    /** The Mondays the demo holds (its MONDAYS). */
    private static final int DEMO_MONDAYS = 6;

    private static JicengServer server;
    private static Api api;
    private static String township;
    private static String village;
    /** A village cadre (a post in the village), a cadre stationed there (an assignment) and a member who is neither. */
    private static long villageCadre;
    private static long stationedCadre;
    private static long outsider;
    private static long session;
    /** A certificate (decided on time), a land matter (left open: overdue) and a subsidy (decided late). */
    private static long certificate;
    private static long land;
    private static long subsidy;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    @Order(1)
    void installedAtRuntimeAndEnabledFor武冈Only() {
        ModuleInstall.installAndEnable(server, api, MODULE, COUNTY, "村级集中服务日", "/catalogue");
        for (String other : new String[]{"441481", "360823"}) {
            JsonNode p = assertProblem(api.get("/jurisdictions/" + other + "/" + MODULE + "/figures"), 404);
            assertTrue(p.get("type").asText().endsWith("/module-not-enabled"), p.toString());
            assertTrue(p.get("detail").asText().contains(other), p.toString());
        }
        assertTrue(api.get("/openapi.json").json().get("paths").has("/jurisdictions/{code}/" + MODULE + "/applications/{id}/result"));
        JsonNode catalogue = api.get(BASE + "/catalogue").json();
        assertEquals(5, catalogue.size(), catalogue.toString());
        assertEquals(5, entry(catalogue, "CERTIFICATE").get("promisedDays").asInt(), "the configured default for certificates");
        assertEquals(30, entry(catalogue, "LAND").get("promisedDays").asInt());
    }

    @Test
    @Order(2)
    void demoHoldsTheLastSixMondaysWithOverdueApplicationsInTheInbox() {
        LocalDate today = LocalDate.now();
        LocalDate lastMonday = today.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String window = "?from=" + lastMonday.minusWeeks(DEMO_MONDAYS - 1) + "&to=" + today;
        // The demo holds its Mondays in the first village (村) of each township that has one.
        java.util.Set<String> townships = new java.util.HashSet<>();
        for (JsonNode v : api.get("/jurisdictions/" + COUNTY + "/subtree?level=VILLAGE&size=500").json().get("items")) {
            if (v.get("name").asText().endsWith("村")) {
                townships.add(v.get("parentCode").asText());
            }
        }
        long expectedDays = townships.size() * (long) DEMO_MONDAYS;
        JsonNode f = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < deadline) {
            f = api.get(BASE + "/figures" + window).json();
            if (f.at("/total/serviceDays").asLong() == expectedDays && api.anonymous().get("/health/ready").status() == 200) {
                break;
            }
            JicengServer.sleep(1000);
        }
        System.out.println("武冈 service days, last six Mondays: " + f.get("total"));
        JsonNode total = f.get("total");
        assertTrue(total.get("serviceDays").asLong() > 0, f.toString());
        JsonNode villages = f.get("villages");
        assertEquals(townships.size(), villages.size(), "one village per township: " + villages);
        long sum = 0;
        for (JsonNode v : villages) {
            assertEquals(DEMO_MONDAYS, v.get("serviceDays").asLong(), "every Monday of the demo's in each demo village: " + v);
            sum += v.get("applications").asLong();
        }
        assertEquals(total.get("applications").asLong(), sum, "villages add up to the total");
        assertTrue(f.get("townships").size() >= 2, f.toString());
        assertTrue(total.get("applications").asLong() > 0 && total.get("onTime").asLong() > total.get("late").asLong(), total.toString());
        assertTrue(total.get("overdue").asLong() > 0, "some are overdue and still open: " + total);
        assertEquals(total.get("applications").asLong(),
                total.get("decided").asLong() + total.get("overdue").asLong() + total.get("open").asLong(), total.toString());
        assertTrue(Double.parseDouble(total.get("satisfactionPercent").asText()) >= 80.0, total.toString());

        JsonNode inbox = api.get("/inbox?jurisdiction=" + COUNTY + "&withinDays=0").json();
        long overdueItems = 0;
        for (JsonNode item : inbox) {
            if (MODULE.equals(item.get("source").asText())) {
                assertTrue(item.get("path").asText().contains("/" + MODULE + "/applications/"), item.toString());
                assertFalse(LocalDate.parse(item.get("dueDate").asText()).isAfter(today), "due today at the latest: " + item);
                overdueItems += item.get("overdue").asBoolean() ? 1 : 0;
            }
        }
        assertTrue(overdueItems >= total.get("overdue").asLong(), "the overdue applications are in the inbox: " + overdueItems);
        JsonNode overdue = api.get(BASE + "/applications?state=overdue&size=1").json();
        assertTrue(overdue.get("total").asLong() >= total.get("overdue").asLong(), overdue.toString());
        assertTrue(overdue.at("/items/0/residentName").asText().contains("*"), "residents are masked in lists: " + overdue);
        assertFalse(api.get("/inbox?jurisdiction=441481&withinDays=366").body().contains(MODULE), "no service-day items for 兴宁");
    }

    @Test
    @Order(3)
    void aServiceDayIsAMondayInAVillageWithItsOwnCadres() {
        JsonNode towns = api.get("/jurisdictions/" + COUNTY + "/subtree?level=TOWNSHIP&size=50").json().get("items");
        township = towns.get(towns.size() - 1).get("code").asText();
        JsonNode villages = api.get("/jurisdictions/" + township + "/subtree?level=VILLAGE&size=500").json().get("items");
        village = villages.get(villages.size() - 1).get("code").asText();
        JsonNode members = api.get("/members?jurisdiction=" + COUNTY + "&size=12&sort=-id").json().get("items");
        villageCadre = members.get(9).get("id").asLong();
        stationedCadre = members.get(10).get("id").asLong();
        outsider = members.get(11).get("id").asLong();
        Api.Reply post = api.post("/cadres/" + villageCadre + "/positions", Api.object().put("unit", "村党支部").put("jurisdictionCode", village)
                .put("title", "村党支部书记").put("rank", "VILLAGE").put("level", "HEAD").put("startDate", "2020-01-01"));
        assertEquals(201, post.status(), post.toString());
        Api.Reply stationed = api.post("/assignments", Api.object().put("memberId", stationedCadre).put("targetType", "JURISDICTION")
                .put("target", village).put("role", "stationed-cadre").put("jurisdictionCode", village).put("startDate", "2024-01-01")
                .put("endDate", "2024-12-31").put("dispatchingBody", "中共武冈市委组织部").put("status", "ACTIVE"));
        assertEquals(201, stationed.status(), stationed.toString());

        assertEquals("service-day-not-monday", rule(api.post(BASE + "/sessions", session(village, TUESDAY, villageCadre))));
        assertEquals("service-day-not-in-village", rule(api.post(BASE + "/sessions", session(township, MONDAY, villageCadre))));
        assertEquals("duty-cadre-not-of-village", rule(api.post(BASE + "/sessions", session(village, MONDAY, villageCadre, outsider))));
        assertEquals("heldOn", assertProblem(api.post(BASE + "/sessions", session(village, null, villageCadre)), 400).at("/errors/0/field").asText());
        assertEquals("dutyMemberIds", assertProblem(api.post(BASE + "/sessions", session(village, MONDAY)), 400).at("/errors/0/field").asText());
        assertProblem(api.post("/jurisdictions/" + COUNTY + "/" + MODULE + "/sessions", session("441481101201", MONDAY, villageCadre)), 404);

        Api.Reply opened = api.post(BASE + "/sessions", session(village, MONDAY, villageCadre, stationedCadre));
        assertEquals(201, opened.status(), opened.toString());
        session = opened.json().get("id").asLong();
        assertEquals("VILLAGE_CADRE", opened.json().at("/duty/0/role").asText());
        assertEquals("STATIONED_CADRE", opened.json().at("/duty/1/role").asText());
        assertEquals(township, opened.json().get("townshipCode").asText());
        assertProblem(api.post(BASE + "/sessions", session(village, MONDAY, villageCadre)), 409);
    }

    @Test
    @Order(4)
    void applicationsAreHandledEndToEndInOrder() {
        assertEquals("no-service-session", rule(api.post(BASE + "/applications", application("2024-03-11", "CERTIFICATE", "户籍证明开具"))));
        assertEquals("matterType",
                assertProblem(api.post(BASE + "/applications", application(MONDAY, null, "户籍证明开具")), 400).at("/errors/0/field").asText());
        Api.Reply received = api.post(BASE + "/applications", application(MONDAY, "CERTIFICATE", "户籍证明开具"));
        assertEquals(201, received.status(), received.toString());
        certificate = received.json().get("id").asLong();
        assertEquals("2024-03-09", received.json().get("deadline").asText(), "five days promised for a certificate");
        land = api.post(BASE + "/applications", application(MONDAY, "LAND", "宅基地建房申请")).json().get("id").asLong();
        subsidy = api.post(BASE + "/applications", application(MONDAY, "SUBSIDY", "耕地地力保护补贴申领")).json().get("id").asLong();

        assertEquals("session-has-unassigned-applications", rule(api.put(BASE + "/sessions/" + session + "/close", version(session(session)))));
        assertEquals("agent-not-assigned",
                rule(api.put(BASE + "/applications/" + certificate + "/result", result("DONE", "2024-03-08", version(certificate)))));
        assertEquals("rating-before-result", rule(api.put(BASE + "/applications/" + certificate + "/satisfaction", rating(version(certificate)))));
        assertEquals("agent-not-assigned", rule(api.put(BASE + "/applications/" + land + "/hall", hall(version(land)))));
        assertEquals("agent-not-village-cadre",
                rule(api.put(BASE + "/applications/" + certificate + "/agent", agent(outsider, version(certificate)))));
        assertProblem(api.put(BASE + "/applications/" + certificate + "/agent", agent(villageCadre, version(certificate) + 5)), 409);
        assertEquals("version", assertProblem(api.put(BASE + "/applications/" + certificate + "/agent", Api.object().put("memberId", villageCadre)
                .put("assignedOn", MONDAY)), 400).at("/errors/0/field").asText());

        JsonNode assigned = api.put(BASE + "/applications/" + certificate + "/agent", agent(villageCadre, version(certificate))).json();
        assertEquals("VILLAGE_CADRE", assigned.get("agentRole").asText(), assigned.toString());
        assertEquals("STATIONED_CADRE",
                api.put(BASE + "/applications/" + land + "/agent", agent(stationedCadre, version(land))).json().get("agentRole").asText());
        api.put(BASE + "/applications/" + subsidy + "/agent", agent(villageCadre, version(subsidy)));

        JsonNode atHall = api.put(BASE + "/applications/" + land + "/hall", hall(version(land))).json();
        assertTrue(atHall.get("hallName").asText().endsWith("一站通便民服务大厅"), atHall.toString());
        assertEquals("application-already-at-hall", rule(api.put(BASE + "/applications/" + land + "/hall", hall(version(land)))));
        Api.Reply note = api.post(BASE + "/applications/" + land + "/progress", Api.object().put("notedOn", "2024-03-12").put("note", "乡镇已受理，待现场踏勘"));
        assertEquals(201, note.status(), note.toString());

        JsonNode closed = api.put(BASE + "/sessions/" + session + "/close", version(session(session))).json();
        assertTrue(closed.get("closed").asBoolean(), closed.toString());
        assertEquals(MONDAY, closed.get("closedOn").asText());
        assertEquals("session-closed", rule(api.post(BASE + "/applications", application(MONDAY, "OTHER", "水电报修协调"))));

        assertEquals("reason",
                assertProblem(api.put(BASE + "/applications/" + subsidy + "/result", result("REFUSED", "2024-04-20", version(subsidy))), 400)
                        .at("/errors/0/field").asText());
        JsonNode onTime = api.put(BASE + "/applications/" + certificate + "/result", result("DONE", "2024-03-08", version(certificate))).json();
        assertEquals("ON_TIME", onTime.get("timeliness").asText(), onTime.toString());
        JsonNode late = api.put(BASE + "/applications/" + subsidy + "/result",
                result("REFUSED", "2024-04-20", version(subsidy)).put("reason", "不符合申领条件")).json();
        assertEquals("LATE", late.get("timeliness").asText(), late.toString());
        assertEquals("application-decided",
                rule(api.put(BASE + "/applications/" + certificate + "/result", result("DONE", "2024-03-09", version(certificate)))));
        assertEquals("application-decided",
                rule(api.put(BASE + "/applications/" + certificate + "/agent", agent(stationedCadre, version(certificate)))),
                "no new agent once decided");
        JsonNode rated = api.put(BASE + "/applications/" + certificate + "/satisfaction", rating(version(certificate))).json();
        assertEquals("SATISFIED", rated.get("satisfaction").asText(), rated.toString());
        assertEquals("application-already-rated",
                rule(api.put(BASE + "/applications/" + certificate + "/satisfaction", rating(version(certificate)))));

        JsonNode full = api.get(BASE + "/applications/" + land).json();
        assertEquals("张三丰", full.get("residentName").asText(), "one application in full, for its agent");
        assertEquals("OVERDUE", full.get("timeliness").asText());
        assertEquals(1, full.get("progress").size());
        JsonNode listed = api.get(BASE + "/applications?session=" + session + "&sort=id").json();
        assertEquals(3, listed.get("total").asLong());
        assertEquals("张*丰", listed.at("/items/0/residentName").asText());
        assertEquals("138****5678", listed.at("/items/0/residentContact").asText());
        assertProblem(api.get(BASE + "/applications?state=lost"), 400);
        assertProblem(api.get(BASE + "/applications?sort=residentName"), 400);
        assertEquals(404, api.as("xingning-operator").get(BASE + "/applications/" + land).status(), "another county's account does not see 武冈");
    }

    @Test
    @Order(5)
    void figuresInboxSoapAndLedger() {
        JsonNode f = api.get("/jurisdictions/" + village + "/" + MODULE + "/figures?from=2024-03-01&to=2024-03-31").json();
        JsonNode t = f.get("total");
        assertEquals(1, t.get("serviceDays").asLong(), f.toString());
        assertEquals(3, t.get("applications").asLong());
        assertEquals(2, t.get("decided").asLong());
        assertEquals(1, t.get("onTime").asLong());
        assertEquals(1, t.get("late").asLong());
        assertEquals(1, t.get("overdue").asLong());
        assertEquals("33.3", t.get("onTimePercent").asText(), "one on time of two decided and one overdue");
        assertEquals("100.0", t.get("satisfactionPercent").asText());
        assertEquals(township, f.at("/townships/0/code").asText());
        assertEquals(village, f.at("/villages/0/code").asText());
        assertProblem(api.get(BASE + "/figures?from=2024-04-01&to=2024-03-01"), 400);

        boolean inInbox = false;
        for (JsonNode item : api.get("/inbox?jurisdiction=" + COUNTY + "&withinDays=0").json()) {
            inInbox |= item.get("id").asText().equals(String.valueOf(land)) && item.get("overdue").asBoolean()
                    && MODULE.equals(item.get("source").asText()) && "2024-04-03".equals(item.get("dueDate").asText());
        }
        assertTrue(inInbox, "the overdue land matter is in 武冈's inbox");
        assertFalse(api.get("/inbox?jurisdiction=441481&withinDays=366").body().contains(MODULE));

        Api.Reply soap = api.soap("ServiceDayService", NS, "<t:getFigures><t:jurisdictionCode>" + village + "</t:jurisdictionCode>"
                + "<t:from>2024-03-01</t:from><t:to>2024-03-31</t:to></t:getFigures>");
        assertEquals(200, soap.status(), soap.toString());
        for (String field : new String[]{"<applications>3</applications>", "<overdue>1</overdue>", "<onTimePercent>33.3</onTimePercent>",
                "<satisfactionPercent>100.0</satisfactionPercent>"}) {
            assertTrue(soap.body().contains(field), field + " in " + soap.body());
        }
        Api.Reply overdue = api.soap("ServiceDayService", NS,
                "<t:listOverdue><t:jurisdictionCode>" + village + "</t:jurisdictionCode></t:listOverdue>");
        assertEquals(200, overdue.status(), overdue.toString());
        assertTrue(overdue.body().contains("<id>" + land + "</id>") && !overdue.body().contains("张三丰"), overdue.body());
        Api.Reply refused = api.soap("ServiceDayService", NS, "<t:getFigures><t:jurisdictionCode>441481</t:jurisdictionCode></t:getFigures>");
        assertEquals(500, refused.status(), refused.toString());
        assertTrue(refused.body().contains("441481"), refused.toString());

        Api.Reply pdf = api.get(BASE + "/documents/ledger/" + village + "?from=2024-01-01&to=2024-12-31");
        assertEquals(200, pdf.status(), pdf.toString());
        assertTrue(pdf.contentType().startsWith("application/pdf") && pdf.body().startsWith("%PDF"), pdf.contentType());
        assertEquals("service-day-not-in-village", rule(api.get(BASE + "/documents/ledger/" + township)));
    }

    @Test
    @Order(6)
    void uninstallAndReinstallKeepEveryRecord() {
        String before = api.get(BASE + "/applications/" + land).body();
        String sessionBefore = api.get(BASE + "/sessions/" + session).body();
        String figures = api.get(BASE + "/figures?from=2024-01-01&to=2024-12-31").body();
        server.shell("feature:uninstall jiceng-county-wugang");
        server.shell("feature:uninstall jiceng-" + MODULE);
        assertTrue(assertProblem(api.get(BASE + "/catalogue"), 404).get("detail").asText().contains("not installed"));
        server.shell("feature:install jiceng-" + MODULE);
        server.waitFor("/api/v1" + BASE + "/applications/" + land, Duration.ofSeconds(60));
        assertEquals(sessionBefore, api.get(BASE + "/sessions/" + session).body());
        assertEquals(before, api.get(BASE + "/applications/" + land).body());
        assertEquals(figures, api.get(BASE + "/figures?from=2024-01-01&to=2024-12-31").body());
    }

    // ---- helpers

    private static String rule(Api.Reply reply) {
        return assertProblem(reply, 422).get("rule").asText();
    }

    private static JsonNode entry(JsonNode catalogue, String type) {
        for (JsonNode e : catalogue) {
            if (type.equals(e.get("type").asText())) {
                return e;
            }
        }
        throw new AssertionError("no " + type + " in " + catalogue);
    }

    private static ObjectNode session(String villageCode, String heldOn, long... duty) {
        ObjectNode body = Api.object().put("villageCode", villageCode).put("heldOn", heldOn);
        duty(body, duty);
        return body;
    }

    private static void duty(ObjectNode body, long[] duty) {
        if (duty.length > 0) {
            var ids = body.putArray("dutyMemberIds");
            for (long id : duty) {
                ids.add(id);
            }
        }
    }

    private static JsonNode session(long id) {
        return api.get(BASE + "/sessions/" + id).json();
    }

    private static ObjectNode version(JsonNode record) {
        return Api.object().put("version", record.get("version").asLong());
    }

    private static long version(long applicationId) {
        return api.get(BASE + "/applications/" + applicationId).json().get("version").asLong();
    }

    private static ObjectNode application(String receivedOn, String type, String matter) {
        return Api.object().put("villageCode", village).put("receivedOn", receivedOn).put("residentName", "张三丰").put("residentContact", "13812345678")
                .put("matterType", type).put("matter", matter);
    }

    private static ObjectNode agent(long memberId, long version) {
        return Api.object().put("memberId", memberId).put("assignedOn", MONDAY).put("version", version);
    }

    private static ObjectNode hall(long version) {
        return Api.object().put("forwardedOn", "2024-03-05").put("version", version);
    }

    private static ObjectNode result(String outcome, String decidedOn, long version) {
        return Api.object().put("outcome", outcome).put("decidedOn", decidedOn).put("version", version);
    }

    private static ObjectNode rating(long version) {
        return Api.object().put("satisfaction", "SATISFIED").put("ratedOn", "2024-03-10").put("version", version);
    }
}
