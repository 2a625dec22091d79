package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * 兴宁's town Party congress annual session and joint meetings, installed into the running server
 * and enabled for 兴宁 only: a full session over REST (quorum refused below 4/5, a by-election with
 * one candidate elected and others not, evaluation aggregated, proposals filed → handled → reported
 * the next year, the days of records entered after the fact stated or refused), a Party–masses
 * meeting through its six steps with a refused skip, statistics over SOAP (the seed's 2017: 17
 * towns, 2005 delegates, 51 proposals), other counties refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TownCongressIT {
    private static final String MODULE = "xingning-town-congress";
    private static final String FEATURE = "jiceng-" + MODULE;
    private static final String BASE = "/jurisdictions/441481/" + MODULE;
    private static final String NS = "http://jiceng.org/soap/xingning-town-congress";
    private static final int YEAR = LocalDate.now().getYear() - 1;

    private static JicengServer server;
    private static Api api;
    private static String town;
    private static final List<Long> delegates = new ArrayList<>();
    private static long sessionId;
    private static long electionId;
    private static long handledProposal;
    private static long openProposal;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    @Order(1)
    void installedAtRuntimeAndEnabledForXingningOnly() {
        int refreshesBefore = server.logLines("Refreshing bundles").size();
        long t0 = System.nanoTime();
        server.shell("feature:install " + FEATURE);
        server.waitFor("/api/v1/modules/" + MODULE, Duration.ofSeconds(60));
        System.out.printf("feature:install %s: first 200 after %d ms%n", FEATURE, (System.nanoTime() - t0) / 1_000_000);
        assertEquals(refreshesBefore, server.logLines("Refreshing bundles").size(), "installing the module refreshed bundles");
        assertEquals("镇党代会年会制和联席会议", api.get("/modules/" + MODULE).json().get("nameZh").asText());
        assertProblem(api.get(BASE + "/sessions"), 404);
        assertEquals(201, api.put("/modules/" + MODULE + "/jurisdictions/441481", "").status());
        server.waitFor("/api/v1" + BASE + "/sessions", Duration.ofSeconds(30));
        for (String other : new String[]{"360823", "110113"}) {
            JsonNode p = assertProblem(api.get("/jurisdictions/" + other + "/" + MODULE + "/sessions"), 404);
            assertTrue(p.get("detail").asText().contains(MODULE), p.toString());
        }
        town = api.get("/jurisdictions/441481/subtree?level=TOWNSHIP&size=1&sort=code").json().at("/items/0/code").asText();
        JsonNode paths = api.get("/openapi.json").json().get("paths");
        assertTrue(paths.has("/jurisdictions/{code}/" + MODULE + "/sessions/{id}/attendance")
                && paths.has("/jurisdictions/{code}/" + MODULE + "/joint-meetings/{id}/steps/{stepKey}"), "the OpenAPI document shows the module");
    }

    @Test
    @Order(2)
    void delegatesForTheTermWithAReplacement() {
        JsonNode members = api.get("/members?jurisdiction=" + town + "&size=3&sort=id").json().get("items");
        for (int i = 0; i < 10; i++) {
            ObjectNode d = Api.object().put("townCode", town).put("constituency", i < 5 ? "第一代表组" : "第二代表组").put("termStart", YEAR)
                    .put("termEnd", YEAR + 4);
            if (i < members.size()) {
                d.put("memberId", members.get(i).get("id").asLong());
            } else {
                d.put("name", "代表" + i);
            }
            Api.Reply r = api.post(BASE + "/delegates", d);
            assertEquals(201, r.status(), r.toString());
            delegates.add(r.json().get("id").asLong());
        }
        assertEquals(members.get(0).get("name").asText(), api.get(BASE + "/delegates/" + delegates.get(0)).json().get("name").asText());
        long elsewhere = api.get("/members?jurisdiction=360823&size=1").json().at("/items/0/id").asLong();
        JsonNode bad = assertProblem(api.post(BASE + "/delegates", Api.object().put("townCode", town).put("memberId", elsewhere)
                .put("constituency", "x").put("termStart", YEAR).put("termEnd", YEAR + 9)), 400);
        assertTrue(bad.toString().contains("memberId") && bad.toString().contains("termEnd"), bad.toString());
        assertProblem(api.post(BASE + "/delegates", Api.object().put("townCode", "441481").put("name", "x").put("constituency", "x")
                .put("termStart", YEAR).put("termEnd", YEAR)), 400);

        JsonNode leaving = api.get(BASE + "/delegates/" + delegates.get(9)).json();
        Api.Reply replaced = api.post(BASE + "/delegates/" + delegates.get(9) + "/change",
                Api.object().put("reason", "调离本镇").put("on", YEAR + "-02-01")
                        .put("version", leaving.get("version").asLong())
                        .set("replacement", Api.object().put("name", "补选代表").put("constituency", "第二代表组")));
        assertEquals(201, replaced.status(), replaced.toString());
        assertEquals(delegates.get(9).longValue(), replaced.json().get("replacesId").asLong());
        assertEquals("REPLACED", api.get(BASE + "/delegates/" + delegates.get(9)).json().get("status").asText());
        delegates.set(9, replaced.json().get("id").asLong());
        assertEquals(10, api.get(BASE + "/delegates?town=" + town + "&year=" + YEAR + "&status=ACTIVE").json().get("total").asInt());
    }

    @Test
    @Order(3)
    void sessionIsConvenedWithCredentialsAndQuorumIsRefusedAtFourFifths() {
        ObjectNode s = Api.object().put("townCode", town).put("year", YEAR).put("convenedOn", YEAR + "-03-10").put("days", 1.5)
                .put("venue", "镇政府大会堂").put("peopleCongressOn", YEAR + "-03-11");
        assertEquals("before-people-congress", assertProblem(api.post(BASE + "/sessions", s), 422).get("rule").asText());
        assertProblem(api.post(BASE + "/sessions", s.deepCopy().put("days", 2).put("peopleCongressOn", YEAR + "-03-20")), 400);
        assertProblem(api.post(BASE + "/sessions", s.deepCopy().put("peopleCongressOn", YEAR + "-03-20").put("chair", "x")), 400);
        Api.Reply created = api.post(BASE + "/sessions", s.put("peopleCongressOn", YEAR + "-03-20"));
        assertEquals(201, created.status(), created.toString());
        JsonNode session = created.json();
        sessionId = session.get("id").asLong();
        assertEquals(10, session.get("delegatesTotal").asInt());
        assertEquals(9, session.get("quorumMinimum").asInt());
        assertEquals(5, session.get("agenda").size());
        assertEquals("COMMITTEE_WORK_REPORT", session.at("/agenda/0/type").asText());
        assertProblem(api.post(BASE + "/sessions", s), 409);
        JsonNode credentials = api.get(BASE + "/sessions/" + sessionId + "/credentials").json();
        assertEquals(10, credentials.size());
        assertEquals(town + "-" + YEAR + "-001", credentials.get(0).get("credentialNo").asText());

        assertEquals("session-state", assertProblem(api.post(BASE + "/sessions/" + sessionId + "/elections", byElection(2, "甲", "乙", "丙")), 422)
                .get("rule").asText());
        JsonNode missingReason = assertProblem(api.put(BASE + "/sessions/" + sessionId + "/attendance", roll(session, 8, false)), 400);
        assertTrue(missingReason.toString().contains("entries[8].absenceReason"), missingReason.toString());
        ObjectNode partial = roll(session, 8, true);
        ((ArrayNode) partial.get("entries")).remove(0);
        assertProblem(api.put(BASE + "/sessions/" + sessionId + "/attendance", partial), 400);
        session = api.put(BASE + "/sessions/" + sessionId + "/attendance", roll(session, 8, true)).json();
        assertEquals("IN_SESSION", session.get("status").asText());
        assertEquals(8, session.get("presentCount").asInt());
        assertFalse(session.get("quorumReached").asBoolean());
        JsonNode refused = assertProblem(api.post(BASE + "/sessions/" + sessionId + "/elections", byElection(2, "甲", "乙", "丙")), 422);
        assertEquals("election-quorum", refused.get("rule").asText());
        assertTrue(refused.get("detail").asText().contains("8 of 10"), refused.toString());

        session = api.put(BASE + "/sessions/" + sessionId + "/attendance", roll(session, 9, true)).json();
        assertTrue(session.get("quorumReached").asBoolean(), session.toString());
    }

    @Test
    @Order(4)
    void byElectionElectsOneCandidateAndNotTheOthers() {
        assertEquals("competitive-election", assertProblem(api.post(BASE + "/sessions/" + sessionId + "/elections", byElection(2, "甲", "乙")), 422)
                .get("rule").asText());
        Api.Reply created = api.post(BASE + "/sessions/" + sessionId + "/elections", byElection(2, "张明", "李华", "王强"));
        assertEquals(201, created.status(), created.toString());
        JsonNode e = created.json();
        electionId = e.get("id").asLong();
        JsonNode c = e.get("candidates");
        ObjectNode count = Api.object().put("ballotsReturned", 10).put("invalidBallots", 0).put("minutes", "监票人: 代表5、代表6")
                .put("version", e.get("version").asLong());
        ArrayNode votes = count.putArray("votes");
        votes.add(Api.object().put("candidateId", c.get(0).get("id").asLong()).put("votes", 8));
        votes.add(Api.object().put("candidateId", c.get(1).get("id").asLong()).put("votes", 4));
        votes.add(Api.object().put("candidateId", c.get(2).get("id").asLong()).put("votes", 3));
        assertEquals("ballots-returned", assertProblem(api.post(BASE + "/elections/" + electionId + "/count", count), 422).get("rule").asText());
        count.put("ballotsReturned", 9);
        Api.Reply counted = api.post(BASE + "/elections/" + electionId + "/count", count);
        assertEquals(200, counted.status(), counted.toString());
        JsonNode r = counted.json();
        assertEquals("COUNTED", r.get("status").asText());
        assertEquals(5, r.get("majority").asInt(), "more than half of 9 present");
        assertEquals("ELECTED", r.at("/candidates/0/outcome").asText());
        assertEquals("BELOW_MAJORITY", r.at("/candidates/1/outcome").asText());
        assertEquals("BELOW_MAJORITY", r.at("/candidates/2/outcome").asText());
        assertEquals(1, r.get("seatsFilled").asInt());
        assertEquals(1, r.get("seatsUnfilled").asInt());
        assertProblem(api.post(BASE + "/elections/" + electionId + "/count", count.put("version", r.get("version").asLong())), 409);
        JsonNode session = api.get(BASE + "/sessions/" + sessionId).json();
        JsonNode item = session.get("agenda").get(5);
        assertEquals("BY_ELECTION", item.get("type").asText());
        assertEquals("DONE", item.get("status").asText());
        assertTrue(item.get("outcome").asText().contains("张明") && item.get("outcome").asText().contains("空缺 1"), item.toString());
        assertProblem(api.put(BASE + "/sessions/" + sessionId + "/attendance", roll(session, 10, true)), 422);
    }

    @Test
    @Order(5)
    void reportsAreAdoptedAndTheEvaluationIsAggregated() {
        JsonNode session = api.get(BASE + "/sessions/" + sessionId).json();
        JsonNode report = session.at("/agenda/0");
        assertProblem(api.put(BASE + "/sessions/" + sessionId + "/agenda/" + report.get("id").asLong(), Api.object().put("outcome", "通过")
                .put("votesFor", 9).put("votesAgainst", 1).put("version", report.get("version").asLong())), 400);
        JsonNode done = api.put(BASE + "/sessions/" + sessionId + "/agenda/" + report.get("id").asLong(), Api.object().put("outcome", "审查通过镇党委工作报告")
                .put("votesFor", 8).put("votesAgainst", 1).put("version", report.get("version").asLong())).json();
        assertTrue(done.get("adopted").asBoolean(), done.toString());
        JsonNode discipline = session.at("/agenda/1");
        JsonNode rejected = api.put(BASE + "/sessions/" + sessionId + "/agenda/" + discipline.get("id").asLong(), Api.object().put("outcome", "未获通过")
                .put("votesFor", 4).put("votesAgainst", 5).put("version", discipline.get("version").asLong())).json();
        assertFalse(rejected.get("adopted").asBoolean(), "4 of 9 is not more than half");
        Api.Reply decision = api.post(BASE + "/sessions/" + sessionId + "/agenda",
                Api.object().put("type", "MAJOR_DECISION").put("title", "讨论决定镇区垃圾处理场选址"));
        assertEquals(201, decision.status(), decision.toString());

        String[][] ballots = {{"SATISFIED", "SATISFIED", "DISSATISFIED"}, {"SATISFIED", "BASICALLY_SATISFIED", "SATISFIED"},
                {"BASICALLY_SATISFIED", "SATISFIED", "DISSATISFIED"}};
        for (int i = 0; i < ballots.length; i++) {
            Api.Reply r = api.post(BASE + "/sessions/" + sessionId + "/evaluation-ballots", ballot(delegates.get(i), ballots[i]));
            assertEquals(201, r.status(), r.toString());
        }
        assertProblem(api.post(BASE + "/sessions/" + sessionId + "/evaluation-ballots", ballot(delegates.get(0), ballots[0])), 409);
        assertEquals("delegate-present", assertProblem(api.post(BASE + "/sessions/" + sessionId + "/evaluation-ballots",
                ballot(delegates.get(9), ballots[0])), 422).get("rule").asText());
        JsonNode evaluation = api.get(BASE + "/sessions/" + sessionId + "/evaluation").json();
        assertEquals(3, evaluation.get("ballots").asInt());
        JsonNode committee = evaluation.at("/results/0");
        assertEquals("PARTY_COMMITTEE", committee.get("subjectType").asText());
        assertEquals(2, committee.get("satisfied").asInt());
        assertEquals(1, committee.get("basicallySatisfied").asInt());
        assertEquals("1.0", committee.get("satisfactionRate").asText().substring(0, 3));
        JsonNode member = evaluation.at("/results/2");
        assertEquals("COMMITTEE_MEMBER", member.get("subjectType").asText());
        assertEquals(2, member.get("dissatisfied").asInt());
        assertEquals(0.3333, member.get("satisfactionRate").asDouble(), 0.00001);
    }

    @Test
    @Order(6)
    void proposalsAreFiledAcceptedAssignedHandledAndAnswered() {
        assertRefused(api.post(BASE + "/sessions/" + sessionId + "/proposals", Api.object().put("title", "x").put("content", "y")
                .put("leadDelegateId", delegates.get(0)).put("filedOn", YEAR + "-03-09")), "filedOn");
        // Entered after the session from its paper record: filed on the session's first day.
        Api.Reply p1 = api.as("xingning-operator").post(BASE + "/sessions/" + sessionId + "/proposals",
                Api.object().put("title", "关于硬化村道的提案").put("content", "建议硬化通村道路")
                        .put("leadDelegateId", delegates.get(0)).put("filedOn", YEAR + "-03-10")
                        .set("cosigners", Api.JSON.valueToTree(List.of(delegates.get(1), delegates.get(2)))));
        assertEquals(201, p1.status(), p1.toString());
        assertEquals(YEAR + "-03-10", p1.json().get("filedOn").asText());
        handledProposal = p1.json().get("id").asLong();
        assertEquals("xingning-operator", p1.json().get("filedBy").asText(), "who filed is the authenticated caller, not the body");
        assertEquals(403, api.as("xingning-viewer").post(BASE + "/sessions/" + sessionId + "/proposals", Api.object().put("title", "x")
                .put("content", "y").put("leadDelegateId", delegates.get(0))).status());
        JsonNode p2 = api.post(BASE + "/sessions/" + sessionId + "/proposals", Api.object().put("title", "关于增设路灯的建议").put("content", "建议在圩镇增设路灯")
                .put("leadDelegateId", delegates.get(3))).json();
        openProposal = p2.get("id").asLong();
        assertProblem(api.post(BASE + "/sessions/" + sessionId + "/proposals", Api.object().put("title", "x").put("content", "y")
                .put("leadDelegateId", 1)), 400);

        assertEquals("proposal-signers", assertProblem(api.post(BASE + "/proposals/" + openProposal + "/accept", Api.object().put("kind", "PROPOSAL")
                .put("version", p2.get("version").asLong())), 422).get("rule").asText());
        JsonNode opinion = api.post(BASE + "/proposals/" + openProposal + "/accept", Api.object().put("kind", "OPINION")
                .put("version", p2.get("version").asLong())).json();
        assertEquals("OPINION", opinion.get("kind").asText());
        assertEquals("proposal-step-order", assertProblem(api.post(BASE + "/proposals/" + openProposal + "/reply", Api.object().put("reply", "x")
                .put("satisfaction", "SATISFIED").put("version", opinion.get("version").asLong())), 422).get("rule").asText());
        String deadline = LocalDate.now().plusMonths(3).toString();
        JsonNode assignedOpen = api.post(BASE + "/proposals/" + openProposal + "/assign", Api.object().put("handlingUnit", "镇规划建设办")
                .put("deadline", deadline).put("version", opinion.get("version").asLong())).json();
        assertEquals("ASSIGNED", assignedOpen.get("status").asText(), assignedOpen.toString());

        JsonNode p = api.post(BASE + "/proposals/" + handledProposal + "/accept", Api.object().put("kind", "PROPOSAL")
                .put("version", p1.json().get("version").asLong())).json();
        ObjectNode assignment = Api.object().put("handlingUnit", "镇农业办").put("assignedOn", YEAR + "-03-20").put("version", p.get("version").asLong());
        assertRefused(api.post(BASE + "/proposals/" + handledProposal + "/assign", assignment.deepCopy().put("deadline", YEAR + "-03-19")),
                "deadline");
        p = api.post(BASE + "/proposals/" + handledProposal + "/assign", assignment.put("deadline", deadline)).json();
        long problemId = p.get("problemId").asLong();
        JsonNode problem = api.get("/problems/" + problemId).json();
        assertEquals("PLAN_FILED", problem.get("status").asText());
        assertEquals(YEAR + "-03-20", problem.get("foundOn").asText(), "the problems engine tracks the proposal from the stated assignment day");
        assertEquals(town, problem.get("jurisdictionCode").asText());
        assertEquals(deadline, problem.get("deadline").asText());
        p = api.post(BASE + "/proposals/" + handledProposal + "/handle", Api.object().put("result", "已纳入年度计划并完工")
                .put("version", p.get("version").asLong())).json();
        assertEquals("HANDLED", p.get("status").asText(), p.toString());
        assertProblem(api.post(BASE + "/proposals/" + handledProposal + "/reply", Api.object().put("reply", "已答复")
                .put("satisfaction", "SATISFIED").put("version", 0)), 409);
        p = api.post(BASE + "/proposals/" + handledProposal + "/reply", Api.object().put("reply", "书面答复代表").put("satisfaction", "SATISFIED")
                .put("version", p.get("version").asLong())).json();
        assertEquals("REPLIED", p.get("status").asText(), p.toString());
        assertEquals("VERIFIED", api.get("/problems/" + problemId).json().get("status").asText());
        assertEquals(2, api.get(BASE + "/proposals?sessionId=" + sessionId).json().get("total").asInt());
    }

    @Test
    @Order(7)
    void sessionClosesOnlyWithEverythingDone() {
        assertEquals("session-incomplete", assertProblem(api.post(BASE + "/sessions/" + sessionId + "/close",
                Api.object().put("version", api.get(BASE + "/sessions/" + sessionId).json().get("version").asLong())), 422).get("rule").asText());
        for (JsonNode item : api.get(BASE + "/sessions/" + sessionId).json().get("agenda")) {
            if (item.get("status").asText().equals("PENDING")) {
                Api.Reply r = api.put(BASE + "/sessions/" + sessionId + "/agenda/" + item.get("id").asLong(), Api.object().put("outcome", "完成")
                        .put("version", item.get("version").asLong()));
                assertEquals(200, r.status(), r.toString());
            }
        }
        JsonNode s = api.get(BASE + "/sessions/" + sessionId).json();
        assertRefused(api.post(BASE + "/sessions/" + sessionId + "/close", Api.object().put("version", s.get("version").asLong())
                .put("closedOn", YEAR + "-03-10")), "closedOn");
        JsonNode closed = api.post(BASE + "/sessions/" + sessionId + "/close", Api.object().put("version", s.get("version").asLong())).json();
        assertEquals("CLOSED", closed.get("status").asText(), closed.toString());
        assertProblem(api.post(BASE + "/sessions/" + sessionId + "/agenda", Api.object().put("type", "MAJOR_DECISION").put("title", "x")), 409);
    }

    @Test
    @Order(8)
    void nextYearsSessionHearsTheHandlingReportWithTheUnfinishedCarriedOver() {
        ObjectNode nextSession = Api.object().put("townCode", town).put("year", YEAR + 1).put("convenedOn", (YEAR + 1) + "-01-15").put("days", 1);
        assertRefused(api.post(BASE + "/sessions", nextSession.deepCopy().put("noticeIssuedOn", (YEAR + 1) + "-01-16")), "noticeIssuedOn");
        Api.Reply next = api.post(BASE + "/sessions", nextSession.put("noticeIssuedOn", YEAR + "-12-20"));
        assertEquals(201, next.status(), next.toString());
        assertEquals(YEAR + "-12-20", next.json().get("noticeIssuedOn").asText());
        JsonNode report = api.get(BASE + "/sessions/" + next.json().get("id").asLong() + "/handling-report").json();
        assertEquals(2, report.get("total").asInt(), report.toString());
        assertEquals(1, report.get("replied").asInt());
        assertEquals(1, report.get("satisfied").asInt());
        assertEquals(1, report.get("carriedOver").asInt());
        for (JsonNode line : report.get("proposals")) {
            long id = line.at("/proposal/id").asLong();
            assertEquals(id == openProposal, line.get("carriedOver").asBoolean(), line.toString());
        }
    }

    @Test
    @Order(9)
    void partyMassesMeetingRunsTheSixStepsAndRefusesASkip() {
        String village = api.get("/jurisdictions/" + town + "/subtree?level=VILLAGE&size=1&sort=code").json().at("/items/0/code").asText();
        ObjectNode meeting = Api.object().put("jurisdictionCode", village).put("kind", "PARTY_MASSES").put("heldOn", LocalDate.now().toString())
                .put("topic", "村集体土地流转").put("convener", "村党支部书记");
        meeting.putObject("attendees").put("PARTY_MEMBERS", 23).put("COLLECTIVE_ECONOMY_REPRESENTATIVES", 6).put("SUPERVISION_COMMITTEE", 3);
        JsonNode missing = assertProblem(api.post(BASE + "/joint-meetings", meeting), 400);
        assertTrue(missing.toString().contains("attendees.RESIDENT_REPRESENTATIVES"), missing.toString());
        ((ObjectNode) meeting.get("attendees")).put("RESIDENT_REPRESENTATIVES", 15).put("PARTY_ORGANIZATION_LEADERSHIP", 3);
        assertProblem(api.post(BASE + "/joint-meetings", meeting), 400);
        ((ObjectNode) meeting.get("attendees")).remove("PARTY_ORGANIZATION_LEADERSHIP");
        assertProblem(api.post(BASE + "/joint-meetings", meeting.deepCopy().put("jurisdictionCode", town)), 400);
        Api.Reply created = api.post(BASE + "/joint-meetings", meeting);
        assertEquals(201, created.status(), created.toString());
        JsonNode m = created.json();
        long id = m.get("id").asLong();
        assertEquals(47, m.get("attendeesTotal").asInt());
        assertEquals("xingning-party-masses-joint-meeting", m.at("/procedure/definitionKey").asText());
        assertEquals("proposal", m.at("/procedure/currentStepKey").asText());

        m = step(m, "proposal", "party-branch", "党支部提议村集体土地流转");
        m = step(m, "deliberation", "village-leadership", "两委班子商议同意提交会议");
        JsonNode skip = assertProblem(api.post(BASE + "/joint-meetings/" + id + "/steps/resolution", Api.object().put("role", "joint-meeting")
                .put("record", "跳过审议").put("version", m.at("/procedure/version").asLong())), 422);
        assertEquals("step-order", skip.get("rule").asText());
        m = step(m, "review", "joint-meeting", "党群联席会议审议");
        m = step(m, "resolution", "joint-meeting", "表决通过流转方案");
        m = step(m, "resolution-published", "village-committee", "决议在村务公开栏公示");
        m = step(m, "results-published", "village-committee", "实施结果公开");
        assertEquals("COMPLETED", m.at("/procedure/status").asText(), m.toString());
        assertEquals(6, m.at("/procedure/steps").size());

        JsonNode overdue = api.get("/jurisdictions/" + town + "/" + MODULE + "/joint-meetings/overdue?kind=PARTY_MASSES").json();
        assertFalse(overdue.toString().contains("\"" + village + "\""), "the village just met");
        assertTrue(overdue.size() > 0, "villages that did not meet this quarter are flagged");
        int villages = api.get("/jurisdictions/441481/subtree?level=VILLAGE&size=1").json().get("total").asInt();
        JsonNode leadership = api.get(BASE + "/joint-meetings/overdue?kind=LEADERSHIP").json();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (leadership.size() == villages && System.nanoTime() < deadline) {
            JicengServer.sleep(500); // the demo data loads beside the install
            leadership = api.get(BASE + "/joint-meetings/overdue?kind=LEADERSHIP").json();
        }
        assertTrue(leadership.size() > 0 && leadership.size() < villages, "the demo's recent leadership meetings count: " + leadership.size());
        assertProblem(api.get(BASE + "/joint-meetings/overdue?kind=SOMETIMES"), 400);
        assertEquals(1, api.get(BASE + "/joint-meetings?kind=PARTY_MASSES").json().get("total").asInt());
    }

    @Test
    @Order(10)
    void statisticsPerTownAndTheCityRollUpOverSoap() {
        JsonNode year = api.get(BASE + "/statistics?year=" + YEAR).json();
        JsonNode mine = null;
        for (JsonNode t : year.get("perTown")) {
            if (t.get("townCode").asText().equals(town)) {
                mine = t;
            }
        }
        assertEquals(1, mine.get("sessionsHeld").asInt());
        assertEquals(10, mine.get("delegates").asInt());
        assertEquals(9, mine.get("delegatesAttending").asInt());
        assertEquals(2, mine.get("proposalsFiled").asInt());
        assertEquals(1, mine.get("proposalsHandled").asInt());
        assertEquals(1, mine.get("proposalsSatisfied").asInt());
        assertEquals(3, mine.get("evaluationBallots").asInt());

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode seed = api.get(BASE + "/statistics?year=2017").json();
        while (seed.at("/total/sessionsHeld").asInt() < 17 && System.nanoTime() < deadline) {
            JicengServer.sleep(500);
            seed = api.get(BASE + "/statistics?year=2017").json();
        }
        assertEquals(17, seed.get("towns").asInt());
        assertEquals(17, seed.at("/total/sessionsHeld").asInt());
        assertEquals(2005, seed.at("/total/delegatesAttending").asInt());
        assertEquals(51, seed.at("/total/proposalsFiled").asInt());

        Api.Reply soap = api.soap("TownCongressService", NS,
                "<t:getStatistics><t:jurisdictionCode>441481</t:jurisdictionCode><t:year>2017</t:year></t:getStatistics>");
        assertEquals(200, soap.status(), soap.toString());
        assertTrue(
                soap.body().contains("<delegatesAttending>2005</delegatesAttending>") && soap.body().contains("<proposalsFiled>51</proposalsFiled>")
                        && soap.body().contains("<towns>17</towns>"),
                soap.toString());
        Api.Reply results = api.soap("TownCongressService", NS,
                "<t:listSessionResults><t:jurisdictionCode>" + town + "</t:jurisdictionCode><t:year>" + YEAR + "</t:year></t:listSessionResults>");
        assertEquals(200, results.status(), results.toString());
        assertTrue(results.body().contains("<outcome>ELECTED</outcome>") && results.body().contains("<outcome>BELOW_MAJORITY</outcome>")
                && results.body().contains("PARTY_COMMITTEE"), results.toString());
        Api.Reply refused = api.soap("TownCongressService", NS,
                "<t:getStatistics><t:jurisdictionCode>360823</t:jurisdictionCode><t:year>2017</t:year></t:getStatistics>");
        assertTrue(refused.body().contains("Client") && refused.body().contains("not enabled"), refused.toString());
    }

    @Test
    @Order(11)
    void noticeResolutionAndElectionResultAsPdf() {
        for (String path : new String[]{"/documents/sessions/" + sessionId + "/notice.pdf", "/documents/sessions/" + sessionId + "/resolution.pdf",
                "/documents/elections/" + electionId + "/result.pdf"}) {
            Api.Reply pdf = api.raw(java.net.http.HttpRequest.newBuilder(server.uri("/api/v1" + BASE + path)).GET());
            assertEquals(200, pdf.status(), path + " " + pdf);
            assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
            assertTrue(pdf.body().startsWith("%PDF"), path);
        }
        assertProblem(api.get(BASE + "/documents/sessions/999999/notice.pdf"), 404);
        assertProblem(api.get("/jurisdictions/360823/" + MODULE + "/documents/sessions/" + sessionId + "/notice.pdf"), 404);
    }

    @Test
    @Order(12)
    void anotherCountyGetsNotFound() {
        assertProblem(api.get("/jurisdictions/360823/" + MODULE + "/sessions/" + sessionId), 404);
        assertProblem(api.as("xiajiang-operator").get(BASE + "/sessions/" + sessionId), 404);
        assertProblem(api.as("xiajiang-operator").get(BASE + "/statistics?year=2017"), 404);
        assertEquals(200, api.as("xingning-viewer").get(BASE + "/sessions/" + sessionId).status());

        // Every operation of the module, as 峡江's viewer and operator aimed at 兴宁: refused, never 2xx.
        JsonNode paths = api.get("/openapi.json").json().get("paths");
        int checked = 0;
        for (java.util.Iterator<String> it = paths.fieldNames(); it.hasNext();) {
            String template = it.next();
            if (!template.contains("/" + MODULE + "/")) {
                continue;
            }
            String path = template.replace("{code}", "441481").replace("{id}", String.valueOf(sessionId)).replaceAll("\\{[^}]+}", "1");
            for (java.util.Iterator<String> methods = paths.get(template).fieldNames(); methods.hasNext();) {
                String method = methods.next().toUpperCase();
                for (String account : new String[]{"xiajiang-viewer", "xiajiang-operator"}) {
                    java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(server.uri("/api/v1" + path))
                            .header("Authorization", JicengServer.basic(account, JicengServer.DEMO_PASSWORD))
                            .header("Content-Type", "application/json")
                            .method(method, method.equals("GET")
                                    ? java.net.http.HttpRequest.BodyPublishers.noBody()
                                    : java.net.http.HttpRequest.BodyPublishers.ofString("{\"jurisdictionCode\":\"441481\"}"));
                    Api.Reply r = api.anonymous().raw(request);
                    assertTrue(r.status() == 403 || r.status() == 404, account + " " + method + " " + path + ": " + r);
                    assertFalse(r.body().contains(town), account + " " + method + " " + path + " shows 兴宁's data: " + r);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 40, "operations checked: " + checked);
        assertProblem(api.get("/jurisdictions/430581/" + MODULE + "/statistics?year=2017"), 404);
        String otherTown = api.get("/jurisdictions/441481/subtree?level=TOWNSHIP&size=1&sort=-code").json().at("/items/0/code").asText();
        assertProblem(api.get("/jurisdictions/" + otherTown + "/" + MODULE + "/sessions/" + sessionId), 404);
    }

    @Test
    @Order(13)
    void uninstallAndReinstallKeepTheRecords() {
        server.shell("feature:uninstall " + FEATURE);
        JsonNode gone = assertProblem(api.get(BASE + "/sessions/" + sessionId), 404);
        assertTrue(gone.get("detail").asText().contains("not installed"), gone.toString());
        server.shell("feature:install " + FEATURE);
        server.waitFor("/api/v1" + BASE + "/sessions/" + sessionId, Duration.ofSeconds(60));
        JsonNode s = api.get(BASE + "/sessions/" + sessionId).json();
        assertEquals("CLOSED", s.get("status").asText());
        assertEquals(9, s.get("presentCount").asInt());
        assertEquals("ELECTED", api.get(BASE + "/elections/" + electionId).json().at("/candidates/0/outcome").asText());
        assertEquals(17, api.get(BASE + "/statistics?year=2017").json().at("/total/sessionsHeld").asInt(), "demo data is not loaded twice");
    }

    /** A 400 validation problem whose every error is on {@code field}. */
    private static void assertRefused(Api.Reply reply, String field) {
        JsonNode p = assertProblem(reply, 400);
        assertTrue(p.get("type").asText().endsWith("/validation"), p.toString());
        assertTrue(p.get("errors").size() > 0, p.toString());
        p.get("errors").forEach(e -> assertEquals(field, e.get("field").asText(), p.toString()));
    }

    private static ObjectNode byElection(int seats, String... names) {
        ObjectNode e = Api.object().put("kind", "PARTY_COMMITTEE_BY_ELECTION").put("seats", seats);
        ArrayNode c = e.putArray("candidates");
        for (String n : names) {
            c.add(Api.object().put("name", n));
        }
        return e;
    }

    /** The first {@code present} delegates present, the rest absent (with a reason when {@code reasons}). */
    private static ObjectNode roll(JsonNode session, int present, boolean reasons) {
        ObjectNode r = Api.object().put("version", session.get("version").asLong());
        ArrayNode entries = r.putArray("entries");
        for (int i = 0; i < delegates.size(); i++) {
            ObjectNode e = entries.addObject().put("delegateId", delegates.get(i)).put("present", i < present);
            if (i >= present && reasons) {
                e.put("absenceReason", "因病请假");
            }
        }
        return r;
    }

    private static ObjectNode ballot(long delegateId, String[] ratings) {
        ObjectNode b = Api.object().put("delegateId", delegateId);
        ArrayNode r = b.putArray("ratings");
        r.addObject().put("subjectType", "PARTY_COMMITTEE").put("subjectName", "镇党委").put("rating", ratings[0]);
        r.addObject().put("subjectType", "DISCIPLINE_COMMITTEE").put("subjectName", "镇纪委").put("rating", ratings[1]);
        r.addObject().put("subjectType", "COMMITTEE_MEMBER").put("subjectName", "组织委员").put("rating", ratings[2]);
        return b;
    }

    private static JsonNode step(JsonNode meeting, String key, String role, String record) {
        Api.Reply r = api.post(BASE + "/joint-meetings/" + meeting.get("id").asLong() + "/steps/" + key, Api.object().put("role", role)
                .put("record", record).put("version", meeting.at("/procedure/version").asLong()));
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }
}
