package org.jiceng.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ParamsTest {
    enum Colour {
        RED, GREEN
    }

    @Test
    void blankMeansAbsent() {
        assertNull(Params.enumOf(Colour.class, "colour", " "));
        assertNull(Params.date("d", null));
        assertNull(Params.id("id", ""));
    }

    @Test
    void valuesAreParsedLeniently() {
        assertEquals(Colour.GREEN, Params.enumOf(Colour.class, "colour", "green"));
        assertEquals(LocalDate.of(2026, 1, 2), Params.date("d", "2026-01-02"));
        assertEquals(Boolean.TRUE, Params.bool("b", "TRUE"));
    }

    @Test
    void badValuesNameTheParameterAndTheAllowedValues() {
        ValidationException e = assertThrows(ValidationException.class, () -> Params.enumOf(Colour.class, "colour", "blue"));
        assertEquals("colour", e.errors().get(0).field());
        assertTrue(e.errors().get(0).reason().contains("RED, GREEN"));
        assertEquals("d", assertThrows(ValidationException.class, () -> Params.date("d", "2026-13-01")).errors().get(0).field());
        assertThrows(ValidationException.class, () -> Params.integer("n", "99999999999"));
        assertThrows(ValidationException.class, () -> Params.bool("b", "yes"));
        assertThrows(ValidationException.class, () -> Params.body(null));
    }

    @Test
    void anIdInThePathIsRequired() {
        assertEquals(42L, Params.pathId("id", " 42 "));
        for (String blank : new String[]{null, "", " "}) {
            ValidationException e = assertThrows(ValidationException.class, () -> Params.pathId("organizationId", blank));
            assertEquals("organizationId", e.errors().get(0).field());
        }
        assertEquals("id", assertThrows(ValidationException.class, () -> Params.pathId("id", "abc")).errors().get(0).field());
    }
}
