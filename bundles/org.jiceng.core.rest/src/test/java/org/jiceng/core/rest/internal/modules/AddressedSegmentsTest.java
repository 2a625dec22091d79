package org.jiceng.core.rest.internal.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AddressedSegmentsTest {
    private static List<String> addressed(String... below) {
        List<String> seen = new ArrayList<>();
        ModuleRoutes.eachAddressed(List.of(below), (collection, id) -> seen.add(collection + "#" + id));
        return seen;
    }

    @Test
    void everyCollectionFollowedByANumberIsChecked() {
        assertEquals(List.of("sessions#192", "agenda#7"), addressed("sessions", "192", "agenda", "7"));
        assertEquals(List.of("targets#17"), addressed("targets", "17", "rating"));
        assertEquals(List.of("elections#5"), addressed("documents", "elections", "5", "result.pdf"));
    }

    @Test
    void segmentsThatAreNotIdsAreLeftToTheModule() {
        assertEquals(List.of(), addressed("targets"));
        assertEquals(List.of(), addressed("nominations", "x", "rounds", "first-review"));
        assertEquals(List.of(), addressed("presence", "2026-11"));
        assertEquals(List.of(), addressed("targets", "-1"));
        // past a long: a number no record can have, the module's own parameter check answers
        assertEquals(List.of(), addressed("targets", "1234567890123456789012"));
    }
}
