package org.jiceng.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.jiceng.common.PageRequest;
import org.jiceng.common.ValidationException;
import org.junit.jupiter.api.Test;

class CursorsTest {
    private enum Stage {
        APPLICANT, FULL
    }

    private static final List<Class<?>> TYPES = List.of(String.class, LocalDate.class, Stage.class, long.class);

    @Test
    void aCursorGivesBackTheSortValuesInTheirColumnsTypes() {
        List<Object> values = List.of("王.伟/=+", LocalDate.of(1990, 2, 28), Stage.FULL, 4_000_123L);
        String cursor = Cursors.encode(values);
        assertTrue(cursor.matches("[A-Za-z0-9_.-]+"), "URL-safe without escaping: " + cursor);
        assertEquals(values, Cursors.decode(cursor, TYPES));
    }

    @Test
    void aRecordWithANullSortValueHasNoCursor() {
        assertNull(Cursors.encode(Arrays.asList("王伟", null)));
    }

    @Test
    void aCursorOfAnotherListOrATamperedOneIsRefusedNamingAfter() {
        String cursor = Cursors.encode(List.of("王伟", LocalDate.of(1990, 2, 28), Stage.FULL, 7L));
        for (String bad : new String[]{cursor + ".MQ", "not-base64!", Cursors.encode(List.of("a", "b", "c", "d")),
                Cursors.encode(List.of("王伟", "1990-02-28", "PROBATIONARY", "7"))}) {
            ValidationException e = assertThrows(ValidationException.class, () -> Cursors.decode(bad, TYPES), bad);
            assertEquals("after", e.errors().get(0).field(), bad);
        }
    }

    @Test
    void anOverlongCursorIsRefusedBeforeDecoding() {
        PageRequest page = PageRequest.of(null, null, null, java.util.Set.of());
        ValidationException e = assertThrows(ValidationException.class, () -> page.after("x".repeat(PageRequest.MAX_CURSOR_LENGTH + 1)));
        assertEquals("after", e.errors().get(0).field());
        assertNull(page.after(" ").after(), "a blank cursor pages by number");
    }
}
