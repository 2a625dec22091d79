package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * 峡江's "three members" module over a year: installed at runtime and enabled for 峡江 only; the
 * demo reproduces last year's figures; this year is driven over REST — targets, an ineligible
 * candidate refused, dispatch, monthly supervision with one month overdue, the quarterly report
 * meeting, feedback rectified in the core engine, the year-end assessment, a star upgrade — and
 * read back over SOAP; another county gets 404; uninstall and reinstall keep every record.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThreeMembersIT {
    private static final String MODULE = "xiajiang-three-members";
    private static final String COUNTY = "360823";
    private static final String BASE = "/jurisdictions/" + COUNTY + "/" + MODULE;
    private static final String NS = "http://jiceng.org/soap/xiajiang-three-members";
    private static final int YEAR = LocalDate.now().getYear();
    private static final int DEMO_YEAR = YEAR - 1;
    private static final LocalDate START = YearMonth.now().minusMonths(3).atDay(1);

    private static JicengServer server;
    private static Api api;
    private static JsonNode commissionerTarget;
    private static JsonNode domainTarget;
    private static long commissioner;
    private static long supervisor;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    @Order(1)
    void installedAtRuntimeAndEnabledFor峡江Only() {
        assertProblem(api.get(BASE + "/dashboard"), 404);
        int refreshesBefore = server.logLines("Refreshing bundles").size();
        long t0 = System.nanoTime();
        server.shell("feature:install jiceng-county-xiajiang");
        server.waitFor("/api/v1/modules/" + MODULE, Duration.ofSeconds(60));
        System.out.printf("feature:install jiceng-county-xiajiang: module listed after %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        assertEquals(refreshesBefore, server.logLines("Refreshing bundles").size(), "installing the module refreshed bundles");
        JsonNode module = api.get("/modules/" + MODULE).json();
        assertEquals(COUNTY, module.get("originJurisdiction").asText());
        assertEquals("ACTIVE", module.get("bundleState").asText());
        assertTrue(assertProblem(api.get(BASE + "/dashboard"), 404).get("detail").asText().contains("not enabled"));
        assertEquals(201, api.put("/modules/" + MODULE + "/jurisdictions/" + COUNTY, "").status());
        server.waitFor("/api/v1" + BASE + "/dashboard", Duration.ofSeconds(30));

        JsonNode other = assertProblem(api.get("/jurisdictions/441481/" + MODULE + "/dashboard"), 404);
        assertTrue(other.get("detail").asText().contains("441481"), other.toString());
        assertProblem(api.get("/jurisdictions/110113/" + MODULE + "/targets"), 404);
    }

    @Test
    @Order(2)
    void demoReproducesTheSeedsYear() {
        JsonNode d = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            d = api.get(BASE + "/dashboard?year=" + DEMO_YEAR).json();
            if (d.get("assessed").asLong() == 92) {
                break;
            }
            JicengServer.sleep(1000);
        }
        System.out.println("峡江 demo year " + DEMO_YEAR + ": " + d);
        assertEquals(27, d.get("organBranches").asLong(), d.toString());
        assertEquals(50, d.get("twoNewOrganizations").asLong());
        assertEquals(7, d.get("domains").asLong());
        assertEquals(92, d.get("dispatched").asLong());
        assertEquals(27, d.get("commissioners").asLong());
        assertEquals(50, d.get("instructors").asLong());
        assertEquals(15, d.get("supervisors").asLong());
        assertEquals(54, d.get("nonLeading").asLong());
        assertEquals(77, d.get("branches").asLong());
        assertEquals(54, d.get("branchesUpgraded").asLong());
        assertEquals(0.7013, d.get("upgradedShare").asDouble(), 1e-9);
        assertEquals(13, d.get("sixGoods").asLong());
        assertEquals(30, d.get("problemsFound").asLong());
        assertEquals(26, d.get("problemsRectified").asLong());
        assertEquals(150, d.get("supervisionsHeld").asLong());
        assertEquals(0, d.get("supervisionsOverdue").asLong());
        assertEquals(4, d.get("reportMeetings").asLong());
        assertEquals(92, d.get("appointmentLetters").asLong());
        JsonNode fiveStars = api.get(BASE + "/targets?year=" + DEMO_YEAR + "&role=INSTRUCTOR&upgraded=true&size=500").json();
        boolean twoToFive = false;
        for (JsonNode t : fiveStars.get("items")) {
            twoToFive |= t.get("name").asText().contains("第六非公") && t.get("starsBefore").asInt() == 2 && t.get("starsAfter").asInt() == 5;
        }
        assertTrue(twoToFive, "the seed's joint branch went from two to five stars");

        JsonNode candidates = api.get(BASE + "/candidates?year=" + DEMO_YEAR + "&size=500").json().get("items");
        assertEquals(92, candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            assertEquals(i < 54, candidates.get(i).get("nonLeading").asBoolean(), "改非 cadres are listed first: " + candidates.get(i));
        }
        assertTrue(api.get(BASE + "/candidates/pool?year=" + YEAR).json().size() >= 54, "the 改非 cadres of the county are the pool");
        assertTrue(api.get("/openapi.json").json().get("paths").has("/jurisdictions/{code}/" + MODULE + "/dashboard"));
    }

    @Test
    @Order(3)
    void targetsAreDerivedFromTheRegistry() {
        JsonNode derived = api.post(BASE + "/targets/derive?year=" + YEAR, "").json();
        long weakOrgans = api.get("/organizations?jurisdiction=" + COUNTY + "&field=ORGAN&type=BRANCH&status=WEAK_LAX&size=1").json().get("total")
                .asLong()
                + api.get("/organizations?jurisdiction=" + COUNTY + "&field=ORGAN&type=BRANCH&status=BACKWARD&size=1").json().get("total").asLong();
        assertEquals(weakOrgans, derived.at("/targets/COMMISSIONER").asLong(), derived.toString());
        assertEquals(7, derived.at("/targets/SUPERVISOR").asLong());
        assertTrue(derived.at("/targets/INSTRUCTOR").asLong() > 0);
        assertEquals(0, api.post(BASE + "/targets/derive?year=" + YEAR, "").json().get("created").asInt(), "deriving twice adds nothing");

        commissionerTarget = api.get(BASE + "/targets?year=" + YEAR + "&role=COMMISSIONER&size=1").json().at("/items/0");
        String domain = commissionerTarget.get("domain").asText();
        domainTarget = api.get(BASE + "/targets?year=" + YEAR + "&role=SUPERVISOR&domain=" + domain).json().at("/items/0");
        assertEquals(domain, domainTarget.get("domain").asText());
        assertProblem(api.get(BASE + "/targets?role=NOBODY"), 400);
    }

    @Test
    @Order(4)
    void ineligibleCandidateIsRefusedAndEligibleOnesAreDispatched() {
        JsonNode people = api.get("/members?jurisdiction=" + COUNTY + "&stage=FULL&size=3&sort=-id").json().get("items");
        ObjectNode missingEvidence = candidate(people.get(0).get("id").asLong(), true);
        ((ObjectNode) missingEvidence.get("fitToWork")).remove("evidence");
        JsonNode bad = assertProblem(api.post(BASE + "/candidates", missingEvidence), 400);
        assertTrue(bad.toString().contains("fitToWork.evidence"), bad.toString());

        ObjectNode ineligible = candidate(people.get(0).get("id").asLong(), true);
        ineligible.set("soundConduct", Api.object().put("met", false).put("evidence", "群众反映作风问题"));
        long refusedCandidate = created(api.post(BASE + "/candidates", ineligible));
        JsonNode refused = assertProblem(
                api.post(BASE + "/dispatches", dispatch(refusedCandidate, commissionerTarget, "APPLICATION_WITH_RECOMMENDATION")), 422);
        assertEquals("eligibility-four-conditions", refused.get("rule").asText());
        assertTrue(refused.get("detail").asText().contains("soundConduct"), refused.toString());

        long c1 = created(api.post(BASE + "/candidates", candidate(people.get(1).get("id").asLong(), true)));
        long c2 = created(api.post(BASE + "/candidates", candidate(people.get(2).get("id").asLong(), false)));
        assertProblem(api.post(BASE + "/candidates", candidate(people.get(1).get("id").asLong(), true)), 409);
        // the module's candidates name a core member: the registry asks the module before deleting one
        JsonNode kept = assertProblem(api.delete("/members/" + people.get(1).get("id").asLong()), 409);
        assertTrue(kept.get("detail").asText().contains("1 three-members candidate(s)"), kept.toString());
        JsonNode channel = assertProblem(api.post(BASE + "/dispatches", dispatch(c1, commissionerTarget, "SOCIAL_RECRUITMENT")), 422);
        assertEquals("selection-channel", channel.get("rule").asText());

        Api.Reply d1 = api.post(BASE + "/dispatches", dispatch(c1, commissionerTarget, "APPLICATION_WITH_RECOMMENDATION"));
        assertEquals(201, d1.status(), d1.toString());
        commissioner = d1.json().get("id").asLong();
        assertEquals("COMMISSIONER", d1.json().get("role").asText());
        JsonNode assignment = api.get("/assignments?jurisdiction=" + COUNTY + "&module=" + MODULE + "&role=xiajiang-commissioner&activeOn="
                + LocalDate.now()).json();
        assertTrue(assignment.toString().contains("\"id\":" + d1.json().get("assignmentId").asLong()), "a core assignment: " + assignment);
        JsonNode staffed = assertProblem(api.post(BASE + "/dispatches", dispatch(c2, commissionerTarget, "APPLICATION_WITH_RECOMMENDATION")), 422);
        assertEquals("target-already-staffed", staffed.get("rule").asText());

        Api.Reply d2 = api.post(BASE + "/dispatches", dispatch(c2, domainTarget, "UNIFIED_DISPATCH"));
        assertEquals(201, d2.status(), d2.toString());
        supervisor = d2.json().get("id").asLong();

        JsonNode untrained = assertProblem(api.post(BASE + "/dispatches/" + supervisor + "/appointment",
                Api.object().put("version", d2.json().get("version").asLong())), 422);
        assertEquals("training-before-appointment", untrained.get("rule").asText());
        assertProblem(api.get(BASE + "/appointment-letters/" + supervisor), 404);
        JsonNode c2Read = api.get(BASE + "/candidates/" + c2).json();
        ObjectNode trained = candidate(people.get(2).get("id").asLong(), true).put("version", c2Read.get("version").asLong());
        Api.Reply afterTraining = api.put(BASE + "/candidates/" + c2, trained);
        assertEquals(200, afterTraining.status(), afterTraining.toString());
        assertProblem(api.put(BASE + "/candidates/" + c2, trained), 409);
        assertEquals(200,
                api.post(BASE + "/dispatches/" + supervisor + "/appointment", Api.object().put("version", d2.json().get("version").asLong()))
                        .status(),
                "the letter after the training");
        JsonNode staffedTarget = api.get(BASE + "/targets/" + commissionerTarget.get("id").asLong()).json();
        assertEquals("target-already-staffed", assertProblem(api.put(BASE + "/targets/" + staffedTarget.get("id").asLong(), Api.object()
                .put("withdrawn", true).put("version", staffedTarget.get("version").asLong())), 422).get("rule").asText());
        Api.Reply letter = api.post(BASE + "/dispatches/" + commissioner + "/appointment",
                Api.object().put("version", d1.json().get("version").asLong()));
        assertEquals(200, letter.status(), letter.toString());
        assertTrue(letter.json().get("appointmentNo").asText().startsWith("峡三员聘〔" + YEAR + "〕"), letter.toString());
        assertProblem(
                api.post(BASE + "/dispatches/" + commissioner + "/appointment", Api.object().put("version", letter.json().get("version").asLong())),
                409);
        Api.Reply pdf = api.get(BASE + "/appointment-letters/" + commissioner);
        assertEquals(200, pdf.status(), pdf.toString());
        assertTrue(pdf.contentType().startsWith("application/pdf") && pdf.body().startsWith("%PDF"), pdf.contentType());

        JsonNode list = api.get(BASE + "/candidates?year=" + YEAR).json();
        assertEquals(3, list.get("total").asLong());
        assertProblem(api.get("/jurisdictions/441481/" + MODULE + "/dispatches/" + commissioner), 404);
    }

    @Test
    @Order(5)
    void monthlySupervisionWithOneMonthOverdue() {
        YearMonth now = YearMonth.now();
        for (YearMonth m : new YearMonth[]{now.minusMonths(3), now.minusMonths(1)}) {
            ObjectNode s = Api.object().put("month", m.toString()).put("heldOn", m.atDay(1).toString()).put("findings", "督导组织生活制度落实");
            s.putArray("overseenDispatchIds").add(commissioner);
            Api.Reply r = api.post(BASE + "/dispatches/" + supervisor + "/supervisions", s);
            assertEquals(201, r.status(), r.toString());
        }
        ObjectNode twice = Api.object().put("month", now.minusMonths(1).toString()).put("heldOn", now.minusMonths(1).atDay(2).toString())
                .put("findings", "again");
        assertProblem(api.post(BASE + "/dispatches/" + supervisor + "/supervisions", twice), 409);
        ObjectNode byCommissioner = Api.object().put("month", now.minusMonths(2).toString()).put("heldOn", now.minusMonths(2).atDay(1).toString())
                .put("findings", "not mine");
        assertEquals("supervisor-only", assertProblem(api.post(BASE + "/dispatches/" + commissioner + "/supervisions", byCommissioner), 422)
                .get("rule").asText());

        JsonNode overdue = api.get(BASE + "/supervisions/overdue?year=" + YEAR + "&on=" + now.atDay(11)).json();
        assertEquals(1, overdue.size(), overdue.toString());
        assertEquals(now.minusMonths(2).toString(), overdue.get(0).get("month").asText());
        assertEquals(supervisor, overdue.get(0).get("dispatchId").asLong());
    }

    @Test
    @Order(6)
    void quarterlyReportMeetingFeedbackRectifiedAndDuties() {
        LocalDate today = LocalDate.now();
        ObjectNode meeting = Api.object().put("year", YEAR).put("quarter", (today.getMonthValue() - 1) / 3 + 1).put("heldOn", today.toString())
                .put("minutes", "各\"三员\"汇报本季度工作").put("decisions", "督促整改");
        meeting.putArray("attendeeDispatchIds").add(commissioner).add(supervisor);
        assertEquals(201, api.post(BASE + "/report-meetings", meeting).status());
        assertProblem(api.post(BASE + "/report-meetings", meeting), 409);

        Api.Reply fed = api.as("xiajiang-operator").post(BASE + "/dispatches/" + commissioner + "/feedback",
                Api.object().put("category", "组织生活").put("severity", "MEDIUM")
                        .put("description", "主题党日未按月开展").put("deadline", today.plusDays(30).toString()));
        assertEquals(201, fed.status(), fed.toString());
        long problem = fed.json().get("problemId").asLong();
        JsonNode p = api.get("/problems/" + problem).json();
        assertEquals("FEEDBACK", p.get("source").asText());
        assertEquals("xiajiang-operator", p.get("foundBy").asText(), "who gave the feedback is the authenticated caller");
        assertEquals("xiajiang-operator", fed.json().get("recordedBy").asText());
        JsonNode planned = api.post("/problems/" + problem + "/plan", Api.object().put("plan", "每月固定主题党日").put("responsible", "支部书记")
                .put("version", p.get("version").asLong())).json();
        Api.Reply rectified = api.post("/problems/" + problem + "/rectified", Api.object().put("completion", "已按月开展")
                .put("version", planned.get("version").asLong()));
        assertEquals(200, rectified.status(), rectified.toString());
        JsonNode feedback = api.get(BASE + "/feedback?year=" + YEAR).json();
        assertEquals(1, feedback.size());
        assertEquals("RECTIFIED", feedback.get(0).get("status").asText());

        JsonNode duties = api.get(BASE + "/duties/commissioner").json();
        ArrayNode answers = Api.JSON.createArrayNode();
        for (JsonNode c : duties.at("/aspects/0/criteria")) {
            answers.add(Api.object().put("criterionKey", c.get("key").asText()).put("met", true).put("evidence", "工作台账"));
        }
        ObjectNode review = Api.object();
        review.set("answers", answers);
        Api.Reply reviewed = api.post(BASE + "/dispatches/" + commissioner + "/duty-reviews", review);
        assertEquals(201, reviewed.status(), reviewed.toString());
        assertTrue(reviewed.json().get("passed").asBoolean());
    }

    @Test
    @Order(7)
    void yearEndAssessmentAndStarUpgrade() {
        ObjectNode body = Api.object();
        ArrayNode sheets = body.putArray("sheets");
        sheets.add(sheet(commissioner, 95, 92, 96));
        sheets.add(sheet(supervisor, 50, 55, 40));
        Api.Reply assessed = api.put(BASE + "/assessments/" + YEAR, body);
        assertEquals(200, assessed.status(), assessed.toString());
        assertEquals("COMMENDED", api.get(BASE + "/dispatches/" + commissioner).json().get("outcome").asText());
        assertEquals("CRITICIZED", api.get(BASE + "/dispatches/" + supervisor).json().get("outcome").asText());

        JsonNode target = api.get(BASE + "/targets/" + commissionerTarget.get("id").asLong()).json();
        int before = target.get("starsBefore").asInt();
        JsonNode rated = api.put(BASE + "/targets/" + target.get("id").asLong() + "/rating", Api.object().put("starsAfter", before + 1)
                .put("version", target.get("version").asLong())).json();
        assertTrue(rated.get("upgraded").asBoolean(), rated.toString());
        assertEquals(before + 1, api.get("/organizations/" + target.get("organizationId").asLong()).json().get("starRating").asInt(),
                "the registry's star rating follows");
        assertProblem(api.put(BASE + "/targets/" + target.get("id").asLong() + "/rating", Api.object().put("starsAfter", 6)
                .put("version", rated.get("version").asLong())), 400);
    }

    @Test
    @Order(8)
    void dashboardOverSoapAndShell() {
        JsonNode rest = api.get(BASE + "/dashboard?year=" + YEAR).json();
        assertEquals(2, rest.get("dispatched").asLong(), rest.toString());
        Api.Reply soap = api.soap("ThreeMembersService", NS, "<t:getDashboard><t:jurisdictionCode>" + COUNTY + "</t:jurisdictionCode><t:year>" + YEAR
                + "</t:year></t:getDashboard>");
        assertEquals(200, soap.status(), soap.toString());
        String xml = soap.body();
        for (String field : new String[]{"dispatched", "commissioners", "supervisors", "nonLeading", "branchesUpgraded", "sixGoods",
                "problemsFound", "problemsRectified", "supervisionsOverdue", "commended", "criticized"}) {
            assertTrue(xml.contains("<" + field + ">" + rest.get(field).asText() + "</" + field + ">"), field + " in " + xml);
        }
        assertTrue(xml.contains("<dispatched>2</dispatched>") && xml.contains("<branchesUpgraded>1</branchesUpgraded>")
                && xml.contains("<problemsFound>1</problemsFound>") && xml.contains("<problemsRectified>1</problemsRectified>")
                && xml.contains("<supervisionsOverdue>1</supervisionsOverdue>") && xml.contains("<commended>1</commended>"), xml);
        Api.Reply list = api.soap("ThreeMembersService", NS, "<t:listDispatches><t:jurisdictionCode>" + COUNTY + "</t:jurisdictionCode><t:year>"
                + DEMO_YEAR + "</t:year></t:listDispatches>");
        assertEquals(92, list.body().split("<dispatch>", -1).length - 1, list.toString());
        Api.Reply reporting = api.as("xiajiang-reporting").soap("ThreeMembersService", NS, "<t:getDashboard><t:jurisdictionCode>" + COUNTY
                + "</t:jurisdictionCode><t:year>" + YEAR + "</t:year></t:getDashboard>");
        assertEquals(200, reporting.status(), "the county office's reporting system: " + reporting);
        assertTrue(reporting.body().contains("<dispatched>2</dispatched>"), reporting.toString());
        assertEquals(404, api.as("xingning-operator").get(BASE + "/dashboard").status(), "another county's account does not see 峡江");
        assertEquals(403, api.as("xiajiang-viewer").post(BASE + "/report-meetings", Api.object().put("year", YEAR)).status(),
                "a viewer does not write");
        // The module's operations no longer check enablement: the core's SOAP whiteboard gates them, with the REST gate's own refusal.
        java.util.List<String> published = server.logLines("SOAP endpoint /ThreeMembersService published");
        assertFalse(published.isEmpty());
        assertTrue(published.stream().allMatch(l -> l.contains("gated for module " + MODULE)), published.toString());
        String restRefusal = api.get("/jurisdictions/441481/" + MODULE + "/dashboard").json().get("detail").asText();
        Api.Reply refused = api.soap("ThreeMembersService", NS, "<t:getDashboard><t:jurisdictionCode>441481</t:jurisdictionCode></t:getDashboard>");
        assertEquals(500, refused.status(), refused.toString());
        assertTrue(refused.body().contains("Client") && refused.body().contains(restRefusal) && refused.body().contains("not-found")
                && refused.body().contains(">404<"), refused.toString());
        Api.Reply noJurisdiction = api.soap("ThreeMembersService", NS, "<t:listDispatches><t:year>" + DEMO_YEAR + "</t:year></t:listDispatches>");
        assertTrue(noJurisdiction.body().contains("Client") && noJurisdiction.body().contains("not enabled")
                && !noJurisdiction.body().contains("<dispatch>"),
                "an operation without a jurisdiction is refused, not let through: " + noJurisdiction);

        String shell = server.shell("xiajiang:dashboard " + COUNTY + " " + DEMO_YEAR);
        assertTrue(shell.contains("dispatched       92") && shell.contains("54 of 77 branches (70.1%)"), shell);
    }

    @Test
    @Order(9)
    void overdueSupervisionInTheInboxAndARecall() {
        JsonNode inbox = api.get("/inbox?jurisdiction=" + COUNTY + "&withinDays=30").json();
        assertTrue(
                inbox.toString().contains("\"kind\":\"monthly-supervision\"")
                        && inbox.toString().contains(supervisor + "/" + YearMonth.now().minusMonths(2)),
                inbox.toString());
        assertFalse(api.get("/inbox?jurisdiction=441481&withinDays=30").body().contains(MODULE));

        long version = api.get(BASE + "/dispatches/" + supervisor).json().get("version").asLong();
        JsonNode noReason = assertProblem(api.post(BASE + "/dispatches/" + supervisor + "/end", Api.object().put("status", "RECALLED")
                .put("endDate", LocalDate.now().toString()).put("version", version)), 400);
        assertTrue(noReason.toString().contains("reason"), noReason.toString());
        Api.Reply recalled = api.post(BASE + "/dispatches/" + supervisor + "/end", Api.object().put("status", "RECALLED")
                .put("endDate", LocalDate.now().toString()).put("reason", "年终考核不称职，予以召回").put("version", version));
        assertEquals(200, recalled.status(), recalled.toString());
        assertEquals("RECALLED", recalled.json().get("status").asText());
        JsonNode assignments = api.get("/assignments?jurisdiction=" + COUNTY + "&module=" + MODULE + "&role=xiajiang-supervisor&status=RECALLED")
                .json();
        assertTrue(assignments.toString().contains("\"id\":" + recalled.json().get("assignmentId").asLong()), assignments.toString());
        assertEquals(0, api.get(BASE + "/supervisions/overdue?year=" + YEAR).json().size(), "a recalled supervisor owes nothing more");
        assertProblem(api.post(BASE + "/dispatches/" + supervisor + "/end", Api.object().put("status", "ENDED")
                .put("endDate", LocalDate.now().toString()).put("version", recalled.json().get("version").asLong())), 409);
    }

    @Test
    @Order(10)
    void uninstallAndReinstallKeepEveryRecord() {
        String before = api.get(BASE + "/dispatches/" + commissioner).body();
        String demoBefore = api.get(BASE + "/dashboard?year=" + DEMO_YEAR).body();
        server.shell("feature:uninstall jiceng-county-xiajiang");
        assertTrue(assertProblem(api.get(BASE + "/dashboard"), 404).get("detail").asText().contains("not installed"));
        assertEquals(200, api.get("/health").status());
        server.shell("feature:install jiceng-xiajiang-three-members");
        server.waitFor("/api/v1" + BASE + "/dispatches/" + commissioner, Duration.ofSeconds(60));
        assertEquals(before, api.get(BASE + "/dispatches/" + commissioner).body());
        assertEquals(demoBefore, api.get(BASE + "/dashboard?year=" + DEMO_YEAR).body());
        assertEquals(1, api.get(BASE + "/feedback?year=" + YEAR).json().size());
        assertEquals(2, api.get(BASE + "/supervisions?year=" + YEAR).json().size());
        assertFalse(api.get(BASE + "/report-meetings?year=" + YEAR).json().isEmpty());
    }

    private static ObjectNode candidate(long memberId, boolean trained) {
        ObjectNode c = Api.object().put("year", YEAR).put("memberId", memberId);
        c.set("fullMember", Api.object().put("met", true).put("evidence", "党籍档案"));
        c.set("partyExperience", Api.object().put("met", true).put("evidence", "曾任支部书记"));
        c.set("soundConduct", Api.object().put("met", true).put("evidence", "组织考察"));
        c.set("fitToWork", Api.object().put("met", true).put("evidence", "体检报告"));
        c.put("personConsultedOn", START.toString()).put("personOpinion", "同意").put("unitConsultedOn", START.toString()).put("unitOpinion", "同意");
        if (trained) {
            c.put("trainingCompletedOn", START.toString()).put("trainingPassed", true);
        }
        return c;
    }

    private static ObjectNode dispatch(long candidateId, JsonNode target, String channel) {
        return Api.object().put("candidateId", candidateId).put("targetId", target.get("id").asLong()).put("channel", channel)
                .put("startDate", START.toString());
    }

    private static ObjectNode sheet(long dispatchId, double onPost, double work, double results) {
        ObjectNode s = Api.object().put("dispatchId", dispatchId);
        s.set("values", Api.object().put("on-post", onPost).put("work", work).put("results", results));
        return s;
    }

    private static long created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().get("id").asLong();
    }
}
