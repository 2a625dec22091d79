package org.jiceng.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceUnitUtil;
import javax.persistence.TypedQuery;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * The queries a page runs, on a fake entity manager that answers each JPQL text with rows given by the test: the
 * sort values and ids first (with the joins), then the page's records by id, put back in the page's order.
 */
class QueryBuilderPagesTest {
    private static final Map<String, String> SORT = Map.of("id", "m.id", "name", "m.name");
    private static final String JOIN = "JOIN OrganizationEntity o ON o.id = m.organizationId";

    /** A record of the fake table. */
    record Row(long id, String name) {
    }

    /** Each JPQL run and its parameters, in order. */
    private final List<String> ran = new ArrayList<>();
    private final Map<String, Object> bound = new HashMap<>();
    private final List<Row> table = List.of(new Row(1, "毕"), new Row(2, "陈"), new Row(3, "阿"), new Row(4, "邓"));

    @Test
    void aPageSortedByNameReadsItsIdsOnTheJoinThenItsRowsInThatOrderAndGivesTheCursorOfItsLastRecord() {
        QueryBuilder q = new QueryBuilder("MemberEntity", "m").join(JOIN).where("o.code = :code", "code", "430581");
        // the database's order by name: 阿 3, 毕 1, 陈 2, 邓 4; a page of 2 asks for 3 to know that one follows
        Page<Row> page = q.pageWithCursor(em(jpql -> jpql.startsWith("SELECT m.name, m.id")
                ? List.of(new Object[]{"阿", 3L}, new Object[]{"毕", 1L}, new Object[]{"陈", 2L})
                : rowsById()), Row.class, PageRequest.of(0, 2, "name", Set.of("id", "name")), SORT, Set.of("name"));

        assertEquals(List.of("SELECT COUNT(m) FROM MemberEntity m " + JOIN + " WHERE o.code = :code",
                "SELECT m.name, m.id FROM MemberEntity m " + JOIN + " WHERE o.code = :code ORDER BY m.name ASC, m.id ASC",
                "SELECT m FROM MemberEntity m WHERE m.id IN :ids"), ran);
        assertEquals(List.of(3L, 1L), bound.get("ids"), "the page's ids only, in its order");
        assertEquals(List.of(3L, 1L), page.items().stream().map(Row::id).toList(), "the rows in the page's order, not the database's");
        assertEquals(Cursors.encode(List.of("毕", 1L)), page.next(), "the sort values of the page's last record");
        assertEquals(4, page.total());
    }

    @Test
    void aPageSortedByIdAloneReadsBareIdsAndTheLastPageHasNoCursor() {
        QueryBuilder q = new QueryBuilder("MemberEntity", "m");
        Page<Row> page = q.pageWithCursor(em(jpql -> jpql.startsWith("SELECT m.id") ? List.of(2L, 4L) : rowsById()), Row.class,
                PageRequest.of(0, 2, null, Set.of("id", "name")), SORT, Set.of("name"));

        assertEquals("SELECT m.id FROM MemberEntity m ORDER BY m.id ASC", ran.get(1));
        assertEquals(List.of(2L, 4L), page.items().stream().map(Row::id).toList());
        assertNull(page.next(), "no record follows");
    }

    @Test
    void aColumnHeldToOneValueLeadsTheOrderInTheFirstKeysDirectionAndStaysOutOfTheCursor() {
        QueryBuilder q = new QueryBuilder("MemberEntity", "m").where("m.countyCode = :county", "county", "430581").orderedWithin("m.countyCode");
        PageRequest byNameDescending = PageRequest.of(0, 2, "-name", Set.of("id", "name"));
        Page<Row> first = q.pageWithCursor(em(jpql -> jpql.startsWith("SELECT m.name, m.id")
                ? List.of(new Object[]{"邓", 4L}, new Object[]{"陈", 2L}, new Object[]{"毕", 1L})
                : rowsById()), Row.class, byNameDescending, SORT, Set.of("name"));
        assertEquals("SELECT m.name, m.id FROM MemberEntity m WHERE m.countyCode = :county ORDER BY m.countyCode DESC, m.name DESC, m.id ASC",
                ran.get(1));
        assertEquals(Cursors.encode(List.of("陈", 2L)), first.next(), "the cursor holds the sort values only, not the leading column");
        assertEquals(List.of(4L, 2L), first.items().stream().map(Row::id).toList());
    }

    @Test
    void aRecordDeletedBetweenTheTwoQueriesIsLeftOut() {
        Page<Row> page = new QueryBuilder("MemberEntity", "m").pageWithCursor(
                em(jpql -> jpql.startsWith("SELECT m.id") ? List.of(2L, 9L, 4L) : rowsById()), Row.class,
                PageRequest.of(0, 5, null, Set.of("id")), SORT, Set.of());
        assertEquals(List.of(2L, 4L), page.items().stream().map(Row::id).toList());
    }

    /** The fake table's records whose ids are bound, in the table's order (not the page's). */
    private List<Object> rowsById() {
        List<?> ids = (List<?>) bound.get("ids");
        return table.stream().filter(r -> ids.contains(r.id())).map(r -> (Object) r).toList();
    }

    /** An entity manager whose queries answer {@code answers.apply(jpql)} (a count answers the table's size). */
    private EntityManager em(Function<String, List<?>> answers) {
        PersistenceUnitUtil units = fake(PersistenceUnitUtil.class, (method, args) -> ((Row) args[0]).id());
        EntityManagerFactory factory = fake(EntityManagerFactory.class, (method, args) -> units);
        return fake(EntityManager.class, (method, args) -> switch (method) {
            case "createQuery" -> query((String) args[0], answers);
            case "getEntityManagerFactory" -> factory;
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private TypedQuery<?> query(String jpql, Function<String, List<?>> answers) {
        ran.add(jpql);
        return fake(TypedQuery.class, (method, args) -> switch (method) {
            case "setParameter" -> {
                bound.put((String) args[0], args[1]);
                yield null;
            }
            case "setFirstResult", "setMaxResults" -> null;
            case "getSingleResult" -> (long) table.size();
            case "getResultList" -> answers.apply(jpql);
            default -> throw new UnsupportedOperationException(method);
        });
    }

    /** A proxy answering each call by its method's name; a call answered null returns the proxy (fluent setters). */
    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type, java.util.function.BiFunction<String, Object[], Object> answer) {
        return (T) Proxy.newProxyInstance(QueryBuilderPagesTest.class.getClassLoader(), new Class<?>[]{type}, (proxy, method, args) -> {
            Object result = answer.apply(method.getName(), args);
            return result == null && method.getReturnType().isInstance(proxy) ? proxy : result;
        });
    }
}
