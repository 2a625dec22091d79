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
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * 兴宁's village reserve cadres ("123工程"), installed into the running server and enabled for 兴宁
 * only: the demo reproduces the seed's 121 reserves under focused training and leaves villages
 * incomplete (vacancies, inbox); a village's open committee places are filled over REST until the
 * quota refuses one more (422 reserve-quota-full), the eligibility rules refuse by their rule names,
 * the reserve is on the core's RESERVE list, trained, focused, elected (off the list, out of the
 * focused figure); figures over SOAP, the roster as XLSX, other counties refused, and the records
 * kept over an uninstall and reinstall.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class XingningReserveCadresIT {
    private static final String MODULE = "xingning-reserve-cadres";
    private static final String COUNTY = "441481";
    private static final String BASE = "/jurisdictions/" + COUNTY + "/" + MODULE;
    private static final String NS = "http://jiceng.org/soap/xingning-reserve-cadres";

    private static JicengServer server;
    private static Api api;
    private static JsonNode demoFigures;
    /** The village the rules are tried in (one with an open committee place), and the reserves this class entered there. */
    private static String village;
    private static final List<Long> entered = new ArrayList<>();

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    @Order(1)
    void installedAtRuntimeAndEnabledForXingningOnly() {
        ModuleInstall.installAndEnable(server, api, MODULE, COUNTY, "村级后备干部123工程", "/figures");
        ModuleInstall.refusedIn(api, MODULE, "/figures", "360823", "430581", "110113");
        JsonNode paths = api.get("/openapi.json").json().get("paths");
        assertTrue(paths.has("/jurisdictions/{code}/" + MODULE + "/reserves/{id}/focus"), "the OpenAPI document shows the module");
    }

    @Test
    @Order(2)
    void demoReproducesTheSeedsFocusedTrainingAndLeavesVacancies() {
        JsonNode f = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(400).toNanos();
        while (System.nanoTime() < deadline) {
            f = api.get(BASE + "/figures").json();
            if (f.get("focused").asInt() >= 121) {
                break;
            }
            JicengServer.sleep(2000);
        }
        System.out.println("兴宁 123: " + f);
        demoFigures = f;
        assertEquals(121, f.get("focused").asInt(), "确定了121名后备干部进行重点培养: " + f);
        int villages = f.get("villages").asInt();
        assertTrue(villages > 80, f.toString());
        assertEquals(villages, f.get("complete").asInt() + f.get("incomplete").asInt());
        assertTrue(f.get("complete").asInt() > 0 && f.get("incomplete").asInt() > 0, "some villages complete, some flagged: " + f);
        assertTrue(f.get("secretaryReserves").asInt() <= villages && f.get("committeeReserves").asInt() <= 2 * villages, f.toString());
        assertEquals(17, f.get("towns").size(), "a row per town of 兴宁");
        int focusedInTowns = 0;
        for (JsonNode t : f.get("towns")) {
            focusedInTowns += t.get("focused").asInt();
        }
        assertEquals(121, focusedInTowns);

        JsonNode vacancies = api.get(BASE + "/vacancies").json();
        assertEquals(f.get("incomplete").asInt(), vacancies.size());
        for (JsonNode v : vacancies) {
            assertFalse(v.get("complete").asBoolean());
            assertTrue(v.get("missingSecretaryReserves").asInt() + v.get("missingCommitteeReserves").asInt() + v.get("missingActivists").asInt() > 0
                    || v.get("termStart").isNull(), v.toString());
            if (village == null && v.get("missingCommitteeReserves").asInt() > 0 && !v.get("termStart").isNull()) {
                village = v.get("villageCode").asText();
            }
        }
        assertNotNull(village, "the demo leaves a committee place open somewhere: " + vacancies);
        JsonNode focusedOnes = api.get(BASE + "/reserves?focused=true&status=IN_TRAINING&size=5").json();
        assertEquals(121, focusedOnes.get("total").asInt());
        assertNotNull(focusedOnes.at("/items/0/focusReason").asText(null));
        assertTrue(focusedOnes.at("/items/0/trainingHours").asInt() > 0, "each demo reserve has a batch of training");
    }

    @Test
    @Order(3)
    void quotaAndEligibilityAreTheCountysRules() {
        JsonNode slots = slotsOf(village);
        int open = slots.get("missingCommitteeReserves").asInt();
        Set<Long> taken = new HashSet<>();
        for (JsonNode r : api.get(BASE + "/reserves?village=" + village + "&size=100").json().get("items")) {
            taken.add(r.get("memberId").asLong());
        }
        List<JsonNode> free = new ArrayList<>();
        JsonNode full = null;
        for (JsonNode m : api.get("/members?jurisdiction=" + village + "&size=100&sort=id").json().get("items")) {
            if (!taken.contains(m.get("id").asLong()) && "ACTIVE".equals(m.get("membershipStatus").asText())) {
                free.add(m);
                if (full == null && "FULL".equals(m.get("stage").asText())) {
                    full = m;
                }
            }
        }
        assertTrue(free.size() > open, "enough people in " + village + ": " + free.size());
        assertNotNull(full);

        // 400 naming the fields; another county's village or member is not found
        JsonNode bad = assertProblem(api.post(BASE + "/reserves", Api.object().put("villageCode", village)), 400);
        assertTrue(bad.toString().contains("memberId") && bad.toString().contains("role"), bad.toString());
        String elsewhere = api.get("/jurisdictions/360823/subtree?level=VILLAGE&size=1").json().at("/items/0/code").asText();
        assertProblem(api.post(BASE + "/reserves", reserve(full.get("id").asLong(), elsewhere, "COMMITTEE_RESERVE")), 404);
        long foreignMember = api.get("/members?jurisdiction=360823&size=1").json().at("/items/0/id").asLong();
        assertProblem(api.post(BASE + "/reserves", reserve(foreignMember, village, "COMMITTEE_RESERVE")), 404);
        // a full member is no activist to be cultivated
        assertEquals("activist-already-member",
                assertProblem(api.post(BASE + "/reserves", reserve(full.get("id").asLong(), village, "ACTIVIST")), 422).get("rule").asText());

        for (int i = 0; i < open; i++) {
            Api.Reply created = api.post(BASE + "/reserves", reserve(free.get(i).get("id").asLong(), village, "COMMITTEE_RESERVE"));
            assertEquals(201, created.status(), created.toString());
            entered.add(created.json().get("id").asLong());
            assertEquals("IN_TRAINING", created.json().get("status").asText());
            assertEquals(slots.get("termStart").asText(), created.json().get("termStart").asText(), "the village's current term");
        }
        JsonNode again = assertProblem(api.post(BASE + "/reserves", reserve(free.get(0).get("id").asLong(), village, "COMMITTEE_RESERVE")), 422);
        assertEquals("already-reserve", again.get("rule").asText(), again.toString());
        JsonNode quota = assertProblem(api.post(BASE + "/reserves", reserve(free.get(open).get("id").asLong(), village, "COMMITTEE_RESERVE")), 422);
        // the core's 422s carry the rule in the problem's "rule" member (type rule-violation)
        assertTrue(quota.get("type").asText().endsWith("/rule-violation"), quota.toString());
        assertEquals("reserve-quota-full", quota.get("rule").asText(), quota.toString());
        assertEquals(0, slotsOf(village).get("missingCommitteeReserves").asInt(), "the committee places are filled");

        // the reserve is on the core's RESERVE list of the member
        JsonNode reserve = api.get(BASE + "/reserves/" + entered.get(0)).json();
        assertTrue(onReserveList(reserve.get("memberId").asLong(), reserve.get("designationId").asLong(), true));
    }

    @Test
    @Order(4)
    void trainingFocusAndOutcome() {
        long id = entered.get(0);
        JsonNode r = api.get(BASE + "/reserves/" + id).json();
        String since = r.get("since").asText();
        assertProblem(api.post(BASE + "/reserves/" + id + "/trainings", Api.object().put("kind", "BATCH").put("startedOn", since).put("hours", 0)),
                400);
        Api.Reply t = api.post(BASE + "/reserves/" + id + "/trainings",
                Api.object().put("kind", "SHADOWING").put("startedOn", since).put("hours", 24).put("note", "跟班学习"));
        assertEquals(201, t.status(), t.toString());
        assertEquals(1, api.get(BASE + "/reserves/" + id + "/trainings").json().size());
        assertEquals(24, api.get(BASE + "/reserves/" + id).json().get("trainingHours").asInt());

        JsonNode organization = api.get("/organizations/" + r.get("organizationId").asLong()).json();
        long version = api.get(BASE + "/reserves/" + id).json().get("version").asLong();
        if (!"WEAK_LAX".equals(organization.get("status").asText())) {
            assertEquals("focus-reason-unfounded", assertProblem(api.put(BASE + "/reserves/" + id + "/focus",
                    Api.object().put("focused", true).put("reason", "WEAK_LAX").put("version", version)), 422).get("rule").asText());
        }
        Api.Reply focused = api.put(BASE + "/reserves/" + id + "/focus",
                Api.object().put("focused", true).put("reason", "SECRETARY_OVER_57").put("version", version));
        assertEquals(200, focused.status(), focused.toString());
        assertProblem(api.put(BASE + "/reserves/" + id + "/focus",
                Api.object().put("focused", false).put("version", version)), 409);
        assertEquals(122, api.get(BASE + "/figures").json().get("focused").asInt(), "one more under focused training");

        long v2 = focused.json().get("version").asLong();
        JsonNode noReason = assertProblem(api.post(BASE + "/reserves/" + id + "/outcome", Api.object().put("outcome", "DROPPED").put("version", v2)),
                400);
        assertTrue(noReason.toString().contains("reason"), noReason.toString());
        Api.Reply elected = api.post(BASE + "/reserves/" + id + "/outcome",
                Api.object().put("outcome", "ELECTED").put("on", LocalDate.now().toString()).put("version", v2));
        assertEquals(200, elected.status(), elected.toString());
        assertEquals("USED", elected.json().get("status").asText());
        assertTrue(onReserveList(elected.json().get("memberId").asLong(), elected.json().get("designationId").asLong(), false),
                "used: off the core's RESERVE list");
        assertEquals("reserve-closed", assertProblem(api.put(BASE + "/reserves/" + id + "/focus",
                Api.object().put("focused", true).put("reason", "SECRETARY_OVER_57").put("version", elected.json().get("version").asLong())), 422)
                .get("rule").asText());
        JsonNode after = api.get(BASE + "/figures").json();
        assertEquals(121, after.get("focused").asInt(), "a used reserve is no longer in training");
        assertEquals(demoFigures.get("used").asInt() + 1, after.get("used").asInt());
        assertEquals(0, slotsOf(village).get("missingCommitteeReserves").asInt(), "a used reserve keeps the term's place");
    }

    @Test
    @Order(5)
    void vacanciesInTheInboxFiguresOverSoapRosterAsXlsx() {
        JsonNode vacancies = api.get(BASE + "/vacancies").json();
        String flagged = null;
        for (JsonNode v : vacancies) {
            if (!v.get("dueOn").isNull() && LocalDate.parse(v.get("dueOn").asText()).isBefore(LocalDate.now())) {
                flagged = v.get("villageCode").asText();
                break;
            }
        }
        assertNotNull(flagged, "an incomplete village past its day: " + vacancies);
        boolean inInbox = false;
        for (JsonNode item : api.get("/inbox?jurisdiction=" + flagged + "&withinDays=30").json()) {
            inInbox |= MODULE.equals(item.get("source").asText()) && item.get("overdue").asBoolean();
        }
        assertTrue(inInbox, "the incomplete village is in the inbox");

        JsonNode rest = api.get(BASE + "/figures").json();
        Api.Reply soap = api.soap("ReserveCadreService", NS, "<t:getFigures><t:jurisdictionCode>" + COUNTY + "</t:jurisdictionCode></t:getFigures>");
        assertEquals(200, soap.status(), soap.toString());
        assertTrue(soap.body().contains("<focused>121</focused>"), soap.body());
        assertTrue(soap.body().contains("<incomplete>" + rest.get("incomplete").asInt() + "</incomplete>"), soap.body());
        Api.Reply refused = api.soap("ReserveCadreService", NS, "<t:getFigures><t:jurisdictionCode>360823</t:jurisdictionCode></t:getFigures>");
        assertEquals(500, refused.status(), refused.toString());

        HttpResponse<byte[]> xlsx = api.download(BASE + "/documents/roster.xlsx");
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
        assertTrue(xlsx.body().length > 2000 && xlsx.body()[0] == 'P' && xlsx.body()[1] == 'K', "a workbook");
    }

    @Test
    @Order(6)
    void uninstallAndReinstallKeepEveryRecord() {
        String before = api.get(BASE + "/reserves/" + entered.get(0)).body();
        JsonNode figures = api.get(BASE + "/figures").json();
        ModuleInstall.reinstall(server, api, MODULE, "jiceng-county-xingning", BASE, "/figures", "/reserves/" + entered.get(0));
        assertEquals(before, api.get(BASE + "/reserves/" + entered.get(0)).body());
        assertEquals(figures, api.get(BASE + "/figures").json(), "the demo ran once: nothing added");
    }

    // ---- helpers

    private static ObjectNode reserve(long memberId, String villageCode, String role) {
        return Api.object().put("memberId", memberId).put("villageCode", villageCode).put("role", role);
    }

    private static JsonNode slotsOf(String villageCode) {
        JsonNode all = api.get("/jurisdictions/" + villageCode + "/" + MODULE + "/villages").json();
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    /** Whether the member's RESERVE designation is current (no end) in the core's cadre record. */
    private static boolean onReserveList(long memberId, long designationId, boolean current) {
        for (JsonNode d : api.get("/cadres/" + memberId + "/designations").json()) {
            if (d.get("id").asLong() == designationId) {
                assertEquals("RESERVE", d.get("type").asText());
                return current == d.get("until").isNull();
            }
        }
        return false;
    }
}
