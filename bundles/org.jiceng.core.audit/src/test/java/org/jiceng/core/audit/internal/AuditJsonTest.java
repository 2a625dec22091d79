package org.jiceng.core.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.registry.Gender;
import org.junit.jupiter.api.Test;

class AuditJsonTest {

    @Test
    void valuesOfEveryKind() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", "张三 \"小\"\n");
        values.put("birthDate", LocalDate.of(1990, 1, 2));
        values.put("gender", Gender.MALE);
        values.put("amount", new BigDecimal("12.50"));
        values.put("hasPost", true);
        values.put("version", 3L);
        values.put("note", null);
        values.put("tags", List.of("a", 1));
        assertEquals("{\"name\":\"张三 \\\"小\\\"\\n\",\"birthDate\":\"1990-01-02\",\"gender\":\"MALE\",\"amount\":12.50,"
                + "\"hasPost\":true,\"version\":3,\"note\":null,\"tags\":[\"a\",1]}", AuditJson.object(values));
    }

    @Test
    void textsAreEscapedWhereverTheEscapeStandsAndPlainTextsAreCopiedWhole() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("plain", "中共稠树塘镇委员会 no escape");
        values.put("first", "\"at the start");
        values.put("last", "at the end\\");
        values.put("control", "bell\u0007 and \r\t");
        assertEquals("{\"plain\":\"中共稠树塘镇委员会 no escape\",\"first\":\"\\\"at the start\",\"last\":\"at the end\\\\\","
                + "\"control\":\"bell\\u0007 and \\r\\t\"}", AuditJson.object(values));
    }

    @Test
    void personalNumbersAreMaskedAsInLists() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("idCardNumber", "44148119900101123X");
        values.put("phone", "13812345678");
        values.put("contactPhone", "13900001111");
        String json = AuditJson.object(values);
        assertEquals("{\"idCardNumber\":\"441481********123X\",\"phone\":\"138****5678\",\"contactPhone\":\"139****1111\"}", json);
        assertFalse(json.contains("19900101"));
        assertEquals(json, AuditJson.object(values), "masked the same once the attribute's masking is known");
        assertEquals(7, AuditJson.mask("idCardNumber", 7), "only a text is masked");
    }

    @Test
    void secretsAreNeverWritten() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("passwordHash", "$pbkdf2$abc");
        values.put("apiToken", "t0k3n");
        String json = AuditJson.object(values);
        assertFalse(json.contains("pbkdf2"));
        assertFalse(json.contains("t0k3n"));
        assertTrue(json.contains("******"));
    }

    @Test
    void longTextsAreCut() {
        String json = AuditJson.object(Map.of("minutes", "x".repeat(AuditJson.MAX_TEXT + 5)));
        assertTrue(json.length() < AuditJson.MAX_TEXT + 100);
        assertTrue(json.contains("(" + (AuditJson.MAX_TEXT + 5) + " characters)"));
    }

    @Test
    void noValuesNoObject() {
        assertNull(AuditJson.object(null));
        assertEquals("{}", AuditJson.object(Map.of()));
    }
}
