package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * 组织生活 through the running server: 三会一课 filed before, recorded with its roll, archived; dues;
 * the member's handbook and the branch's statistics add up to what was recorded.
 */
class OrganizationalLifeIT {
    private static final String BASE = "/organizational-life";
    private static final LocalDate TODAY = LocalDate.now();
    private static Api api;

    @BeforeAll
    static void boot() {
        api = new Api(JicengServer.get());
    }

    private static long createBranch() {
        ObjectNode o = Api.object().put("name", "兴宁市组织生活测试党支部").put("type", "BRANCH").put("field", "ORGAN")
                .put("jurisdictionCode", "441481").put("termStart", "2024-01-01").put("termEnd", "2029-01-01").put("starRating", 3);
        Api.Reply created = api.post("/organizations", o);
        assertEquals(201, created.status(), created.toString());
        return created.json().get("id").asLong();
    }

    private static long createFullMember(long organizationId, String name) {
        ObjectNode m = Api.object().put("name", name).put("gender", "FEMALE").put("birthDate", "1985-05-01")
                .put("organizationId", organizationId).put("stage", "FULL").put("hasPost", false)
                .put("applicationDate", "2010-01-10").put("activistDate", "2010-06-01").put("candidateDate", "2011-07-01")
                .put("probationDate", "2011-09-01").put("fullDate", "2012-09-01");
        Api.Reply created = api.post("/members", m);
        assertEquals(201, created.status(), created.toString());
        return created.json().get("id").asLong();
    }

    private static ObjectNode plan(long organizationId, String type, LocalDate date) {
        return Api.object().put("organizationId", organizationId).put("type", type).put("plannedDate", date.toString())
                .put("topic", "学习贯彻党的二十届四中全会精神");
    }

    private static JsonNode created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    private static ObjectNode record(long version) {
        ObjectNode r = Api.object().put("heldDate", TODAY.toString()).put("minutes", "传达学习会议精神，讨论发展党员工作。").put("version", version);
        r.putArray("attendance");
        return r;
    }

    private static void attend(ObjectNode record, long memberId, boolean present, String reason) {
        ObjectNode entry = ((ArrayNode) record.get("attendance")).addObject().put("memberId", memberId).put("present", present);
        if (reason != null) {
            entry.put("absenceReason", reason);
        }
    }

    @Test
    void threeMeetingsOneLessonAreFiledRecordedArchivedAndCounted() {
        long branch = createBranch();
        long li = createFullMember(branch, "李红梅");
        long wang = createFullMember(branch, "王建国");
        long chen = createFullMember(branch, "陈秀英");
        long outsider = api.get("/members?jurisdiction=130531&size=1").json().at("/items/0/id").asLong();

        // 计划报备: filed before, never afterwards.
        JsonNode meeting = created(api.post(BASE + "/activities", plan(branch, "BRANCH_MEMBER_MEETING", TODAY)));
        long meetingId = meeting.get("id").asLong();
        assertEquals("PLANNED", meeting.get("status").asText());
        assertTrue(meeting.hasNonNull("filedAt"), meeting.toString());
        assertEquals("plan-before", assertProblem(api.post(BASE + "/activities", plan(branch, "PARTY_LESSON", TODAY.minusDays(1))), 422)
                .get("rule").asText());
        assertProblem(api.post(BASE + "/activities", plan(branch, "PARTY_LESSON", TODAY).put("minutes", "written in advance")), 400);

        // 纪实: every absence explained, every entry a member of the branch.
        String recordPath = BASE + "/activities/" + meetingId + "/record";
        ObjectNode unexplained = record(meeting.get("version").asLong());
        attend(unexplained, li, true, null);
        attend(unexplained, wang, false, "外出务工");
        attend(unexplained, chen, false, null);
        JsonNode problem = assertProblem(api.put(recordPath, unexplained), 400);
        assertEquals("attendance[2].absenceReason", problem.at("/errors/0/field").asText(), problem.toString());
        ObjectNode stranger = record(meeting.get("version").asLong());
        attend(stranger, outsider, true, null);
        assertEquals("attendance[0].memberId", assertProblem(api.put(recordPath, stranger), 400).at("/errors/0/field").asText());

        ObjectNode held = record(meeting.get("version").asLong());
        attend(held, li, true, null);
        attend(held, wang, true, null);
        attend(held, chen, false, "因病请假");
        Api.Reply recorded = api.put(recordPath, held);
        assertEquals(200, recorded.status(), recorded.toString());
        assertEquals("HELD", recorded.json().get("status").asText());
        assertEquals(3, recorded.json().get("attendance").size());
        long heldVersion = recorded.json().get("version").asLong();
        assertTrue(heldVersion > meeting.get("version").asLong());
        assertProblem(api.put(recordPath, held.put("version", heldVersion)), 409);

        // A plan that stays a plan, one cancelled, and a stale version refused.
        JsonNode lesson = created(api.post(BASE + "/activities", plan(branch, "PARTY_LESSON", TODAY)));
        ObjectNode staleRecord = record(lesson.get("version").asLong() + 7);
        attend(staleRecord, li, true, null);
        assertProblem(api.put(BASE + "/activities/" + lesson.get("id").asLong() + "/record", staleRecord), 409);
        JsonNode partyDay = created(api.post(BASE + "/activities", plan(branch, "THEMED_PARTY_DAY", TODAY.plusDays(1))));
        Api.Reply cancelled = api.post(BASE + "/activities/" + partyDay.get("id").asLong() + "/cancel", "");
        assertEquals("CANCELLED", cancelled.json().get("status").asText(), cancelled.toString());

        // 归档: only with the version read; then read-only.
        String archive = BASE + "/activities/" + meetingId + "/archive";
        assertProblem(api.post(archive + "?version=" + meeting.get("version").asLong(), ""), 409);
        Api.Reply archived = api.post(archive + "?version=" + heldVersion, "");
        assertEquals(200, archived.status(), archived.toString());
        assertEquals("ARCHIVED", archived.json().get("status").asText());
        assertProblem(api.post(archive, ""), 409);
        assertProblem(api.post(BASE + "/activities/" + meetingId + "/cancel", ""), 409);
        assertProblem(api.put(recordPath, held.put("version", archived.json().get("version").asLong())), 409);
        assertProblem(api.get(BASE + "/activities/999999999"), 404);

        // 党费: one payment per member and month, never ahead.
        String month = YearMonth.from(TODAY).toString();
        ObjectNode dues = Api.object().put("memberId", li).put("month", month).put("amount", 12.5);
        JsonNode paid = created(api.post(BASE + "/dues", dues));
        assertEquals(branch, paid.get("organizationId").asLong());
        assertEquals(TODAY.toString(), paid.get("paidOn").asText());
        assertProblem(api.post(BASE + "/dues", dues), 409);
        created(api.post(BASE + "/dues", dues.deepCopy().put("memberId", wang)));
        assertEquals("month",
                assertProblem(api.post(BASE + "/dues", dues.deepCopy().put("month", YearMonth.from(TODAY).plusMonths(1).toString())), 400)
                        .at("/errors/0/field").asText());
        assertEquals(2, api.get(BASE + "/dues?organizationId=" + branch).json().size());
        assertProblem(api.get(BASE + "/dues?year=2026"), 400);

        // 党内组织生活活动手册
        JsonNode liBook = api.get(BASE + "/members/" + li + "/handbook?year=" + TODAY.getYear()).json();
        assertEquals(1, liBook.at("/held/BRANCH_MEMBER_MEETING").asInt(), liBook.toString());
        assertEquals(1, liBook.at("/attended/BRANCH_MEMBER_MEETING").asInt());
        assertEquals(0, liBook.at("/held/PARTY_LESSON").asInt(), "a plan not yet held is not in the handbook");
        assertEquals(1, liBook.get("duesMonthsPaid").size());
        assertEquals(TODAY.getMonthValue(), liBook.get("duesMonthsExpected").asInt());
        JsonNode chenBook = api.get(BASE + "/members/" + chen + "/handbook?year=" + TODAY.getYear()).json();
        assertEquals(1, chenBook.at("/held/BRANCH_MEMBER_MEETING").asInt());
        assertEquals(0, chenBook.at("/attended/BRANCH_MEMBER_MEETING").asInt());
        assertEquals(0, chenBook.get("duesMonthsPaid").size());

        // Branch statistics: the quarter of today holds everything recorded above.
        JsonNode stats = api.get(BASE + "/organizations/" + branch + "/statistics?year=" + TODAY.getYear()).json();
        assertEquals(4, stats.get("quarters").size());
        int quarter = (TODAY.getMonthValue() - 1) / 3 + 1;
        JsonNode q = stats.get("quarters").get(quarter - 1);
        assertEquals(1, q.at("/planned/BRANCH_MEMBER_MEETING").asInt(), q.toString());
        assertEquals(1, q.at("/held/BRANCH_MEMBER_MEETING").asInt());
        assertEquals(1, q.at("/planned/PARTY_LESSON").asInt());
        assertEquals(0, q.at("/held/PARTY_LESSON").asInt());
        assertEquals(0, q.at("/planned/THEMED_PARTY_DAY").asInt(), "cancelled plans are not counted");
        assertEquals(0.6667, q.get("attendanceRate").asDouble(), 1e-9);
        int monthsOwedInQuarter = (TODAY.getMonthValue() - 1) % 3 + 1;
        assertEquals(2, q.get("duesMonthsPaid").asLong());
        assertEquals(3L * monthsOwedInQuarter, q.get("duesMonthsExpected").asLong());
        assertEquals(Math.round(2 * 10000.0 / (3 * monthsOwedInQuarter)) / 10000.0, q.get("duesCompleteness").asDouble(), 1e-9);

        // Lists: by organization with filters, by jurisdiction subtree.
        JsonNode archivedOnly = api.get(BASE + "/activities?organizationId=" + branch + "&status=ARCHIVED&type=BRANCH_MEMBER_MEETING").json();
        assertEquals(1, archivedOnly.get("total").asLong());
        assertEquals(3, api.get(BASE + "/activities?organizationId=" + branch).json().get("total").asLong());
        assertEquals(3, api.get(BASE + "/activities?organizationId=" + branch + "&jurisdiction=441481").json().get("total").asLong());
        assertEquals(0, api.get(BASE + "/activities?organizationId=" + branch + "&jurisdiction=430581").json().get("total").asLong(),
                "an organization outside the jurisdiction asked for has none of its activities listed");
        JsonNode county = api.get(BASE + "/activities?jurisdiction=441481&from=" + TODAY + "&to=" + TODAY.plusDays(1) + "&size=500").json();
        Set<Long> ids = new HashSet<>();
        county.get("items").forEach(a -> ids.add(a.get("id").asLong()));
        assertTrue(ids.contains(meetingId), county.toString());
        JsonNode subtree = api.get(BASE + "/activities?jurisdiction=441481&size=20&sort=-plannedDate").json();
        assertTrue(subtree.get("total").asLong() > 3, "兴宁's demo branches have a year of activities");
        Set<Long> organizations = new HashSet<>();
        subtree.get("items").forEach(a -> organizations.add(a.get("organizationId").asLong()));
        for (long organizationId : organizations) {
            assertTrue(api.get("/organizations/" + organizationId).json().get("jurisdictionCode").asText().startsWith("441481"));
        }
        JsonNode elsewhere = api.get(BASE + "/activities?jurisdiction=130531&from=" + TODAY + "&to=" + TODAY + "&size=500").json();
        elsewhere.get("items").forEach(a -> assertFalse(a.get("id").asLong() == meetingId));
        assertProblem(api.get(BASE + "/activities?status=SOMETIMES"), 400);
        assertProblem(api.get(BASE + "/activities?sort=topic"), 400);

        assertProblem(api.delete("/members/" + chen), 409);
    }

    @Test
    void theDemoDataGivesBranchesAYearOfOrganizationalLife() {
        JsonNode themedDays = api.get(BASE + "/activities?jurisdiction=130531&type=THEMED_PARTY_DAY&status=ARCHIVED&size=1").json();
        assertTrue(themedDays.get("total").asLong() > 0, themedDays.toString());
        JsonNode activity = themedDays.at("/items/0");
        assertTrue(activity.get("attendance").size() > 0, activity.toString());
        long memberId = activity.at("/attendance/0/memberId").asLong();
        int year = LocalDate.parse(activity.get("heldDate").asText()).getYear();
        JsonNode book = api.get(BASE + "/members/" + memberId + "/handbook?year=" + year).json();
        assertTrue(book.at("/held/THEMED_PARTY_DAY").asInt() >= 1, book.toString());
        JsonNode stats = api.get(BASE + "/organizations/" + activity.get("organizationId").asLong() + "/statistics?year=" + year).json();
        long held = 0;
        for (JsonNode q : stats.get("quarters")) {
            held += q.at("/held/THEMED_PARTY_DAY").asLong();
        }
        assertTrue(held >= 1, stats.toString());
    }
}
