package org.jiceng.core.events.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Event properties to and from the outbox's JSON, and the payload a webhook receives. */
final class EventJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventJson() {
    }

    /**
     * The properties as JSON. Values must be what JSON holds (strings, numbers, booleans, lists
     * and maps of them); an enum or a date is written as its text.
     */
    static String properties(Map<String, ?> properties) {
        Map<String, Object> plain = new LinkedHashMap<>();
        properties.forEach((key, value) -> plain.put(key, plain(value)));
        try {
            return MAPPER.writeValueAsString(plain);
        } catch (IOException e) {
            throw new IllegalArgumentException("Event properties cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Iterable<?>
                || value instanceof Map<?, ?>) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString();
    }

    /** The properties read back: integral numbers as Long, others as Double. */
    static Map<String, Object> read(String json) {
        try {
            Map<String, Object> values = MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
            });
            values.replaceAll((key, value) -> value instanceof Integer i ? Long.valueOf(i) : value);
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The body a receiver gets: {@code {id, topic, occurredAt, jurisdictionCode, properties}}; the
     * id is the event's, the same in every redelivery, for receivers to deduplicate on.
     */
    static String payload(long eventId, String topic, LocalDateTime occurredAt, String jurisdictionCode, String propertiesJson) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("id", eventId);
        body.put("topic", topic);
        body.put("occurredAt", occurredAt.atOffset(ZoneOffset.UTC).toString());
        body.put("jurisdictionCode", jurisdictionCode);
        try {
            body.set("properties", MAPPER.readTree(propertiesJson));
            return MAPPER.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
