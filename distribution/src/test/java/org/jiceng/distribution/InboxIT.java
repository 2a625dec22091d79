package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The per-jurisdiction inbox collects due and overdue items of the engines. */
class InboxIT {
    private static Api api;
    private static final LocalDate TODAY = LocalDate.now();

    @BeforeAll
    static void boot() {
        api = new Api(JicengServer.get());
    }

    @Test
    void dueAndOverdueItemsOfTheSubtreeComeOverdueFirst() {
        String village = api.get("/jurisdictions/360823/subtree?level=VILLAGE&size=1").json().at("/items/0/code").asText();
        Api.Reply overdue = api.post("/problems", Api.object().put("source", "FEEDBACK").put("subjectType", "JURISDICTION").put("subjectId", village)
                .put("jurisdictionCode", village).put("category", "三会一课").put("severity", "MEDIUM").put("description", "支委会记录不全")
                .put("foundBy", "县委组织部").put("foundOn", TODAY.minusDays(20).toString()).put("deadline", TODAY.minusDays(2).toString()));
        assertEquals(201, overdue.status(), overdue.toString());
        Api.Reply later = api.post("/problems", Api.object().put("source", "FEEDBACK").put("subjectType", "JURISDICTION").put("subjectId", village)
                .put("jurisdictionCode", village).put("category", "阵地建设").put("severity", "LOW").put("description", "活动室标牌缺失")
                .put("foundBy", "县委组织部").put("foundOn", TODAY.minusDays(1).toString()).put("deadline", TODAY.plusDays(60).toString()));
        assertEquals(201, later.status(), later.toString());
        long memberId = api.get("/members?jurisdiction=360823&stage=FULL&status=ACTIVE&size=1&page=30").json().at("/items/0/id").asLong();
        long to = api.get("/organizations?jurisdiction=430581&size=1").json().at("/items/0/id").asLong();
        Api.Reply letter = api.post("/transfers", Api.object().put("memberId", memberId).put("toOrganizationId", to)
                .put("letterNumber", "赣组转" + System.nanoTime()).put("issuedOn", TODAY.minusDays(20).toString()).put("validityDays", 30));
        assertEquals(201, letter.status(), letter.toString());

        JsonNode inbox = api.get("/inbox?jurisdiction=360823&withinDays=30").json();
        String overdueId = overdue.json().get("id").asText();
        String laterId = later.json().get("id").asText();
        boolean sawDue = false;
        boolean sawLetter = false;
        boolean overdueFirst = true;
        boolean seenNotOverdue = false;
        for (JsonNode item : inbox) {
            if (item.get("overdue").asBoolean() && seenNotOverdue) {
                overdueFirst = false;
            }
            seenNotOverdue |= !item.get("overdue").asBoolean();
            if ("problems".equals(item.get("source").asText()) && overdueId.equals(item.get("id").asText())) {
                sawDue = item.get("overdue").asBoolean();
            }
            assertFalse("problems".equals(item.get("source").asText()) && laterId.equals(item.get("id").asText()),
                    "due in 60 days is not in a 30-day inbox");
            sawLetter |= "transfers".equals(item.get("source").asText()) && letter.json().get("id").asText().equals(item.get("id").asText());
        }
        assertTrue(sawDue, "the overdue problem is listed as overdue: " + inbox);
        assertTrue(sawLetter, "the letter expiring in 10 days is listed");
        assertTrue(overdueFirst, "overdue items come first");
        assertTrue(api.get("/inbox?jurisdiction=360823&withinDays=90").json().toString().contains("\"" + laterId + "\""));
        for (JsonNode item : api.get("/inbox?jurisdiction=130531&withinDays=90").json()) {
            assertFalse("problems".equals(item.get("source").asText()) && overdueId.equals(item.get("id").asText()),
                    "another county does not see it");
        }
        JicengServer server = JicengServer.get();
        assertTrue(server.shell("scheduler:list").contains("jiceng-overdue-sweep"), "the engines' daily job is on Karaf's scheduler");
        assertProblem(api.get("/inbox"), 400);
        assertProblem(api.get("/inbox?jurisdiction=360823&withinDays=999"), 400);
    }
}
