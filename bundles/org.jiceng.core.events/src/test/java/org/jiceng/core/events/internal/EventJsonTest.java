package org.jiceng.core.events.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class EventJsonTest {
    enum Stage {
        ACTIVIST
    }

    @Test
    void propertiesComeBackWithLongsDoublesTextsAndLists() {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("id", 7);
        in.put("big", 12_000_000_000L);
        in.put("score", 92.5);
        in.put("passed", true);
        in.put("stage", Stage.ACTIVIST);
        in.put("date", LocalDate.of(2026, 3, 1));
        in.put("sources", List.of("PROBLEM", "DUTY"));
        Map<String, Object> out = EventJson.read(EventJson.properties(in));
        assertEquals(7L, out.get("id"));
        assertEquals(12_000_000_000L, out.get("big"));
        assertEquals(92.5, out.get("score"));
        assertEquals(true, out.get("passed"));
        assertEquals("ACTIVIST", out.get("stage"));
        assertEquals("2026-03-01", out.get("date"));
        assertEquals(List.of("PROBLEM", "DUTY"), out.get("sources"));
    }

    @Test
    void thePayloadCarriesTheEventIdTopicTimeJurisdictionAndProperties() throws Exception {
        String payload = EventJson.payload(42, "org/jiceng/problem/FOUND", LocalDateTime.of(2026, 12, 3, 8, 15, 0, 123_000_000), "360823",
                "{\"id\":5,\"status\":\"FOUND\"}");
        JsonNode json = new ObjectMapper().readTree(payload);
        assertEquals(42, json.get("id").asLong());
        assertEquals("org/jiceng/problem/FOUND", json.get("topic").asText());
        assertEquals("2026-12-03T08:15:00.123Z", json.get("occurredAt").asText());
        assertEquals("360823", json.get("jurisdictionCode").asText());
        assertEquals("FOUND", json.at("/properties/status").asText());
    }
}
