package org.jiceng.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class PageRequestTest {
    private static final Set<String> SORTABLE = Set.of("name", "termEnd", "id");

    @Test
    void parsesSortKeysInPriorityOrder() {
        PageRequest p = PageRequest.of(2, 10, "termEnd, -name", SORTABLE);
        assertEquals(20, p.offset());
        assertEquals("termEnd", p.orders().get(0).field());
        assertTrue(p.orders().get(0).ascending());
        assertEquals("name", p.orders().get(1).field());
        assertFalse(p.orders().get(1).ascending());
    }

    @Test
    void defaultsApplyWhenNothingIsGiven() {
        PageRequest p = PageRequest.of(null, null, null, SORTABLE);
        assertEquals(0, p.page());
        assertEquals(PageRequest.DEFAULT_SIZE, p.size());
        assertEquals("id", p.withDefaultOrder(new PageRequest.Order("id", true)).orders().get(0).field());
    }

    @Test
    void everyBadParameterIsReportedTogether() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> PageRequest.of(-1, 501, "name;DROP TABLE x", SORTABLE));
        assertEquals(Set.of("page", "size", "sort"), Set.copyOf(e.errors().stream().map(FieldError::field).toList()));
    }

    @Test
    void onlyDeclaredFieldsCanBeSorted() {
        ValidationException e = assertThrows(ValidationException.class, () -> PageRequest.of(0, 5, "password", SORTABLE));
        assertTrue(e.errors().get(0).reason().contains("allowed: id, name, termEnd"));
    }
}
