package org.jiceng.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.jiceng.common.PageRequest;
import org.junit.jupiter.api.Test;

class QueryBuilderTest {
    private static final Map<String, String> AUDIT_LIKE = Map.of("seq", "a.seq", "id", "a.seq", "username", "a.username");

    @Test
    void theUniqueColumnBreaksTiesAfterTheRequestedSort() {
        assertEquals(" ORDER BY a.username DESC, a.seq ASC", QueryBuilder.orderBy(page("-username"), AUDIT_LIKE));
        assertEquals(" ORDER BY a.seq ASC", QueryBuilder.orderBy(page(null), AUDIT_LIKE));
    }

    @Test
    void noColumnIsOrderedTwice() {
        // "seq" is the id column as well: H2 2.2 fails reading a large page ordered by the same column twice.
        assertEquals(" ORDER BY a.seq DESC", QueryBuilder.orderBy(page("-seq"), AUDIT_LIKE));
        assertEquals(" ORDER BY a.seq ASC", QueryBuilder.orderBy(page("seq"), AUDIT_LIKE));
    }

    @Test
    void anUnmappedSortFieldIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> QueryBuilder.orderBy(page("username"), Map.of("id", "a.seq")));
    }

    @Test
    void onlyTextsWithoutLetterCaseSkipLowerCasing() {
        assertTrue(QueryBuilder.caseless("党员7-99"));
        assertTrue(QueryBuilder.caseless("兴宁市 2024"));
        assertFalse(QueryBuilder.caseless("Wang"), "ASCII letters compare lower-cased");
        assertFalse(QueryBuilder.caseless("阿不都·热合曼"), "a middle dot is not ASCII: the safe way");
        assertFalse(QueryBuilder.caseless("Ǆ"), "a title-case letter");
        assertFalse(QueryBuilder.caseless("\u0307"), "a combining mark, which lower-casing İ produces");
    }

    private static PageRequest page(String sort) {
        return PageRequest.of(0, 20, sort, Set.of("seq", "id", "username"));
    }
}
