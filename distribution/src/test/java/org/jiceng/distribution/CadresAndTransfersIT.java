package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Cadres, assignments and relation transfers through the running server. */
class CadresAndTransfersIT {
    private static Api api;
    private static final LocalDate TODAY = LocalDate.now();

    @BeforeAll
    static void boot() {
        api = new Api(JicengServer.get());
    }

    private static long member(String jurisdiction, int index) {
        return api.get("/members?jurisdiction=" + jurisdiction + "&stage=FULL&status=ACTIVE&size=1&page=" + index).json().at("/items/0/id").asLong();
    }

    /** A full member of the jurisdiction with no assignment at all, from the index on (a module's demo may have sent others). */
    private static long memberWithoutAssignments(String jurisdiction, int from) {
        for (int index = from; index < from + 2000; index++) {
            long id = member(jurisdiction, index);
            assertTrue(id > 0, "ran out of members in " + jurisdiction);
            if (api.get("/assignments?memberId=" + id + "&size=1").json().get("total").asLong() == 0) {
                return id;
            }
        }
        throw new AssertionError("no member without assignments in " + jurisdiction);
    }

    @Test
    void tenureComesFromPositionsAndReappointmentDoesNotResetIt() {
        long head = member("441481", 40);
        long deputy = member("441481", 41);
        ObjectNode first = Api.object().put("unit", "兴宁市测试局").put("jurisdictionCode", "441481").put("title", "局长")
                .put("rank", "SECTION").put("level", "HEAD").put("startDate", TODAY.minusYears(6).toString())
                .put("endDate", TODAY.minusYears(3).minusDays(1).toString());
        assertEquals(201, api.post("/cadres/" + head + "/positions", first).status());
        ObjectNode again = first.deepCopy().put("startDate", TODAY.minusYears(3).toString());
        again.remove("endDate");
        assertEquals(201, api.post("/cadres/" + head + "/positions", again).status(), "reappointed");
        ObjectNode dep = first.deepCopy().put("title", "副局长").put("level", "DEPUTY").put("startDate", TODAY.minusYears(4).toString());
        dep.remove("endDate");
        assertEquals(201, api.post("/cadres/" + deputy + "/positions", dep).status());

        JsonNode heads = api.get("/cadres/tenure?jurisdiction=441481&level=HEAD&years=5").json();
        boolean found = false;
        for (JsonNode t : heads) {
            if (t.get("memberId").asLong() == head) {
                found = true;
                assertEquals(6, t.get("years").asInt());
            }
        }
        assertTrue(found, "6 years as head across a reappointment: " + heads);
        for (JsonNode t : api.get("/cadres/tenure?jurisdiction=441481&level=DEPUTY&years=10").json()) {
            assertTrue(t.get("memberId").asLong() != deputy, "4 years as deputy is not 10");
        }
        assertProblem(api.post("/cadres/" + head + "/positions", first.deepCopy().put("endDate", TODAY.minusYears(7).toString())), 400);
        assertProblem(api.get("/cadres/tenure?jurisdiction=441481&level=BOSS&years=5"), 400);
    }

    @Test
    void designationsListNonLeadingCadres() {
        long cadre = member("360823", 3);
        ObjectNode d = Api.object().put("type", "NON_LEADING").put("since", TODAY.minusMonths(3).toString()).put("note", "改任非领导职务");
        assertEquals(201, api.post("/cadres/" + cadre + "/designations", d).status());
        assertProblem(api.post("/cadres/" + cadre + "/designations", d), 409);
        JsonNode listed = api.get("/cadres/designated?jurisdiction=360823&type=NON_LEADING&size=100").json();
        boolean found = false;
        for (JsonNode x : listed.get("items")) {
            found |= x.get("memberId").asLong() == cadre;
        }
        assertTrue(found);
        assertEquals(0, api.get("/cadres/designated?jurisdiction=441481&type=NON_LEADING&size=100").json().get("items").findValues("memberId")
                .stream().filter(v -> v.asLong() == cadre).count(), "another county does not see it");
    }

    @Test
    void assignmentsAreQueriedByRoleTargetAndDate() {
        long secretary = memberWithoutAssignments("430581", 5);
        String village = api.get("/jurisdictions/430581/subtree?level=VILLAGE&size=1").json().at("/items/0/code").asText();
        ObjectNode a = Api.object().put("memberId", secretary).put("targetType", "JURISDICTION").put("target", village)
                .put("role", "first-secretary").put("jurisdictionCode", village).put("startDate", TODAY.minusMonths(2).toString())
                .put("endDate", TODAY.plusYears(2).toString()).put("dispatchingBody", "中共武冈市委组织部");
        Api.Reply created = api.post("/assignments", a);
        assertEquals(201, created.status(), created.toString());
        assertEquals("ACTIVE", created.json().get("status").asText());
        long id = created.json().get("id").asLong();

        JsonNode found = api.get("/assignments?jurisdiction=430581&role=first-secretary&activeOn=" + TODAY).json();
        assertTrue(found.get("total").asLong() >= 1);
        assertEquals(0, api.get("/assignments?jurisdiction=430581&role=first-secretary&activeOn=" + TODAY.minusYears(1) + "&memberId=" + secretary)
                .json().get("total").asLong());
        assertEquals(0, api.get("/assignments?jurisdiction=360823&memberId=" + secretary).json().get("total").asLong());

        ObjectNode recalled = (ObjectNode) created.json().deepCopy();
        recalled.put("status", "RECALLED").put("endDate", TODAY.toString());
        assertEquals("RECALLED", api.put("/assignments/" + id, recalled).json().get("status").asText());
        assertProblem(api.put("/assignments/" + id, recalled), 409);
        assertProblem(api.post("/assignments", a.deepCopy().put("target", "999999999999")), 400);
        assertProblem(api.post("/assignments", a.deepCopy().put("role", "First Secretary")), 400);
    }

    @Test
    void aTransferMovesTheMemberOnlyWhenCompleted() {
        long memberId = member("130531", 7);
        long from = api.get("/members/" + memberId).json().get("organizationId").asLong();
        long to = api.get("/organizations?jurisdiction=110113&size=1").json().at("/items/0/id").asLong();
        ObjectNode issue = Api.object().put("memberId", memberId).put("toOrganizationId", to).put("letterNumber", "冀组转" + System.nanoTime())
                .put("issuedOn", TODAY.minusDays(2).toString()).put("validityDays", 30);
        Api.Reply issued = api.post("/transfers", issue);
        assertEquals(201, issued.status(), issued.toString());
        long id = issued.json().get("id").asLong();
        assertEquals("one-open-transfer", assertProblem(api.post("/transfers", issue.deepCopy().put("letterNumber", "X" + System.nanoTime())), 422)
                .get("rule").asText());
        assertEquals("transfer-step-order", assertProblem(api.post("/transfers/" + id + "/complete",
                Api.object().put("date", TODAY.toString()).put("version", issued.json().get("version").asLong())), 422)
                .get("rule").asText());

        JsonNode otherActor = assertProblem(api.post("/transfers/" + id + "/receive", Api.object().put("date", TODAY.toString())
                .put("recordedBy", "县委组织部").put("version", issued.json().get("version").asLong())), 400);
        assertEquals("recordedBy", otherActor.at("/errors/0/field").asText(), "who recorded it is the login: " + otherActor);
        JsonNode received = api.post("/transfers/" + id + "/receive", Api.object().put("date", TODAY.toString())
                .put("recordedBy", JicengServer.ADMIN).put("version", issued.json().get("version").asLong())).json();
        assertEquals("RECEIVED", received.get("status").asText());
        assertEquals(from, api.get("/members/" + memberId).json().get("organizationId").asLong(), "not moved before completion");
        JsonNode completed = api.post("/transfers/" + id + "/complete", Api.object().put("date", TODAY.toString())
                .put("version", received.get("version").asLong())).json();
        assertEquals("COMPLETED", completed.get("status").asText());
        assertEquals(3, completed.get("history").size());
        completed.get("history").forEach(step -> assertEquals(JicengServer.ADMIN, step.get("recordedBy").asText(), "filled in from the login"));
        assertEquals(to, api.get("/members/" + memberId).json().get("organizationId").asLong());
        assertTrue(api.get("/transfers?jurisdiction=130531&memberId=" + memberId).json().get("total").asLong() >= 1, "the sending side sees it");
        assertTrue(api.get("/transfers?jurisdiction=110113&memberId=" + memberId).json().get("total").asLong() >= 1, "the receiving side sees it");
    }

    @Test
    void anUnreceivedLetterExpires() {
        long memberId = member("360823", 9);
        long to = api.get("/organizations?jurisdiction=430581&size=1").json().at("/items/0/id").asLong();
        Api.Reply issued = api.post("/transfers", Api.object().put("memberId", memberId).put("toOrganizationId", to)
                .put("letterNumber", "赣组转" + System.nanoTime()).put("issuedOn", TODAY.minusDays(40).toString()).put("validityDays", 30));
        assertEquals("EXPIRED", issued.json().get("status").asText());
        assertEquals("letter-expired", assertProblem(api.post("/transfers/" + issued.json().get("id").asLong() + "/receive",
                Api.object().put("date", TODAY.toString()).put("version", issued.json().get("version").asLong())), 422)
                .get("rule").asText());
        Api.Reply again = api.post("/transfers", Api.object().put("memberId", memberId).put("toOrganizationId", to)
                .put("letterNumber", "赣组转" + System.nanoTime()).put("issuedOn", TODAY.toString()).put("validityDays", 30));
        assertEquals(201, again.status(), "an expired letter does not block a new one: " + again);
    }

    @Test
    void mobileMembersAreRecordedWhereTheyAre() {
        long memberId = member("430581", 11);
        Api.Reply created = api.post("/transfers/mobile-members", Api.object().put("memberId", memberId).put("location", "广东省深圳市")
                .put("reason", "务工").put("since", TODAY.minusMonths(5).toString()).put("contact", "138****0000"));
        assertEquals(201, created.status(), created.toString());
        long id = created.json().get("id").asLong();
        assertTrue(api.get("/transfers/mobile-members?jurisdiction=430581&current=true&size=20&sort=-id").json().get("items").findValues("id")
                .stream().anyMatch(v -> v.asLong() == id), "listed in its member's county");
        assertTrue(api.get("/transfers/mobile-members?jurisdiction=441481&current=true&size=500").json().get("items").findValues("id")
                .stream().noneMatch(v -> v.asLong() == id), "not in another county");
        ObjectNode back = (ObjectNode) created.json().deepCopy();
        back.put("until", TODAY.minusDays(1).toString());
        assertEquals(200, api.put("/transfers/mobile-members/" + created.json().get("id").asLong(), back).status());
        assertProblem(api.put("/transfers/mobile-members/" + created.json().get("id").asLong(), back), 409);
        assertProblem(api.get("/transfers/mobile-members"), 400);
    }
}
