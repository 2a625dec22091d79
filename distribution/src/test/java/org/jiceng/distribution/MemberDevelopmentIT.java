package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** 发展党员 through the running server: a member taken through all five stages, refused at every rule. */
class MemberDevelopmentIT {
    private static Api api;
    private static final LocalDate TODAY = LocalDate.now();

    @BeforeAll
    static void boot() {
        api = new Api(JicengServer.get());
    }

    private static ObjectNode step(String type, LocalDate date, String... evidence) {
        ObjectNode e = Api.object().put("type", type).put("date", date.toString()).put("decidingBody", "罗岗镇某村党支部");
        ArrayNode list = e.putArray("evidence");
        for (String x : evidence) {
            list.add(x);
        }
        return e;
    }

    private static String rule(Api.Reply reply) {
        return assertProblem(reply, 422).get("rule").asText();
    }

    @Test
    void aMemberIsTakenThroughAllFiveStagesAndEveryShortcutIsRefused() {
        long organizationId = api.get("/organizations?jurisdiction=441481&field=RURAL&size=1").json().at("/items/0/id").asLong();
        LocalDate applied = TODAY.minusYears(3);
        ObjectNode applicant = Api.object().put("name", "赖志强").put("gender", "MALE").put("birthDate", "1996-04-02")
                .put("organizationId", organizationId).put("stage", "APPLICANT").put("applicationDate", applied.toString())
                .put("hasPost", false).put("idCardNumber", "44148119960402123X").put("phone", "13812345678");

        ObjectNode minor = applicant.deepCopy().put("birthDate", applied.minusYears(17).toString()).put("idCardNumber", "441481200001011234");
        assertEquals("applicant-age-18", rule(api.post("/members", minor)));

        Api.Reply created = api.post("/members", applicant);
        assertEquals(201, created.status(), created.toString());
        long id = created.json().get("id").asLong();
        String events = "/members/" + id + "/events";
        assertEquals("ACTIVE", created.json().get("membershipStatus").asText());

        assertEquals("stage-order", rule(api.post(events, step("CANDIDATE_CONFIRMED", applied.plusMonths(2), "TRAINING", "RECOMMENDATION"))));
        assertEquals("evidence-required", rule(api.post(events, step("ACTIVIST_CONFIRMED", applied.plusMonths(1), "APPLICATION_LETTER"))));
        assertEquals("date-order", rule(api.post(events, step("ACTIVIST_CONFIRMED", applied.minusDays(1), "APPLICATION_LETTER", "TALK"))));
        assertProblem(api.post(events, step("ACTIVIST_CONFIRMED", TODAY.plusDays(3), "APPLICATION_LETTER", "TALK")), 400);
        LocalDate activist = applied.plusMonths(1);
        assertEquals(201, api.post(events, step("ACTIVIST_CONFIRMED", activist, "APPLICATION_LETTER", "TALK")).status());

        assertEquals("activist-one-year", rule(api.post(events, step("CANDIDATE_CONFIRMED", activist.plusMonths(11), "TRAINING", "RECOMMENDATION"))));
        LocalDate candidate = activist.plusYears(1);
        assertEquals(201, api.post(events, step("CANDIDATE_CONFIRMED", candidate, "TRAINING", "RECOMMENDATION")).status());

        assertEquals("evidence-required", rule(api.post(events, step("ADMITTED_PROBATIONARY", candidate.plusMonths(2),
                "POLITICAL_REVIEW", "BRANCH_RESOLUTION", "HIGHER_APPROVAL", "OATH"))));
        LocalDate probation = candidate.plusMonths(2);
        assertEquals(201, api.post(events, step("ADMITTED_PROBATIONARY", probation, "POLITICAL_REVIEW", "PUBLIC_NOTICE",
                "BRANCH_RESOLUTION", "HIGHER_APPROVAL", "OATH")).status());

        assertEquals("probation-one-year", rule(api.post(events, step("CONVERTED_FULL", probation.plusMonths(6),
                "CONVERSION_APPLICATION", "BRANCH_RESOLUTION", "HIGHER_APPROVAL"))));
        Api.Reply full = api.post(events,
                step("CONVERTED_FULL", probation.plusYears(1), "CONVERSION_APPLICATION", "BRANCH_RESOLUTION", "HIGHER_APPROVAL"));
        assertEquals(201, full.status(), full.toString());
        assertEquals("stage-order",
                rule(api.post(events, step("CONVERTED_FULL", TODAY, "CONVERSION_APPLICATION", "BRANCH_RESOLUTION", "HIGHER_APPROVAL"))));

        JsonNode member = api.get("/members/" + id).json();
        assertEquals("FULL", member.get("stage").asText());
        assertEquals(probation.plusYears(1).toString(), member.get("fullDate").asText());
        assertEquals("44148119960402123X", member.get("idCardNumber").asText(), "one record shows the full number");

        ObjectNode shortcut = (ObjectNode) member.deepCopy();
        shortcut.remove("jurisdictionCode");
        shortcut.put("fullDate", TODAY.toString());
        assertEquals("stage-via-events", rule(api.put("/members/" + id, shortcut)));

        JsonNode otherActor = CoreRegistryIT.assertProblem(
                api.post("/members/" + id + "/events", step("ACTIVIST_CONFIRMED", TODAY, "x").put("recordedBy", "罗岗镇党委")), 400);
        assertEquals("recordedBy", otherActor.at("/errors/0/field").asText(), otherActor.toString());
        JsonNode record = api.get("/members/" + id + "/record").json();
        assertEquals(4, record.get("events").size());
        assertEquals(JicengServer.ADMIN, record.at("/events/0/recordedBy").asText(), "who recorded it is the login");
        assertEquals("ACTIVIST_CONFIRMED", record.at("/events/0/type").asText());

        JsonNode listed = api.get("/members?q=赖志强&jurisdiction=441481").json().at("/items/0");
        assertEquals("441481********123X", listed.get("idCardNumber").asText(), "lists mask ID card numbers");
        assertEquals("138****5678", listed.get("phone").asText(), "lists mask phone numbers");

        assertProblem(api.delete("/members/" + id), 409);
        assertEquals(201, api.post(events, step("EXITED", TODAY)).status());
        assertEquals("EXITED", api.get("/members/" + id).json().get("membershipStatus").asText());
        assertEquals(5, api.get(events).json().size(), "the record stays whole");

        ObjectNode duplicate = applicant.deepCopy().put("name", "另一人");
        assertProblem(api.post("/members", duplicate), 409);
    }

    @Test
    void anEditChecksTheNumbersAndOrganizationItChangesOnly() {
        long organizationId = api.get("/organizations?jurisdiction=441481&field=RURAL&size=1").json().at("/items/0/id").asLong();
        ObjectNode first = Api.object().put("name", "曾文彬").put("gender", "MALE").put("birthDate", "1990-05-06")
                .put("organizationId", organizationId).put("stage", "APPLICANT").put("applicationDate", TODAY.minusMonths(2).toString())
                .put("hasPost", false).put("idCardNumber", "441481199005061236").put("memberNumber", "XN-EDIT-0001");
        ObjectNode second = first.deepCopy().put("name", "曾文华").put("idCardNumber", "441481199107081245").put("memberNumber", "XN-EDIT-0002");
        Api.Reply a = api.post("/members", first);
        Api.Reply b = api.post("/members", second);
        assertEquals(201, a.status(), a.toString());
        assertEquals(201, b.status(), b.toString());
        long id = a.json().get("id").asLong();
        ObjectNode edit = (ObjectNode) a.json().deepCopy();
        edit.remove("jurisdictionCode");

        assertProblem(api.put("/members/" + id, edit.deepCopy().put("idCardNumber", "441481199107081245")), 409);
        assertProblem(api.put("/members/" + id, edit.deepCopy().put("memberNumber", " XN-EDIT-0002 ")), 409);
        JsonNode noOrganization = assertProblem(api.put("/members/" + id, edit.deepCopy().put("organizationId", Long.MAX_VALUE)), 400);
        assertEquals("organizationId", noOrganization.at("/errors/0/field").asText(), noOrganization.toString());

        // its own numbers, unchanged (one written with spaces around it), pass
        Api.Reply renamed = api.put("/members/" + id, edit.deepCopy().put("name", "曾文斌").put("memberNumber", " XN-EDIT-0001"));
        assertEquals(200, renamed.status(), renamed.toString());
        assertEquals("曾文斌", renamed.json().get("name").asText());
        assertEquals("XN-EDIT-0001", renamed.json().get("memberNumber").asText());
        assertEquals(a.json().get("jurisdictionCode").asText(), renamed.json().get("jurisdictionCode").asText());
        assertEquals(a.json().get("version").asLong() + 1, renamed.json().get("version").asLong(), "the refused edits changed nothing");
    }

    @Test
    void probationIsExtendedOnceOnly() {
        long organizationId = api.get("/organizations?jurisdiction=360823&field=RURAL&size=1").json().at("/items/0/id").asLong();
        LocalDate probation = TODAY.minusMonths(14);
        ObjectNode m = Api.object().put("name", "周雨").put("gender", "FEMALE").put("birthDate", "1998-09-09")
                .put("organizationId", organizationId).put("stage", "PROBATIONARY").put("hasPost", false)
                .put("applicationDate", probation.minusYears(3).toString()).put("activistDate", probation.minusYears(2).toString())
                .put("candidateDate", probation.minusMonths(6).toString()).put("probationDate", probation.toString());
        long id = api.post("/members", m).json().get("id").asLong();
        ObjectNode extend = step("PROBATION_EXTENDED", probation.plusYears(1), "BRANCH_RESOLUTION", "HIGHER_APPROVAL").put("extensionMonths", 6);
        assertEquals(201, api.post("/members/" + id + "/events", extend).status());
        assertEquals("probation-extended-once", rule(api.post("/members/" + id + "/events", extend)));
        assertEquals("probation-one-year", rule(api.post("/members/" + id + "/events",
                step("CONVERTED_FULL", TODAY, "CONVERSION_APPLICATION", "BRANCH_RESOLUTION", "HIGHER_APPROVAL"))));
        assertEquals(6, api.get("/members/" + id).json().get("probationExtendedMonths").asInt());
    }

    @Test
    void pipelineStatisticsCoverTheSubtree() {
        JsonNode pipeline = api.get("/development/pipeline?jurisdiction=130531").json();
        long total = 0;
        for (String stage : new String[]{"APPLICANT", "ACTIVIST", "CANDIDATE", "PROBATIONARY", "FULL"}) {
            assertTrue(pipeline.has(stage), stage);
            total += pipeline.get(stage).asLong();
        }
        long active = api.get("/members?jurisdiction=130531&status=ACTIVE&size=1").json().get("total").asLong();
        assertEquals(active, total);

        long branch = api.get("/organizations?jurisdiction=130531&field=RURAL&size=1").json().at("/items/0/id").asLong();
        JsonNode ofBranch = api.get("/development/pipeline?organizationId=" + branch).json();
        long branchTotal = 0;
        for (JsonNode n : ofBranch) {
            branchTotal += n.asLong();
        }
        assertEquals(api.get("/members?organizationId=" + branch + "&status=ACTIVE&size=1").json().get("total").asLong(), branchTotal);
        assertProblem(api.get("/development/pipeline?organizationId=999999999"), 404);

        JsonNode perYear = api.get("/development/developed-per-year?jurisdiction=130531").json();
        assertTrue(perYear.size() > 5, perYear.toString());
        perYear.properties().forEach(y -> assertTrue(y.getKey().matches("(19|20)\\d\\d") && y.getValue().asLong() > 0, perYear.toString()));
        // a branch of its own: two admitted in 2016, one in 2018, one applicant not admitted
        ObjectNode o = Api.object().put("name", "发展年度测试党支部" + System.nanoTime()).put("type", "BRANCH").put("field", "RURAL")
                .put("jurisdictionCode", "130531").put("termStart", "2024-01-01").put("termEnd", "2029-01-01");
        long own = api.post("/organizations", o).json().get("id").asLong();
        List<Long> created = new java.util.ArrayList<>();
        for (String probation : new String[]{"2016-05-01", "2016-11-20", "2018-03-15", null}) {
            ObjectNode m = Api.object().put("name", "年度测试").put("gender", "MALE").put("birthDate", "1980-01-01").put("organizationId", own)
                    .put("hasPost", false).put("applicationDate", "2014-01-10").put("activistDate", "2014-03-01");
            m.put("stage", probation == null ? "ACTIVIST" : "PROBATIONARY");
            if (probation != null) {
                m.put("candidateDate", "2015-06-01").put("probationDate", probation);
            }
            Api.Reply r = api.post("/members", m);
            assertEquals(201, r.status(), r.toString());
            created.add(r.json().get("id").asLong());
        }
        try {
            JsonNode ofOwn = api.get("/development/developed-per-year?organizationId=" + own).json();
            assertEquals(Api.object().put("2016", 2).put("2018", 1), ofOwn);
        } finally {
            created.forEach(id -> api.delete("/members/" + id));
            api.delete("/organizations/" + own);
        }

        JsonNode stagnant = api.get("/development/villages-without-development?jurisdiction=130531&years=3").json();
        assertTrue(stagnant.size() > 0, "广宗 has villages with no member developed for three years");
        LocalDate limit = TODAY.minusYears(3);
        for (JsonNode v : stagnant) {
            assertTrue(v.get("code").asText().startsWith("130531") && v.get("code").asText().length() == 12);
            assertTrue(v.get("lastAdmission").isNull() || LocalDate.parse(v.get("lastAdmission").asText()).isBefore(limit), v.toString());
        }
        assertTrue(api.get("/development/villages-without-development?jurisdiction=130531&years=1").json().size() <= stagnant.size() + 1000);
        assertProblem(api.get("/development/pipeline"), 400);
        assertProblem(api.get("/development/pipeline?jurisdiction=999999"), 404);
    }

    @Test
    void soapReadsTheRecordAndThePipeline() {
        String ns = "http://jiceng.org/soap/registry";
        long memberId = api.get("/members?jurisdiction=430581&stage=FULL&size=1").json().at("/items/0/id").asLong();
        Api.Reply record = api.soap("RegistryService", ns, "<t:getMemberRecord><t:memberId>" + memberId + "</t:memberId></t:getMemberRecord>");
        assertEquals(200, record.status(), record.toString());
        assertTrue(record.body().contains("CONVERTED_FULL") && record.body().contains("HIGHER_APPROVAL"), record.toString());
        assertFalse(record.body().contains("idCardNumber"), "no ID card numbers over SOAP");
        Api.Reply counts = api.soap("RegistryService", ns,
                "<t:getPipelineCounts><t:jurisdictionCode>430581</t:jurisdictionCode></t:getPipelineCounts>");
        assertTrue(counts.body().contains("<stage>PROBATIONARY</stage>"), counts.toString());
    }
}
