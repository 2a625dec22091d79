package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A 广宗-style inspection tour: problems found in villages, rectified, verified, reopened, overdue; accountability; statistics. */
class ProblemsIT {
    private static Api api;
    private static final LocalDate TODAY = LocalDate.now();
    private static final String INSPECTORS = "广宗县委第一巡察组";

    @BeforeAll
    static void boot() {
        api = new Api(JicengServer.get());
    }

    private static JsonNode found(String village, String category, String severity, LocalDate foundOn, LocalDate deadline) {
        Api.Reply r = api.post("/problems", Api.object().put("source", "INSPECTION_TOUR").put("subjectType", "JURISDICTION").put("subjectId", village)
                .put("jurisdictionCode", village).put("category", category).put("severity", severity).put("description", category + "问题")
                .put("foundBy", INSPECTORS).put("foundOn", foundOn.toString()).put("deadline", deadline.toString()));
        assertEquals(201, r.status(), r.toString());
        assertEquals("FOUND", r.json().get("status").asText());
        return r.json();
    }

    private static JsonNode step(JsonNode p, String action, ObjectNode body) {
        Api.Reply r = api.post("/problems/" + p.get("id").asLong() + "/" + action, body.put("version", p.get("version").asLong()));
        assertEquals(200, r.status(), action + ": " + r);
        return r.json();
    }

    private static JsonNode stats(String jurisdiction) {
        Api.Reply r = api.get("/problems/statistics?jurisdiction=" + jurisdiction + "&source=INSPECTION_TOUR&year=" + TODAY.getYear());
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    @Test
    void inspectionTourProblemsAreRectifiedVerifiedReopenedAndCounted() {
        JsonNode before = stats("130531");
        JsonNode otherBefore = stats("441481");
        JsonNode villages = api.get("/jurisdictions/130531/subtree?level=VILLAGE&size=4").json().get("items");
        String v1 = villages.get(0).get("code").asText();
        String v2 = villages.get(1).get("code").asText();
        String v3 = villages.get(2).get("code").asText();
        String v4 = villages.get(3).get("code").asText();
        LocalDate start = TODAY.minusDays(20).getYear() == TODAY.getYear() ? TODAY.minusDays(20) : TODAY.withDayOfYear(1); // counted in this year

        // one taken all the way to VERIFIED by the finding group
        JsonNode a = found(v1, "三会一课不规范", "MEDIUM", start, TODAY.plusDays(30));
        a = step(a, "plan", Api.object().put("plan", "补齐会议记录，规范三会一课").put("responsible", "村党支部书记"));
        assertEquals("PLAN_FILED", a.get("status").asText());
        // who did it is the login: filled in when the body leaves it out, refused when it names another
        assertEquals(JicengServer.ADMIN, a.at("/history/" + (a.get("history").size() - 1) + "/by").asText(), a.toString());
        JsonNode otherActor = assertProblem(api.post("/problems/" + a.get("id").asLong() + "/progress",
                Api.object().put("note", "x").put("by", "村党支部").put("version", a.get("version").asLong())), 400);
        assertEquals("by", otherActor.at("/errors/0/field").asText(), otherActor.toString());
        assertEquals(200, api.post("/problems/" + a.get("id").asLong() + "/progress",
                Api.object().put("note", "本人记录").put("by", JicengServer.ADMIN).put("version", a.get("version").asLong())).status());
        a = api.get("/problems/" + a.get("id").asLong()).json();
        a = step(a, "progress", Api.object().put("note", "已补录2次支委会记录"));
        a = step(a, "progress", Api.object().put("note", "本月党员大会按时召开"));
        a = step(a, "rectified", Api.object().put("completion", "三会一课已规范"));
        assertEquals("RECTIFIED", a.get("status").asText());
        a = step(a, "verify", Api.object().put("verifiedBy", INSPECTORS).put("note", "回访复核属实"));
        assertEquals("VERIFIED", a.get("status").asText());
        assertTrue(a.get("verifiedByFinder").asBoolean());
        assertEquals(7, a.get("history").size(), a.toString());
        assertProblem(api.post("/problems/" + a.get("id").asLong() + "/reopen",
                Api.object().put("reason", "x").put("version", a.get("version").asLong())), 422);

        // one reopened after a failed re-check, then rectified again
        JsonNode b = found(v2, "村级活动场所资产台账缺失", "HIGH", start, TODAY.plusDays(30));
        b = step(b, "plan", Api.object().put("plan", "建立资产台账").put("responsible", "村委会主任"));
        b = step(b, "rectified", Api.object().put("completion", "台账已建立"));
        assertProblem(
                api.post("/problems/" + b.get("id").asLong() + "/reopen", Api.object().put("version", b.get("version").asLong())),
                400);
        b = step(b, "reopen", Api.object().put("reason", "复核发现设备未登记"));
        assertEquals("IN_PROGRESS", b.get("status").asText());
        assertEquals(1, b.get("reopenCount").asInt());
        b = step(b, "progress", Api.object().put("note", "补登设备18件"));
        b = step(b, "rectified", Api.object().put("completion", "资产全部登记"));
        assertEquals("RECTIFIED", b.get("status").asText());
        JsonNode bRead = api.get("/problems/" + b.get("id").asLong()).json();
        StringBuilder changes = new StringBuilder();
        bRead.get("history").forEach(h -> changes.append(h.get("change").asText()).append(' '));
        assertEquals("FOUND PLANNED RECTIFIED REOPENED PROGRESS RECTIFIED", changes.toString().trim());

        // one past its deadline, with an accountability talk
        JsonNode c = found(v3, "发展党员程序不规范", "HIGH", start, start);
        assertTrue(c.get("overdue").asBoolean());
        long member = api.get("/members?jurisdiction=130531&size=1").json().at("/items/0/id").asLong();
        Api.Reply talk = api.post("/problems/" + c.get("id").asLong() + "/accountability", Api.object().put("type", "TALK")
                .put("targetMemberId", member).put("date", TODAY.toString()).put("decidedBy", "广宗县委组织部").put("note", "约谈村党支部书记"));
        assertEquals(201, talk.status(), talk.toString());
        assertProblem(api.post("/problems/" + c.get("id").asLong() + "/accountability", Api.object().put("type", "TALK")
                .put("date", TODAY.toString()).put("decidedBy", "广宗县委组织部")), 400);
        JsonNode cRead = api.get("/problems/" + c.get("id").asLong()).json();
        assertEquals("TALK", cRead.at("/accountability/0/type").asText());
        assertEquals(member, cRead.at("/accountability/0/targetMemberId").asLong());

        // one with a plan, not due yet; skipping from FOUND to RECTIFIED is refused
        JsonNode d = found(v4, "党员教育管理薄弱", "LOW", start, TODAY.plusDays(60));
        assertEquals("problem-step-order", assertProblem(api.post("/problems/" + d.get("id").asLong() + "/rectified",
                Api.object().put("completion", "x").put("version", d.get("version").asLong())), 422).get("rule").asText());
        assertEquals("problem-step-order", assertProblem(api.post("/problems/" + d.get("id").asLong() + "/verify",
                Api.object().put("verifiedBy", INSPECTORS).put("version", d.get("version").asLong())), 422).get("rule").asText());
        assertProblem(api.post("/problems/" + d.get("id").asLong() + "/plan", Api.object().put("plan", "x").put("responsible", "y")
                .put("version", d.get("version").asLong() + 5)), 409);
        d = step(d, "plan", Api.object().put("plan", "每月集中学习").put("responsible", "村党支部书记"));

        JsonNode after = stats("130531");
        assertEquals(4, after.get("found").asLong() - before.get("found").asLong());
        assertEquals(2, after.get("rectified").asLong() - before.get("rectified").asLong());
        assertEquals(1, after.get("verified").asLong() - before.get("verified").asLong());
        assertEquals(1, after.get("overdue").asLong() - before.get("overdue").asLong());
        BigDecimal rate = BigDecimal.valueOf(after.get("rectified").asLong()).divide(BigDecimal.valueOf(after.get("found").asLong()), 4,
                RoundingMode.HALF_UP);
        assertEquals(0, rate.compareTo(after.get("resolutionRate").decimalValue()), after.toString());
        if (before.get("found").asLong() == 0) {
            assertEquals(0, new BigDecimal("0.5000").compareTo(after.get("resolutionRate").decimalValue()), "2 of 4 on a fresh database");
        }
        assertEquals("INSPECTION_TOUR", after.at("/bySource/0/source").asText());
        assertEquals(after.get("found").asLong(), after.at("/bySource/0/found").asLong());
        assertEquals(stats(v3).get("overdue").asLong(), 1, "the village's own subtree");

        JsonNode other = stats("441481");
        assertEquals(otherBefore.get("found").asLong(), other.get("found").asLong(), "another county's statistics don't include them");
        assertEquals(otherBefore.get("overdue").asLong(), other.get("overdue").asLong());

        Set<Long> overdue = ids(api.get("/problems?jurisdiction=130531&overdue=true&size=500").json());
        assertTrue(overdue.contains(c.get("id").asLong()));
        assertFalse(overdue.contains(a.get("id").asLong()) || overdue.contains(d.get("id").asLong()));
        Set<Long> high = ids(api.get("/problems?jurisdiction=130531&severity=HIGH&sort=-deadline&size=500").json());
        assertTrue(high.contains(b.get("id").asLong()) && high.contains(c.get("id").asLong()) && !high.contains(a.get("id").asLong()));
        assertTrue(ids(api.get("/problems?jurisdiction=130531&status=VERIFIED&size=500").json()).contains(a.get("id").asLong()));
        assertFalse(ids(api.get("/problems?jurisdiction=441481&size=500").json()).contains(a.get("id").asLong()));
    }

    @Test
    void everySourceCountsInItsOwnStatistics() {
        // 顺义 督查 (supervision), 兴宁 驻点联系群众 (resident contact), 峡江 feedback from the three members.
        String[][] cases = {{"110113", "SUPERVISION"}, {"441481", "RESIDENT_CONTACT"}, {"360823", "FEEDBACK"}};
        for (String[] c : cases) {
            String county = c[0];
            String source = c[1];
            JsonNode before = api.get("/problems/statistics?jurisdiction=" + county + "&source=" + source + "&year=" + TODAY.getYear()).json();
            long otherBefore = api.get("/problems/statistics?jurisdiction=" + county + "&source=INSPECTION_TOUR&year=" + TODAY.getYear()).json()
                    .get("found").asLong();
            String village = api.get("/jurisdictions/" + county + "/subtree?level=VILLAGE&size=1").json().at("/items/0/code").asText();
            List<JsonNode> found = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Api.Reply r = api.post("/problems", Api.object().put("source", source).put("subjectType", "JURISDICTION").put("subjectId", village)
                        .put("jurisdictionCode", village).put("category", "群众诉求").put("severity", "MEDIUM").put("description", source + " " + i)
                        .put("foundBy", "县委组织部").put("foundOn", TODAY.minusDays(10).toString()).put("deadline", TODAY.plusDays(20).toString()));
                assertEquals(201, r.status(), r.toString());
                found.add(r.json());
            }
            for (int i = 0; i < 2; i++) {
                JsonNode p = step(found.get(i), "plan", Api.object().put("plan", "办理").put("responsible", "村党支部书记"));
                step(p, "rectified", Api.object().put("completion", "已办结"));
            }
            JsonNode after = api.get("/problems/statistics?jurisdiction=" + county + "&source=" + source + "&year=" + TODAY.getYear()).json();
            assertEquals(3, after.get("found").asLong() - before.get("found").asLong(), source);
            assertEquals(2, after.get("rectified").asLong() - before.get("rectified").asLong(), source);
            assertEquals(otherBefore, api.get("/problems/statistics?jurisdiction=" + county + "&source=INSPECTION_TOUR&year=" + TODAY.getYear())
                    .json().get("found").asLong(), "another source's statistics are untouched");
        }
    }

    @Test
    void aMemberOrOrganizationAProblemNamesIsNotDeleted() {
        Api.Reply org = api.post("/organizations", Api.object().put("name", "广宗县问题引用测试党支部").put("type", "BRANCH").put("field", "ORGAN")
                .put("jurisdictionCode", "130531").put("termStart", "2024-01-01").put("termEnd", "2029-01-01"));
        assertEquals(201, org.status(), org.toString());
        long organization = org.json().get("id").asLong();
        Api.Reply person = api.post("/members", Api.object().put("name", "问题引用测试").put("gender", "FEMALE").put("birthDate", "1990-01-01")
                .put("organizationId", api.get("/organizations?jurisdiction=130531&size=1").json().at("/items/0/id").asLong())
                .put("stage", "APPLICANT").put("applicationDate", "2024-01-01"));
        assertEquals(201, person.status(), person.toString());
        long member = person.json().get("id").asLong();
        Api.Reply problem = api.post("/problems",
                Api.object().put("source", "FEEDBACK").put("subjectType", "MEMBER").put("subjectId", String.valueOf(member))
                        .put("jurisdictionCode", "130531").put("category", "作风").put("severity", "LOW").put("description", "群众反映")
                        .put("foundBy", INSPECTORS).put("foundOn", TODAY.toString()).put("deadline", TODAY.plusDays(30).toString()));
        assertEquals(201, problem.status(), problem.toString());
        Api.Reply action = api.post("/problems/" + problem.json().get("id").asLong() + "/accountability", Api.object().put("type", "TALK")
                .put("targetOrganizationId", organization).put("date", TODAY.toString()).put("decidedBy", "广宗县委组织部"));
        assertEquals(201, action.status(), action.toString());

        // the problems engine holds these references in its own unit; the registry asks it before deleting
        JsonNode memberRefused = assertProblem(api.delete("/members/" + member), 409);
        assertEquals("https://jiceng.org/problems/conflict", memberRefused.get("type").asText());
        assertTrue(memberRefused.get("detail").asText().contains("1 problem(s)"), memberRefused.toString());
        JsonNode orgRefused = assertProblem(api.delete("/organizations/" + organization), 409);
        assertTrue(orgRefused.get("detail").asText().contains("1 accountability action(s)"), orgRefused.toString());
        assertEquals(200, api.get("/members/" + member).status(), "the member is kept");
        assertEquals(200, api.get("/organizations/" + organization).status(), "the organization is kept");
    }

    @Test
    void badInputIsA400AndUnknownIdsA404() {
        assertProblem(api.post("/problems", Api.object().put("source", "RUMOUR").put("jurisdictionCode", "130531")), 400);
        JsonNode missing = assertProblem(api.post("/problems", Api.object().put("source", "FEEDBACK").put("jurisdictionCode", "130531")), 400);
        assertTrue(missing.toString().contains("description") && missing.toString().contains("deadline"), missing.toString());
        assertProblem(api.post("/problems", Api.object().put("source", "FEEDBACK").put("subjectType", "ORGANIZATION").put("subjectId", "1")
                .put("jurisdictionCode", "360823").put("category", "c").put("severity", "LOW").put("description", "d").put("foundBy", "f")
                .put("foundOn", TODAY.toString()).put("deadline", TODAY.minusDays(1).toString())), 400);
        assertProblem(api.get("/problems/999999999"), 404);
        assertProblem(api.get("/problems/statistics"), 400);
        assertProblem(api.get("/problems?overdue=perhaps"), 400);
        assertProblem(api.get("/problems?sort=description"), 400);
    }

    private static Set<Long> ids(JsonNode page) {
        Set<Long> ids = new HashSet<>();
        page.get("items").forEach(x -> ids.add(x.get("id").asLong()));
        return ids;
    }
}
