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
 * 广宗's inspection tours (基层党建巡察): installed at runtime and enabled for 广宗 only; the demo runs
 * last year's four rounds through the module's services and the problems engine over every unit of
 * the registry's 广宗. This test reads the seed's figures back over REST, SOAP and the ledger, then
 * runs two rounds of its own: visits and findings refused outside the round's period, a follow-up
 * refused where there is nothing to follow up, the round's closing refused until the follow-up of a
 * later round verified every finding (a failing check reopens; accountability on the engine), and a
 * closed round takes nothing more. Records are kept over an uninstall and reinstall; other counties
 * get 404.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GuangzongInspectionToursIT {
    private static final String MODULE = "guangzong-inspection-tours";
    private static final String COUNTY = "130531";
    private static final String BASE = "/jurisdictions/" + COUNTY + "/" + MODULE;
    private static final String NS = "http://jiceng.org/soap/guangzong-inspection-tours";
    private static final int DEMO_YEAR = LocalDate.now().getYear() - 1;

    private static JicengServer server;
    private static Api api;
    private static long round;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    @Order(1)
    void installedAtRuntimeAndEnabledFor广宗Only() {
        ModuleInstall.installAndEnable(server, api, MODULE, COUNTY, "基层党建巡察", "/rounds");
        ModuleInstall.refusedIn(api, MODULE, "/rounds", "441481", "110113");
    }

    @Test
    @Order(2)
    void theDemoRoundsReproduceTheSeed() {
        long started = System.nanoTime();
        JsonNode f = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(420).toNanos();
        while (System.nanoTime() < deadline) {
            f = api.get(BASE + "/figures?year=" + DEMO_YEAR).json();
            JsonNode rounds = api.get(BASE + "/rounds?year=" + DEMO_YEAR).json();
            if (f.at("/total/verified").asLong() == 872 && rounds.get("total").asLong() == 4
                    && rounds.get("items").findValuesAsText("status").stream().allMatch("CLOSED"::equals)) {
                break;
            }
            JicengServer.sleep(2000);
        }
        System.out.println("广宗 inspection tours " + DEMO_YEAR + " (demo complete after a further " + (System.nanoTime() - started) / 1_000_000
                + " ms of waiting): " + f);
        long townships = api.get("/jurisdictions/" + COUNTY + "/subtree?level=TOWNSHIP&size=1").json().get("total").asLong();
        long villages = api.get("/jurisdictions/" + COUNTY + "/subtree?level=VILLAGE&size=1").json().get("total").asLong();
        long organs = 0;
        for (JsonNode o : api.get("/organizations?jurisdiction=" + COUNTY + "&field=ORGAN&size=100").json().get("items")) {
            organs += o.get("jurisdictionCode").asText().equals(COUNTY) && !o.get("type").asText().equals("COMMITTEE") ? 1 : 0;
        }
        long twoNew = api.get("/organizations?jurisdiction=" + COUNTY + "&field=NON_PUBLIC_ENTERPRISE&size=1").json().get("total").asLong()
                + api.get("/organizations?jurisdiction=" + COUNTY + "&field=SOCIAL_ORGANIZATION&size=1").json().get("total").asLong();
        assertTrue(townships >= 8 && villages > 30 && organs >= 10 && twoNew >= 1, townships + "/" + villages + "/" + organs + "/" + twoNew);

        assertEquals(4, f.get("rounds").asLong(), f.toString());
        JsonNode t = f.get("total");
        assertEquals(872, t.get("problemsFound").asLong(), "the seed's 870余个");
        assertEquals(872, t.get("rectified").asLong(), "all rectified");
        assertEquals(872, t.get("verified").asLong(), "every rectification verified by the follow-up");
        assertEquals("100.0", t.get("rectificationRate").asText());
        assertEquals(0, t.get("overdue").asLong());
        assertEquals(townships, t.get("townshipCommittees").asLong(), "every township's committee");
        assertEquals(villages, t.get("villages").asLong(), "every village of the registry");
        assertEquals(organs, t.get("countyOrgans").asLong());
        assertEquals(twoNew, t.get("twoNewOrganizations").asLong());
        assertEquals(19, t.get("reopened").asLong(), "township committees' rectification found not done");
        assertEquals(3, t.get("talks").asLong(), "约谈 3人次");
        assertEquals(8, t.get("inquiryLetters").asLong(), "函询 8人次");
        assertEquals(8, t.get("admonishments").asLong(), "诫勉谈话 8人次");
        JsonNode perRound = f.get("perRound");
        assertEquals(4, perRound.size());
        long units = townships + villages + organs + twoNew;
        assertEquals(units, perRound.get(3).get("followUp").asLong(), "round 4 follows up every unit");
        assertEquals(units, perRound.get(3).get("visits").asLong());
        assertEquals(0, perRound.get(3).get("problemsFound").asLong());
        assertTrue(perRound.get(2).get("sparrow").asLong() >= 2, "one township dissected with its villages: " + perRound.get(2));
        long found = 0;
        for (JsonNode r : perRound) {
            found += r.get("problemsFound").asLong();
        }
        assertEquals(872, found, "the rounds add up");

        server.waitFor("/services/InspectionToursService?wsdl", Duration.ofSeconds(60));
        Api.Reply soap = api.soap("InspectionToursService", NS,
                "<t:getFigures><t:jurisdictionCode>" + COUNTY + "</t:jurisdictionCode><t:year>" + DEMO_YEAR + "</t:year></t:getFigures>");
        assertEquals(200, soap.status(), soap.toString());
        assertTrue(soap.body().contains("problemsFound>872</") && soap.body().contains("admonishments>8</"), soap.body());

        HttpResponse<byte[]> ledger = api.download(BASE + "/documents/ledger.xlsx?year=" + DEMO_YEAR);
        assertEquals(200, ledger.statusCode());
        assertEquals(872, Workbooks.numericRows(ledger.body(), 0), "a row per problem");
    }

    @Test
    @Order(3)
    void aFollowUpInALaterRoundVerifiesBeforeTheRoundCloses() {
        LocalDate today = LocalDate.now();
        String township = ModuleInstall.firstTownship(api, COUNTY);
        String village = api.get("/jurisdictions/" + COUNTY + "/subtree?level=VILLAGE&size=1").json().at("/items/0/code").asText();

        ObjectNode inspector = Api.object().put("name", "测试专员").put("post", "巡察专员").put("appointedOn", today.minusDays(40).toString());
        assertEquals("rounds-at-county", refusedByRule(api.post("/jurisdictions/" + township + "/" + MODULE + "/inspectors", inspector)));
        assertEquals("name", refusedField(api.post(BASE + "/inspectors", inspector.deepCopy().put("name", " "))));
        long me = created(api.post(BASE + "/inspectors", inspector)).get("id").asLong();
        long demoInspector = api.get(BASE + "/inspectors?size=1&sort=id").json().at("/items/0/id").asLong();

        int number = 100 + (int) (System.nanoTime() % 800);
        ObjectNode open = Api.object().put("number", number).put("title", "测试巡察").put("startsOn", today.minusDays(30).toString())
                .put("endsOn", today.plusDays(30).toString());
        open.putArray("inspectorIds").add(me);
        assertEquals("round-number-taken", refusedByRule(api.post(BASE + "/rounds", open.deepCopy().put("number", 1))));
        ObjectNode unknown = open.deepCopy();
        unknown.putArray("inspectorIds").add(987654321L);
        assertEquals("inspectorIds", refusedField(api.post(BASE + "/rounds", unknown)));
        JsonNode first = created(api.post(BASE + "/rounds", open));
        round = first.get("id").asLong();
        assertEquals("OPEN", first.get("status").asText());
        assertTrue(inbox().contains("\"id\":\"" + round + "\""), "an open round ending within the horizon is due: " + inbox());

        ObjectNode visit = Api.object().put("roundId", round).put("unitKind", "VILLAGE").put("jurisdictionCode", village).put("mode", "MOBILE")
                .put("visitedOn", today.minusDays(5).toString()).put("inspectorId", me);
        assertEquals("outside-round-period",
                refusedByRule(api.post(BASE + "/visits", visit.deepCopy().put("visitedOn", today.minusDays(31).toString()))));
        assertEquals("visitedOn", refusedField(api.post(BASE + "/visits", visit.deepCopy().put("visitedOn", today.plusDays(1).toString()))));
        assertEquals("inspector-not-in-round", refusedByRule(api.post(BASE + "/visits", visit.deepCopy().put("inspectorId", demoInspector))));
        assertEquals("jurisdictionCode", refusedField(api.post(BASE + "/visits", visit.deepCopy().put("jurisdictionCode", township))));
        // every demo unit has findings of earlier rounds: a two-new organization registered now has none
        long enterprise = created(api.post("/organizations", Api.object().put("name", "测试科技有限公司党支部" + System.nanoTime()).put("type", "BRANCH")
                .put("field", "NON_PUBLIC_ENTERPRISE").put("jurisdictionCode", township))).get("id").asLong();
        ObjectNode newcomer = visit.deepCopy().put("unitKind", "TWO_NEW").put("organizationId", enterprise).put("mode", "FOLLOW_UP");
        newcomer.remove("jurisdictionCode");
        assertEquals("nothing-to-follow-up", refusedByRule(api.post(BASE + "/visits", newcomer)));
        assertEquals("organizationId", refusedField(api.post(BASE + "/visits", newcomer.deepCopy().put("unitKind", "COUNTY_ORGAN"))));
        long mobile = created(api.post(BASE + "/visits", visit)).get("id").asLong();
        assertEquals("unit-already-inspected", refusedByRule(api.post(BASE + "/visits", visit)));

        ObjectNode finding = Api.object().put("visitId", mobile).put("area", "ORGANIZATIONAL_LIFE").put("description", "测试: 三会一课记录不全")
                .put("severity", "MEDIUM").put("foundOn", today.minusDays(4).toString()).put("deadline", today.plusDays(20).toString());
        assertEquals("outside-round-period",
                refusedByRule(api.post(BASE + "/findings", finding.deepCopy().put("foundOn", today.minusDays(31).toString()))));
        JsonNode found = created(api.post(BASE + "/findings", finding));
        long findingId = found.get("id").asLong();
        long problem = found.get("problemId").asLong();
        assertEquals("FOUND", found.get("status").asText());
        assertEquals("INSPECTION_TOUR", api.get("/problems/" + problem).json().get("source").asText(), "on the core's problems engine");
        assertEquals("findings-not-verified", refusedByRule(close(round)));

        // the next round follows the village up
        ObjectNode next = open.deepCopy().put("number", number + 1).put("title", "测试跟踪巡察");
        long second = created(api.post(BASE + "/rounds", next)).get("id").asLong();
        long followUp = created(api.post(BASE + "/visits", visit.deepCopy().put("roundId", second).put("mode", "FOLLOW_UP"))).get("id").asLong();
        String check = BASE + "/findings/" + findingId + "/check";
        long v = found.get("version").asLong();
        assertEquals("not-a-follow-up", refusedByRule(api.put(check, Api.object().put("visitId", mobile).put("passed", true).put("version", v))));
        assertEquals("finding-not-rectified",
                refusedByRule(api.put(check, Api.object().put("visitId", followUp).put("passed", true).put("version", v))));

        // the village rectifies on the core's problems API
        v = api.post("/problems/" + problem + "/plan", Api.object().put("plan", "补齐记录").put("responsible", "村党支部书记").put("version", v)).json()
                .get("version").asLong();
        v = api.post("/problems/" + problem + "/rectified", Api.object().put("completion", "已补齐").put("version", v)).json().get("version").asLong();
        assertEquals("note", refusedField(api.put(check, Api.object().put("visitId", followUp).put("passed", false).put("version", v))));
        JsonNode reopened = api.put(check, Api.object().put("visitId", followUp).put("passed", false).put("note", "记录仍不完整").put("version", v)).json();
        assertEquals("IN_PROGRESS", reopened.get("status").asText(), reopened.toString());
        assertEquals(1, reopened.get("reopenCount").asInt());
        Api.Reply account = api.post(BASE + "/findings/" + findingId + "/accountability", Api.object().put("type", "ADMONISHMENT")
                .put("date", today.toString()).put("decidedBy", "县委组织部").put("note", "整改落实不到位"));
        assertEquals(201, account.status(), account.toString());
        assertEquals("ADMONISHMENT", account.json().get("type").asText());
        v = api.post("/problems/" + problem + "/rectified", Api.object().put("completion", "再次补齐").put("version", reopened.get("version").asLong()))
                .json().get("version").asLong();
        JsonNode verified = api.put(check, Api.object().put("visitId", followUp).put("passed", true).put("version", v)).json();
        assertEquals("VERIFIED", verified.get("status").asText(), verified.toString());
        assertEquals(1, verified.get("accountability").size());

        long version = api.get(BASE + "/rounds/" + round).json().get("version").asLong();
        assertEquals(409, api.put(BASE + "/rounds/" + round + "/close", Api.object().put("version", version + 7)).status(), "a stale version");
        JsonNode closed = close(round).json();
        assertEquals("CLOSED", closed.get("status").asText(), closed.toString());
        assertEquals(1, closed.get("verified").asLong());
        assertEquals("round-closed", refusedByRule(close(round)));
        assertTrue(!inbox().contains("\"id\":\"" + round + "\""), "a closed round is done");
        assertEquals("round-closed", refusedByRule(api.post(BASE + "/visits", visit.deepCopy().put("jurisdictionCode", township).put("unitKind",
                "TOWNSHIP_COMMITTEE"))));

        JsonNode figures = api.get(BASE + "/figures?year=" + LocalDate.now().minusDays(30).getYear()).json();
        JsonNode mine = null;
        for (JsonNode r : figures.get("perRound")) {
            mine = r.get("key").asText().equals(String.valueOf(number)) ? r : mine;
        }
        assertTrue(mine != null, figures.toString());
        assertEquals(1, mine.get("problemsFound").asLong());
        assertEquals(1, mine.get("verified").asLong());
        assertEquals(1, mine.get("reopened").asLong());
        assertEquals(1, mine.get("admonishments").asLong());
        assertEquals(1, mine.get("villages").asLong());
        assertEquals(1, mine.get("mobile").asLong());

        assertEquals(404, api.as("xiajiang-operator").get(BASE + "/rounds/" + round).status(), "峡江 sees no 广宗 round");
        assertEquals(404, api.as("xiajiang-operator").get("/jurisdictions/360823/" + MODULE + "/findings/" + findingId).status());
        Api.Reply pdf = api.get(BASE + "/documents/rounds/" + round);
        assertEquals(200, pdf.status(), pdf.toString());
        assertTrue(pdf.body().startsWith("%PDF"));
    }

    @Test
    @Order(4)
    void uninstallAndReinstallKeepEveryRecord() {
        String before = api.get(BASE + "/rounds/" + round).body();
        ModuleInstall.reinstall(server, api, MODULE, "jiceng-county-guangzong", BASE, "/rounds", "/rounds/" + round);
        assertEquals(before, api.get(BASE + "/rounds/" + round).body());
    }

    /** The county's inbox items of this module within a horizon past the test rounds' end. */
    private static String inbox() {
        StringBuilder mine = new StringBuilder();
        for (JsonNode item : api.get("/inbox?jurisdiction=" + COUNTY + "&withinDays=31").json()) {
            if (item.get("source").asText().equals(MODULE) && item.get("kind").asText().equals("round-to-close")) {
                mine.append(item);
            }
        }
        return mine.toString();
    }

    private static Api.Reply close(long id) {
        long version = api.get(BASE + "/rounds/" + id).json().get("version").asLong();
        return api.put(BASE + "/rounds/" + id + "/close", Api.object().put("version", version));
    }

    private static JsonNode created(Api.Reply r) {
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }
}
