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
 * 顺义's meeting chain and 四上四下: installed at runtime and enabled for 顺义 only; the demo plans and
 * holds last year's meetings — 18 of the leading group, as the seed counts — and carries six matters
 * along the chain on the procedure engine. This test reads the figures back over REST, SOAP and the
 * plan's workbook, then carries a matter of its own: meetings planned and held, each chain step
 * refused at a meeting of another kind, one not held, one held before the step before, and the
 * standing committee refused until the matter went up and down four times. Every record is kept over
 * an uninstall and reinstall; other districts get 404.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShunyiMeetingsIT {
    private static final String MODULE = "shunyi-meetings";
    private static final String DISTRICT = "110113";
    private static final String BASE = "/jurisdictions/" + DISTRICT + "/" + MODULE;
    private static final String NS = "http://jiceng.org/soap/shunyi-meetings";
    private static final int DEMO_YEAR = LocalDate.now().getYear() - 1;

    private static JicengServer server;
    private static Api api;
    private static String township;
    private static long matter;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    @Order(1)
    void installedAtRuntimeAndEnabledFor顺义Only() {
        ModuleInstall.installAndEnable(server, api, MODULE, DISTRICT, "党建工作会议机制与四上四下", "/meetings");
        ModuleInstall.refusedIn(api, MODULE, "/matters", "441481", "430581");
        township = ModuleInstall.firstTownship(api, DISTRICT);
    }

    @Test
    @Order(2)
    void theDemoYearHeldEighteenLeadingGroupMeetingsAndCarriedItsMatters() {
        JsonNode f = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            f = api.get(BASE + "/figures?year=" + DEMO_YEAR).json();
            if (f.get("matters").asLong() == 6 && f.get("mattersCompleted").asLong() == 5 && f.get("mattersRoundsComplete").asLong() == 5) {
                break;
            }
            JicengServer.sleep(500);
        }
        System.out.println("顺义 meetings " + DEMO_YEAR + ": " + f);
        JsonNode kinds = f.get("meetings");
        assertEquals("LEADING_GROUP", kinds.get(2).get("kind").asText(), kinds.toString());
        assertEquals(18, kinds.get(2).get("held").asLong(), "年初以来共召开18次党建工作领导小组会议");
        assertEquals(12, kinds.get(0).get("held").asLong());
        assertEquals(4, kinds.get(1).get("held").asLong());
        assertEquals(4, kinds.get(3).get("held").asLong());
        assertEquals(1, kinds.get(4).get("held").asLong());
        assertEquals(39, f.get("meetingsHeld").asLong());
        assertEquals(6, f.get("matters").asLong());
        assertEquals(5, f.get("mattersDecided").asLong());
        assertEquals(5, f.get("mattersCompleted").asLong());
        assertEquals(6, kinds.get(2).get("mattersPassed").asLong(), "every matter passed the leading group");
        assertEquals(5, kinds.get(3).get("mattersPassed").asLong(), "five were decided by the standing committee");

        JsonNode matters = api.get(BASE + "/matters?year=" + DEMO_YEAR).json();
        JsonNode halfway = null;
        for (JsonNode m : matters.get("items")) {
            if (!m.get("decided").asBoolean()) {
                halfway = m;
            }
        }
        assertEquals("standing-committee", halfway.get("chainStep").asText(), String.valueOf(halfway));
        assertEquals("up-3", halfway.get("roundStep").asText());
        assertTrue(matters.toString().contains("仁和镇前进、太平两村回迁工作"), "the seed's relocation matter");

        server.waitFor("/services/MeetingsService?wsdl", Duration.ofSeconds(60));
        Api.Reply soap = api.soap("MeetingsService", NS,
                "<t:getFigures><t:jurisdictionCode>" + DISTRICT + "</t:jurisdictionCode><t:year>" + DEMO_YEAR + "</t:year></t:getFigures>");
        assertEquals(200, soap.status(), soap.toString());
        assertTrue(soap.body().contains("meetingsHeld>39</") && soap.body().contains("mattersDecided>5</"), soap.body());
    }

    @Test
    @Order(3)
    void aMatterPassesEachMeetingOfTheChainAndIsDecidedAfterFourUpsAndDowns() {
        LocalDate today = LocalDate.now();
        LocalDate start = today.minusDays(40);
        assertEquals("meetings-kept-by-county", refusedByRule(api.post("/jurisdictions/" + township + "/" + MODULE + "/meetings",
                Api.object().put("kind", "TOPIC").put("subject", "测试").put("plannedOn", today.toString()))));
        JsonNode topic = plan("TOPIC", start.plusDays(2));
        JsonNode analysis = plan("ANALYSIS", start.plusDays(1));
        JsonNode leading = plan("LEADING_GROUP", start.plusDays(5));
        JsonNode standing = plan("STANDING_COMMITTEE", start.plusDays(30));
        assertEquals("heldOn", refusedField(api.put(BASE + "/meetings/" + topic.get("id").asLong() + "/minutes", minutes(today.plusDays(1),
                topic.get("version").asLong()))));
        topic = hold(topic);
        analysis = hold(analysis);
        assertEquals("meeting-already-held", refusedByRule(api.put(BASE + "/meetings/" + topic.get("id").asLong() + "/minutes",
                minutes(topic.get("plannedOn").asText(), topic.get("version").asLong()))));

        Api.Reply opened = api.post(BASE + "/matters", Api.object().put("title", "测试议题 " + System.nanoTime()).put("jurisdictionCode", township)
                .put("openedOn", start.toString()));
        assertEquals(201, opened.status(), opened.toString());
        matter = opened.json().get("id").asLong();
        assertEquals("topic", opened.json().get("chainStep").asText());
        assertEquals("up-1", opened.json().get("roundStep").asText());

        assertEquals("meeting-not-of-step", refusedByRule(chain("topic", analysis)));
        assertEquals(200, chain("topic", topic).status());
        assertEquals("meeting-before-step", refusedByRule(chain("analysis", analysis)), "held the day before the topic meeting");
        JsonNode analysisLater = hold(plan("ANALYSIS", start.plusDays(3)));
        assertEquals("meeting-not-held", refusedByRule(chain("leading-group", leading)));
        assertEquals("step-order", refusedByRule(chain("leading-group", hold(leading))));
        assertEquals(200, chain("analysis", analysisLater).status());
        assertEquals(200, chain("leading-group", api.get(BASE + "/meetings/" + leading.get("id").asLong()).json()).status());
        standing = hold(standing);
        assertEquals("four-ups-four-downs-incomplete", refusedByRule(chain("standing-committee", standing)));

        assertEquals("step-order", refusedByRule(round("down-1", start.plusDays(6))));
        String[] steps = {"up-1", "down-1", "up-2", "down-2", "up-3", "down-3", "up-4", "down-4"};
        for (int i = 0; i < steps.length; i++) {
            Api.Reply r = round(steps[i], start.plusDays(6 + 2L * i));
            assertEquals(200, r.status(), r.toString());
        }
        JsonNode decided = chain("standing-committee", standing).json();
        assertTrue(decided.get("decided").asBoolean(), decided.toString());
        assertEquals("COMPLETED", decided.get("roundsStatus").asText());
        assertEquals("annual-summary", decided.get("chainStep").asText());
        assertEquals(404, api.as("xiajiang-operator").get(BASE + "/matters/" + matter).status(), "峡江 sees no 顺义 matter");
        Api.Reply pdf = api.get(BASE + "/documents/meetings/" + standing.get("id").asLong());
        assertEquals(200, pdf.status(), pdf.toString());
        assertTrue(pdf.body().startsWith("%PDF"));
    }

    @Test
    @Order(4)
    void thePlanWorkbookHasARowPerMeeting() {
        HttpResponse<byte[]> file = api.download(BASE + "/documents/plan.xlsx?year=" + DEMO_YEAR);
        assertEquals(200, file.statusCode());
        int rows = Workbooks.numericRows(file.body(), 0);
        assertEquals(39, rows, "a row per meeting of last year's plan");
    }

    @Test
    @Order(5)
    void uninstallAndReinstallKeepEveryRecord() {
        String before = api.get(BASE + "/matters/" + matter).body();
        ModuleInstall.reinstall(server, api, MODULE, "jiceng-county-shunyi", BASE, "/matters", "/matters/" + matter);
        assertEquals(before, api.get(BASE + "/matters/" + matter).body());
    }

    private static JsonNode plan(String kind, LocalDate on) {
        Api.Reply r = api.post(BASE + "/meetings", Api.object().put("kind", kind).put("subject", "测试会议").put("plannedOn", on.toString()));
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    private static JsonNode hold(JsonNode meeting) {
        Api.Reply r = api.put(BASE + "/meetings/" + meeting.get("id").asLong() + "/minutes", minutes(meeting.get("plannedOn").asText(),
                meeting.get("version").asLong()));
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static ObjectNode minutes(Object heldOn, long version) {
        return Api.object().put("heldOn", heldOn.toString()).put("chairedBy", "测试主持人").put("attendees", 15).put("minutes", "测试纪要").put("version",
                version);
    }

    private static Api.Reply chain(String step, JsonNode meeting) {
        long version = api.get(BASE + "/matters/" + matter).json().get("chainVersion").asLong();
        return api.put(BASE + "/matters/" + matter + "/chain/" + step,
                Api.object().put("meetingId", meeting.get("id").asLong()).put("conclusion", "通过")
                        .put("version", version));
    }

    private static Api.Reply round(String step, LocalDate on) {
        long version = api.get(BASE + "/matters/" + matter).json().get("roundsVersion").asLong();
        return api.put(BASE + "/matters/" + matter + "/rounds/" + step, Api.object().put("record", "测试记录").put("completedOn", on.toString())
                .put("version", version));
    }
}
