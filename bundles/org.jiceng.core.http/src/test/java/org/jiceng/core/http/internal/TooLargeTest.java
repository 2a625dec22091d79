package org.jiceng.core.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TooLargeTest {
    @Test
    void bodyIsAProblemNamingTheLimitAndThePath() {
        String body = TooLarge.body("/api/v1/members", 16);
        assertTrue(body.startsWith("{\"type\":\"https://jiceng.org/problems/payload-too-large\""), body);
        assertTrue(body.contains("\"status\":413"), body);
        assertTrue(body.contains("16 bytes"), body);
        assertTrue(body.endsWith("\"instance\":\"/api/v1/members\"}"), body);
    }

    @Test
    void pathsCannotBreakOutOfTheJsonString() {
        assertEquals("/a\\\"b\\\\c\\u000a", TooLarge.jsonEscape("/a\"b\\c\n"));
    }
}
