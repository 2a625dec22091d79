package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * 武冈's good-cadre selection: installed at runtime and enabled for 武冈 only; the demo's last-year
 * selection reproduces the seed's figures (100 nominated through four channels, five rounds, 80 %
 * eliminated) over REST, SOAP and the PDF result list. Then, on campaigns of years nobody else
 * uses, this test nominates members, drives the five rounds and the public notice, and checks
 * every refusal by its rule or field. Other counties get 404; uninstall and reinstall keep every
 * record.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WugangGoodCadresIT {
    private static final String MODULE = "wugang-good-cadres";
    private static final String COUNTY = "430581";
    private static final String BASE = "/jurisdictions/" + COUNTY + "/" + MODULE;
    private static final String NS = "http://jiceng.org/soap/wugang-good-cadres";
    private static final int DEMO_YEAR = LocalDate.now().getYear() - 1;

    private static JicengServer server;
    private static Api api;
    private static long demoCampaign;
    /** This test's campaign, in a year of the past no one else uses: every period of it is over. */
    private static int year;
    private static long campaign;
    /** Six members of 武冈 and their nominations in this test's campaign. */
    private static long[] people;
    private static long[] nominations;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    @Order(1)
    void installedAtRuntimeAndEnabledFor武冈Only() {
        ModuleInstall.installAndEnable(server, api, MODULE, COUNTY, "好干部评选", "/campaigns");
        for (String other : new String[]{"441481", "360823"}) {
            JsonNode p = assertProblem(api.get("/jurisdictions/" + other + "/" + MODULE + "/campaigns"), 404);
            assertTrue(p.get("type").asText().endsWith("/module-not-enabled"), p.toString());
            assertTrue(p.get("detail").asText().contains(other), p.toString());
        }
        assertTrue(
                api.get("/openapi.json").json().get("paths").has("/jurisdictions/{code}/" + MODULE + "/nominations/{nominationId}/rounds/{round}"));
        JsonNode definition = api.get("/procedures/definitions/wugang-good-cadre-selection").json();
        assertEquals("first-review,inspection,second-review,public-notice,approval", keys(definition.get("steps")), definition.toString());
    }

    @Test
    @Order(2)
    void demoReproducesTheSeedsFigures() {
        JsonNode f = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode found = api.get(BASE + "/campaigns?year=" + DEMO_YEAR).json().get("items");
            if (found.size() == 1) {
                demoCampaign = found.get(0).get("id").asLong();
                f = api.get(BASE + "/campaigns/" + demoCampaign + "/figures").json();
                if (f.get("nominations").asLong() == 100 && f.get("inReview").asLong() == 0) {
                    break;
                }
            }
            JicengServer.sleep(1000);
        }
        System.out.println("武冈 good-cadre selection " + DEMO_YEAR + ": " + f);
        assertTrue(f != null && f.get("inReview").asLong() == 0, "the demo decided every round: " + f);
        assertEquals(100, f.get("nominations").asLong());
        assertEquals(40, f.get("unitNominations").asLong());
        assertEquals(25, f.get("individualNominations").asLong());
        assertEquals(20, f.get("publicNominations").asLong());
        assertEquals(15, f.get("selfNominations").asLong());
        assertEquals(40, f.get("eliminatedFirstReview").asLong());
        assertEquals(20, f.get("eliminatedInspection").asLong());
        assertEquals(15, f.get("eliminatedSecondReview").asLong());
        assertEquals(2, f.get("eliminatedPublicNotice").asLong(), "two objections upheld");
        assertEquals(3, f.get("eliminatedApproval").asLong(), "beyond the quota");
        assertEquals(80, f.get("eliminated").asLong());
        assertEquals(20, f.get("approved").asLong());
        assertEquals("80.0", f.get("eliminatedPercent").asText(), "淘汰率在80%左右");
        assertEquals(4, f.get("objections").asLong());
        assertEquals(2, f.get("objectionsUpheld").asLong());

        JsonNode results = api.get(BASE + "/campaigns/" + demoCampaign + "/results?size=5&sort=memberName").json();
        assertEquals(20, results.get("total").asLong());
        assertEquals(5, results.get("items").size());
        assertTrue(results.at("/items/0/memberName").asText().compareTo(results.at("/items/1/memberName").asText()) <= 0, results.toString());
        long approved = results.at("/items/0/nominationId").asLong();
        JsonNode procedure = api.get(BASE + "/nominations/" + approved + "/procedure").json();
        assertEquals("COMPLETED", procedure.get("status").asText(), "the engine ran all five rounds: " + procedure);
        assertEquals(5, procedure.get("steps").size());
        JsonNode out = api.get(BASE + "/nominations?campaignId=" + demoCampaign + "&status=ELIMINATED&round=public-notice").json();
        assertEquals(2, out.get("total").asLong(), out.toString());
        JsonNode closed = api.get(BASE + "/nominations/" + out.at("/items/0/id").asLong() + "/procedure").json();
        assertEquals("CLOSED_EARLY", closed.get("status").asText(), closed.toString());
        assertTrue(closed.get("closeReason").asText().startsWith("公示淘汰"), closed.toString());

        JsonNode page = api.get(BASE + "/nominations?campaignId=" + demoCampaign + "&size=10&page=1&sort=-nominatedOn").json();
        assertEquals(100, page.get("total").asLong());
        assertEquals(10, page.get("items").size());
        assertEquals("sort", assertProblem(api.get(BASE + "/nominations?sort=score"), 400).at("/errors/0/field").asText());
    }

    @Test
    @Order(3)
    void membersAreNominatedThroughFourChannels() {
        Set<Integer> used = new HashSet<>();
        api.get(BASE + "/campaigns?size=500").json().get("items").forEach(c -> used.add(c.get("year").asInt()));
        year = 2001;
        while (used.contains(year) || used.contains(year + 1)) {
            year += 2;
        }
        Api.Reply created = api.post(BASE + "/campaigns", campaignBody(year, year + "-03-31", 2));
        assertEquals(201, created.status(), created.toString());
        campaign = created.json().get("id").asLong();
        assertProblem(api.post(BASE + "/campaigns", campaignBody(year, year + "-03-31", 2)), 409);
        String township = api.get("/jurisdictions/" + COUNTY + "/subtree?level=TOWNSHIP&size=1").json().at("/items/0/code").asText();
        assertEquals("campaign-by-county", assertProblem(api.post("/jurisdictions/" + township + "/" + MODULE + "/campaigns",
                campaignBody(year + 1, (year + 1) + "-03-31", 2)), 422).get("rule").asText());
        assertEquals("quota", assertProblem(api.post(BASE + "/campaigns", campaignBody(year + 1, (year + 1) + "-03-31", 0)), 400)
                .at("/errors/0/field").asText());

        JsonNode members = api.get("/members?jurisdiction=" + COUNTY + "&stage=FULL&size=6&sort=-id").json().get("items");
        people = new long[6];
        nominations = new long[6];
        String[] channels = {"UNIT", "INDIVIDUAL", "PUBLIC", "SELF", "UNIT", "INDIVIDUAL"};
        for (int i = 0; i < 6; i++) {
            people[i] = members.get(i).get("id").asLong();
            ObjectNode body = nomination(people[i], channels[i]);
            if (channels[i].equals("SELF")) {
                body.remove("nominator");
            }
            Api.Reply r = api.post(BASE + "/nominations", body);
            assertEquals(201, r.status(), r.toString());
            nominations[i] = r.json().get("id").asLong();
            assertEquals("IN_REVIEW", r.json().get("status").asText());
            assertEquals("first-review", r.json().get("round").asText());
            assertTrue(r.json().get("procedureInstanceId").asLong() > 0, "the rounds run on the engine: " + r);
        }
        assertEquals(members.get(3).get("name").asText(), api.get(BASE + "/nominations/" + nominations[3]).json().get("nominator").asText(),
                "a self-nomination is the nominee's own");

        JsonNode unknown = assertProblem(api.post(BASE + "/nominations", nomination(people[0], "FRIENDS")), 400);
        assertEquals("channel", unknown.at("/errors/0/field").asText(), unknown.toString());
        assertEquals("nominator", assertProblem(api.post(BASE + "/nominations", nomination(people[0], "UNIT").put("nominator", "")), 400)
                .at("/errors/0/field").asText());
        long outsider = api.get("/members?jurisdiction=441481&size=1").json().at("/items/0/id").asLong();
        assertProblem(api.post(BASE + "/nominations", nomination(outsider, "PUBLIC")), 404);
        assertEquals("nominee-already-nominated",
                assertProblem(api.post(BASE + "/nominations", nomination(people[0], "PUBLIC")), 422).get("rule").asText());
        long spare = api.get("/members?jurisdiction=" + COUNTY + "&stage=FULL&size=1&page=7&sort=-id").json().at("/items/0/id").asLong();
        assertEquals("nominations-closed", assertProblem(api.post(BASE + "/nominations", nomination(spare, "UNIT")
                .put("nominatedOn", year + "-04-01")), 422).get("rule").asText());
        JsonNode units = api.get(BASE + "/nominations?campaignId=" + campaign + "&channel=UNIT").json();
        assertEquals(2, units.get("total").asLong(), units.toString());
    }

    @Test
    @Order(4)
    void eachRoundPassesOrEliminatesInOrder() {
        assertEquals("reason", assertProblem(decide(5, "first-review", "ELIMINATE", null, "-04-10"), 400).at("/errors/0/field").asText());
        assertEquals("ELIMINATED", ok(decide(5, "first-review", "ELIMINATE", "初评得票靠后", "-04-10")).get("status").asText());
        assertEquals("nominee-eliminated", assertProblem(decide(5, "inspection", "PASS", null, "-05-10"), 422).get("rule").asText());
        assertEquals("nominee-eliminated", assertProblem(decide(5, "first-review", "PASS", null, "-04-10"), 422).get("rule").asText());
        assertEquals("round-order", assertProblem(decide(0, "inspection", "PASS", null, "-05-10"), 422).get("rule").asText());
        assertEquals("round", assertProblem(decide(0, "third-review", "PASS", null, "-05-10"), 400).at("/errors/0/field").asText());
        assertEquals("outcome", assertProblem(decide(0, "first-review", "MAYBE", null, "-04-10"), 400).at("/errors/0/field").asText());
        assertProblem(api.post(BASE + "/nominations/" + nominations[0] + "/rounds/first-review", decision("PASS", null, year + "-04-10")
                .put("version", version(0) + 5)), 409);
        assertEquals("decidedOn", assertProblem(decide(0, "first-review", "PASS", null, "-02-01"), 400).at("/errors/0/field").asText(),
                "not before the nomination");
        for (int i = 0; i < 5; i++) {
            ok(decide(i, "first-review", "PASS", null, "-04-10"));
        }
        ok(decide(4, "inspection", "ELIMINATE", "考察发现群众评价一般", "-05-10"));
        for (int i = 0; i < 4; i++) {
            ok(decide(i, "inspection", "PASS", "考察合格", "-05-10"));
            assertEquals("public-notice", ok(decide(i, "second-review", "PASS", null, "-06-01")).get("round").asText());
        }
        JsonNode engine = api.get(BASE + "/nominations/" + nominations[0] + "/procedure").json();
        assertEquals("public-notice", engine.get("currentStepKey").asText(), engine.toString());
        assertEquals("CLOSED_EARLY", api.get(BASE + "/nominations/" + nominations[4] + "/procedure").json().get("status").asText());
    }

    @Test
    @Order(5)
    void theNoticeTakesObjectionsAndNobodyPassesItBeforeItsPeriodEnds() {
        assertEquals("notice-not-published", assertProblem(decide(0, "public-notice", "PASS", null, "-06-20"), 422).get("rule").asText());
        assertEquals("nominee-not-on-notice", assertProblem(object(1, "-06-11"), 422).get("rule").asText());
        long v = api.get(BASE + "/campaigns/" + campaign).json().get("version").asLong();
        assertEquals("notice-period-too-short",
                assertProblem(api.put(BASE + "/campaigns/" + campaign + "/notice", notice("-06-10", "-06-12", v)), 422).get("rule").asText());
        JsonNode published = ok(api.put(BASE + "/campaigns/" + campaign + "/notice", notice("-06-10", "-06-16", v)));
        assertEquals(year + "-06-16", published.get("noticeTo").asText());
        assertEquals("notice-already-published", assertProblem(api.put(BASE + "/campaigns/" + campaign + "/notice",
                notice("-06-10", "-06-20", published.get("version").asLong())), 422).get("rule").asText());

        assertEquals("nominee-not-on-notice", assertProblem(object(4, "-06-11"), 422).get("rule").asText(), "eliminated in 考察");
        assertEquals("objection-outside-period", assertProblem(object(1, "-06-17"), 422).get("rule").asText());
        Api.Reply upheld = object(1, "-06-11");
        assertEquals(201, upheld.status(), upheld.toString());
        Api.Reply dismissed = object(2, "-06-12");
        assertEquals(201, dismissed.status(), dismissed.toString());

        assertEquals("objection-period-not-over", assertProblem(decide(0, "public-notice", "PASS", null, "-06-16"), 422).get("rule").asText(),
                "the last day of the notice is still in its period");
        assertEquals("objection-unresolved", assertProblem(decide(2, "public-notice", "PASS", null, "-06-17"), 422).get("rule").asText());
        ok(resolve(dismissed.json(), false));
        JsonNode found = ok(resolve(upheld.json(), true));
        assertEquals("UPHELD", found.get("status").asText());
        assertEquals("objection-already-resolved", assertProblem(resolve(found, false), 422).get("rule").asText());
        assertEquals("objection-upheld", assertProblem(decide(1, "public-notice", "PASS", null, "-06-17"), 422).get("rule").asText());
        ok(decide(1, "public-notice", "ELIMINATE", "反映问题经核查属实", "-06-17"));
        for (int i : new int[]{0, 2, 3}) {
            assertEquals("approval", ok(decide(i, "public-notice", "PASS", null, "-06-17")).get("round").asText());
        }
        JsonNode objections = api.get(BASE + "/objections?campaignId=" + campaign + "&status=UPHELD").json();
        assertEquals(1, objections.get("total").asLong(), objections.toString());
    }

    @Test
    @Order(6)
    void approvalFillsTheQuotaAndTheFiguresAddUp() {
        ok(decide(0, "approval", "PASS", "市委常委会审定", "-07-01"));
        ok(decide(2, "approval", "PASS", "市委常委会审定", "-07-01"));
        assertEquals("quota-reached", assertProblem(decide(3, "approval", "PASS", null, "-07-01"), 422).get("rule").asText());
        ok(decide(3, "approval", "ELIMINATE", "名额所限", "-07-01"));
        assertEquals("nominee-already-approved", assertProblem(decide(0, "approval", "PASS", null, "-07-02"), 422).get("rule").asText());
        JsonNode n = api.get(BASE + "/nominations/" + nominations[0]).json();
        assertEquals("APPROVED", n.get("status").asText());
        assertEquals(5, n.get("decisions").size(), n.toString());
        assertEquals("COMPLETED", api.get(BASE + "/nominations/" + nominations[0] + "/procedure").json().get("status").asText());

        JsonNode f = api.get(BASE + "/campaigns/" + campaign + "/figures").json();
        assertEquals(6, f.get("nominations").asLong(), f.toString());
        assertEquals(2, f.get("unitNominations").asLong());
        assertEquals(1, f.get("selfNominations").asLong());
        assertEquals(1, f.get("eliminatedFirstReview").asLong());
        assertEquals(1, f.get("eliminatedInspection").asLong());
        assertEquals(0, f.get("eliminatedSecondReview").asLong());
        assertEquals(1, f.get("eliminatedPublicNotice").asLong());
        assertEquals(1, f.get("eliminatedApproval").asLong());
        assertEquals(2, f.get("approved").asLong());
        assertEquals("66.7", f.get("eliminatedPercent").asText());
        JsonNode results = api.get(BASE + "/campaigns/" + campaign + "/results").json();
        assertEquals(2, results.get("total").asLong());
        assertEquals(year + "-07-01", results.at("/items/0/approvedOn").asText());
    }

    @Test
    @Order(7)
    void aNoticeStillRunningTodayLetsNobodyPass() {
        LocalDate today = LocalDate.now();
        int running = year + 1;
        Api.Reply created = api.post(BASE + "/campaigns", campaignBody(running, today.minusDays(19).toString(), 5));
        assertEquals(201, created.status(), created.toString());
        long id = created.json().get("id").asLong();
        long member = api.get("/members?jurisdiction=" + COUNTY + "&stage=FULL&size=1&page=8&sort=-id").json().at("/items/0/id").asLong();
        Api.Reply nominated = api.post(BASE + "/nominations", nomination(member, "PUBLIC").put("campaignId", id)
                .put("nominatedOn", today.minusDays(20).toString()));
        assertEquals(201, nominated.status(), nominated.toString());
        long n = nominated.json().get("id").asLong();
        String[] rounds = {"first-review", "inspection", "second-review"};
        for (int r = 0; r < 3; r++) {
            ok(api.post(BASE + "/nominations/" + n + "/rounds/" + rounds[r], decision("PASS", null, today.minusDays(15 - 5 * r).toString())
                    .put("version", api.get(BASE + "/nominations/" + n).json().get("version").asLong())));
        }
        long v = api.get(BASE + "/campaigns/" + id).json().get("version").asLong();
        ok(api.put(BASE + "/campaigns/" + id + "/notice", Api.object().put("from", today.minusDays(2).toString())
                .put("to", today.plusDays(7).toString()).put("version", v)));
        long nv = api.get(BASE + "/nominations/" + n).json().get("version").asLong();
        JsonNode refused = assertProblem(api.post(BASE + "/nominations/" + n + "/rounds/public-notice", Api.object().put("outcome", "PASS")
                .put("version", nv)), 422);
        assertEquals("objection-period-not-over", refused.get("rule").asText(), refused.toString());
        assertTrue(refused.get("detail").asText().contains(today.plusDays(7).toString()), "names the end of the period: " + refused);
        assertEquals("decidedOn", assertProblem(api.post(BASE + "/nominations/" + n + "/rounds/public-notice", decision("PASS", null,
                today.plusDays(8).toString()).put("version", nv)), 400).at("/errors/0/field").asText(), "no decision dated in the future");
        assertEquals("IN_REVIEW", api.get(BASE + "/nominations/" + n).json().get("status").asText());
        assertEquals("public-notice", api.get(BASE + "/nominations/" + n + "/procedure").json().get("currentStepKey").asText(),
                "a refused decision leaves the engine where it was");
    }

    @Test
    @Order(8)
    void figuresAndResultListOverSoapAndPdf() {
        JsonNode rest = api.get(BASE + "/campaigns/" + demoCampaign + "/figures").json();
        Api.Reply soap = api.soap("GoodCadreService", NS, "<t:getFigures><t:jurisdictionCode>" + COUNTY + "</t:jurisdictionCode><t:year>"
                + DEMO_YEAR + "</t:year></t:getFigures>");
        assertEquals(200, soap.status(), soap.toString());
        for (String field : new String[]{"nominations", "eliminated", "approved", "eliminatedPercent", "eliminatedPublicNotice"}) {
            assertTrue(soap.body().contains("<" + field + ">" + rest.get(field).asText() + "</" + field + ">"), field + " in " + soap.body());
        }
        assertTrue(soap.body().contains("<eliminatedPercent>80.0</eliminatedPercent>"), soap.body());
        Api.Reply list = api.soap("GoodCadreService", NS, "<t:listResults><t:jurisdictionCode>" + COUNTY + "</t:jurisdictionCode><t:year>"
                + DEMO_YEAR + "</t:year></t:listResults>");
        assertEquals(200, list.status(), list.toString());
        assertEquals(20, list.body().split("<goodCadre>", -1).length - 1, list.body());
        Api.Reply refused = api.soap("GoodCadreService", NS, "<t:getFigures><t:jurisdictionCode>441481</t:jurisdictionCode><t:year>" + DEMO_YEAR
                + "</t:year></t:getFigures>");
        assertEquals(500, refused.status(), refused.toString());
        assertTrue(refused.body().contains("not-found") && refused.body().contains("441481"), refused.toString());

        Api.Reply pdf = api.get(BASE + "/documents/campaigns/" + demoCampaign + "/results");
        assertEquals(200, pdf.status(), pdf.toString());
        assertTrue(pdf.contentType().startsWith("application/pdf") && pdf.body().startsWith("%PDF"), pdf.contentType());
        assertProblem(api.get(BASE + "/documents/campaigns/999999999/results"), 404);

        assertEquals(404, api.as("xingning-operator").get(BASE + "/nominations/" + nominations[0]).status(),
                "another county's account does not see 武冈");
    }

    @Test
    @Order(9)
    void uninstallAndReinstallKeepEveryRecord() {
        String before = api.get(BASE + "/nominations/" + nominations[0]).body();
        String figures = api.get(BASE + "/campaigns/" + demoCampaign + "/figures").body();
        server.shell("feature:uninstall jiceng-county-wugang");
        server.shell("feature:uninstall jiceng-" + MODULE);
        assertTrue(assertProblem(api.get(BASE + "/campaigns"), 404).get("detail").asText().contains("not installed"));
        server.shell("feature:install jiceng-" + MODULE);
        server.waitFor("/api/v1" + BASE + "/nominations/" + nominations[0], Duration.ofSeconds(60));
        assertEquals(before, api.get(BASE + "/nominations/" + nominations[0]).body());
        assertEquals(figures, api.get(BASE + "/campaigns/" + demoCampaign + "/figures").body(), "the demo ran once: nothing was added");
    }

    // ---- helpers

    private static ObjectNode campaignBody(int year, String deadline, int quota) {
        return Api.object().put("year", year).put("title", "武冈市" + year + "年度好干部评选").put("nominationDeadline", deadline).put("quota", quota);
    }

    private static ObjectNode nomination(long memberId, String channel) {
        return Api.object().put("campaignId", campaign).put("channel", channel).put("memberId", memberId).put("nominator", "武冈市某局党组")
                .put("reason", "对照“五讲五好”标准，实绩突出").put("nominatedOn", year + "-03-01");
    }

    private static long version(int i) {
        return api.get(BASE + "/nominations/" + nominations[i]).json().get("version").asLong();
    }

    private static ObjectNode decision(String outcome, String reason, String on) {
        ObjectNode d = Api.object().put("outcome", outcome).put("decidedOn", on);
        if (reason != null) {
            d.put("reason", reason);
        }
        return d;
    }

    /** Decides nominee i's round on a day of this test's year ({@code monthDay} like "-04-10"), with the nomination's current version. */
    private static Api.Reply decide(int i, String round, String outcome, String reason, String monthDay) {
        return api.post(BASE + "/nominations/" + nominations[i] + "/rounds/" + round, decision(outcome, reason, year + monthDay).put("version",
                version(i)));
    }

    private static Api.Reply object(int i, String monthDay) {
        return api.post(BASE + "/nominations/" + nominations[i] + "/objections", Api.object().put("content", "反映其工作作风问题")
                .put("raisedOn", year + monthDay));
    }

    private static Api.Reply resolve(JsonNode objection, boolean upheld) {
        return api.put(BASE + "/objections/" + objection.get("id").asLong() + "/resolution", Api.object().put("upheld", upheld)
                .put("finding", upheld ? "经核查属实" : "经核查不属实").put("resolvedOn", year + "-06-16").put("version", objection.get("version").asLong()));
    }

    private static ObjectNode notice(String from, String to, long version) {
        return Api.object().put("from", year + from).put("to", year + to).put("version", version);
    }

    private static JsonNode ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    private static String keys(JsonNode steps) {
        StringBuilder s = new StringBuilder();
        steps.forEach(step -> s.append(s.length() == 0 ? "" : ",").append(step.get("key").asText()));
        return s.toString();
    }
}
