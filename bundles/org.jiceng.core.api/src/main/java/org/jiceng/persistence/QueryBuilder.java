package org.jiceng.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceUnitUtil;
import javax.persistence.TypedQuery;
import javax.persistence.metamodel.EntityType;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Builds a paged JPQL query from optional filters. Values are always bound as parameters and sort
 * fields are mapped through a whitelist, so no caller input is ever spliced into the query text.
 *
 * <pre>
 * new QueryBuilder("OrganizationEntity", "o")
 *     .where("o.field = :field", "field", query.getField())
 *     .page(em, OrganizationEntity.class, page, SORT_COLUMNS);
 * </pre>
 */
public final class QueryBuilder {
    /** Up to how many matching records {@link #pageByIds} counts from their ids rather than with a count query. */
    public static final int COUNTED_BY_IDS = 1_000;
    private final String entity;
    private final String alias;
    private final List<String> joins = new ArrayList<>();
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private @Nullable Long knownTotal;
    private @Nullable String leadingColumn;

    public QueryBuilder(String entity, String alias) {
        this.entity = entity;
        this.alias = alias;
    }

    /** Adds a condition with one named parameter, skipped when the value is null. */
    public QueryBuilder where(String condition, String parameter, @Nullable Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /**
     * Adds a join to the FROM clause of the list and its count, as written after the entity: e.g.
     * {@code "JOIN OrganizationEntity o ON o.id = m.organizationId"} (the database picks the order of inner joins) or
     * {@code "LEFT JOIN …"} (the database joins in the order given: the listed entity first). Each record must match one
     * row of what it joins at most, or it repeats. The records of a page are still {@code alias}'s; the conditions may
     * name the joined aliases.
     *
     * @since 1.7
     */
    public QueryBuilder join(String clause) {
        joins.add(clause);
        return this;
    }

    /** Adds a condition that always applies and binds no parameter. */
    public QueryBuilder where(String condition) {
        conditions.add(condition);
        return this;
    }

    /**
     * Gives the list's total, known without counting (a count the service keeps as its records are written): the
     * pages then run no count query. The caller answers for it matching the conditions given.
     *
     * @since 1.5
     */
    public QueryBuilder knownTotal(long total) {
        if (total < 0) {
            throw new IllegalArgumentException("A total is never negative: " + total);
        }
        this.knownTotal = total;
        return this;
    }

    /**
     * Puts {@code column} first in every order of the list: a column the list's conditions hold to one value (an
     * equality given with {@link #where}), so the records' order does not change. H2 walks an index for an ORDER BY
     * only when the ORDER BY starts with the index's own columns: given {@code m.countyCode} before {@code m.name}, it
     * finds a page on an index over (county, name) and stops after the page, where it read and sorted every one of a
     * county's 30,000 members for 21 of them.
     *
     * @since 1.8
     */
    public QueryBuilder orderedWithin(String column) {
        this.leadingColumn = column;
        return this;
    }

    /**
     * Adds a case-insensitive "contains" filter on a text attribute, skipped when blank. A text without
     * letter case (Chinese characters, digits, punctuation: most searches here) is matched as it is, so
     * the database may read the attribute from an index instead of lower-casing every row's.
     */
    public QueryBuilder contains(String attribute, String parameter, @Nullable String text) {
        if (text != null && !text.isBlank()) {
            String trimmed = text.trim();
            String compared = caseless(trimmed) ? attribute : "LOWER(" + attribute + ")";
            conditions.add(compared + " LIKE :" + parameter + " ESCAPE '\\'");
            parameters.put(parameter, "%" + escapeLike(trimmed.toLowerCase()) + "%");
        }
        return this;
    }

    /**
     * Whether lower-casing can change what {@code text} matches: not when it holds only ideographs, digits and
     * ASCII characters other than letters (lower-casing a stored value changes none of those, nor puts one
     * where a cased letter was).
     */
    static boolean caseless(String text) {
        return text.codePoints().allMatch(c -> Character.isIdeographic(c) || c < 128 && !Character.isLetter(c) || Character.isDigit(c));
    }

    /**
     * Runs the count and the page query.
     *
     * @param sortColumns public sort names mapped to attribute paths, e.g. {@code "name" -> "o.name"}
     */
    public <T> Page<T> page(EntityManager em, Class<T> type, PageRequest page, Map<String, String> sortColumns) {
        String where = where();
        long total = count(em, where);

        String order = order(sortKeys(page, sortColumns));
        TypedQuery<T> query = em.createQuery("SELECT " + alias + from() + where + order, type);
        parameters.forEach(query::setParameter);
        query.setFirstResult(page.offset());
        query.setMaxResults(page.size());
        return new Page<>(query.getResultList(), page.page(), page.size(), total);
    }

    /**
     * Runs a page query like {@link #page}, but asks the database only for the ids of the records in their
     * order, then reads the page's records by id. A filter the database can test on an index (a name within
     * organizations, with an index on both) then reads the index alone instead of every candidate's row, and
     * only the page's rows are read. When no more than {@value #COUNTED_BY_IDS} records match (a search, as a
     * rule), their ids are asked for in one query that gives the total too; otherwise a count query does. The
     * entity's id attribute is {@code sortColumns.get("id")}, e.g. {@code "m.id"}.
     *
     * @since 1.2
     */
    public <T> Page<T> pageByIds(EntityManager em, Class<T> type, PageRequest page, Map<String, String> sortColumns) {
        String idColumn = sortColumns.get("id");
        if (idColumn == null) {
            throw new IllegalArgumentException("No id column among the sort columns of " + entity);
        }
        String where = where();
        TypedQuery<Object> idQuery = em.createQuery("SELECT " + idColumn + from() + where + order(sortKeys(page, sortColumns)),
                Object.class);
        parameters.forEach(idQuery::setParameter);
        int enough = Math.max(page.offset() + page.size(), COUNTED_BY_IDS) + 1;
        idQuery.setMaxResults(enough);
        List<Object> matching = idQuery.getResultList();
        long total = matching.size() < enough ? matching.size() : count(em, where);
        List<Object> ids = matching.subList(Math.min(page.offset(), matching.size()), Math.min(page.offset() + page.size(), matching.size()));
        return new Page<>(rowsByIds(em, type, idColumn, ids), page.page(), page.size(), total);
    }

    /** The records of {@code ids} in that order, read in one query (a record deleted meanwhile is left out). */
    private <T> List<T> rowsByIds(EntityManager em, Class<T> type, String idColumn, List<?> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        TypedQuery<T> rows = em.createQuery("SELECT " + alias + " FROM " + entity + " " + alias + " WHERE " + idColumn + " IN :ids", type);
        rows.setParameter("ids", ids);
        PersistenceUnitUtil units = em.getEntityManagerFactory().getPersistenceUnitUtil();
        Map<Object, T> byId = new HashMap<>();
        for (T row : rows.getResultList()) {
            byId.put(units.getIdentifier(row), row);
        }
        List<T> items = new ArrayList<>(ids.size());
        for (Object id : ids) {
            T row = byId.get(id);
            if (row != null) { // deleted between the two queries
                items.add(row);
            }
        }
        return items;
    }

    /**
     * Runs a page like {@link #page}, and gives it the cursor of the page after it ({@link Page#next}) when the
     * list is sorted on {@code keysetFields} only (and the id). A request continued after such a cursor
     * ({@link PageRequest#after}) is answered by keyset paging: the records that follow the cursor's sort values
     * in the same order, found on an index over the sort columns instead of counted off from the start, and not
     * counted again ({@link Page#NOT_COUNTED}). The sort columns of {@code keysetFields} must be simple attributes
     * of the entity that are never null; the entity's id attribute is {@code sortColumns.get("id")}.
     *
     * @throws org.jiceng.common.ValidationException naming {@code after} when the cursor is not one of this list, or
     *         the list is sorted on a field that a cursor cannot follow
     * @since 1.4
     */
    public <T> Page<T> pageWithCursor(EntityManager em, Class<T> type, PageRequest page, Map<String, String> sortColumns,
            Set<String> keysetFields) {
        if (sortColumns.get("id") == null) {
            throw new IllegalArgumentException("No id column among the sort columns of " + entity);
        }
        List<SortKey> keys = sortKeys(page, sortColumns);
        boolean followable = page.orders().stream().allMatch(o -> keysetFields.contains(o.field()) || "id".equals(o.field()));
        String where = where();
        Map<String, Object> bound = new LinkedHashMap<>(parameters);
        long total;
        if (page.after() == null) {
            total = count(em, where);
        } else {
            if (!followable) {
                throw new ValidationException("after", "a cursor follows a list sorted on " + String.join(", ",
                        new TreeSet<>(keysetFields)) + " or id only");
            }
            List<Object> after = Cursors.decode(page.after(), columnTypes(em, type, keys));
            where = (where.isEmpty() ? " WHERE " : where + " AND ") + keysetCondition(keys, after, bound);
            total = Page.NOT_COUNTED;
        }
        // The sort values (the id among them) first, the page's records after by id: the database can then find and
        // order the page on an index alone, reading only the page's rows instead of every candidate's (on H2 a
        // county's 30,000 members sorted by name took 30 ms with their rows, 7 ms on the (organization, name) index)
        List<String> columns = keys.stream().map(SortKey::column).toList();
        String select = "SELECT " + String.join(", ", columns);
        TypedQuery<Object> query = em.createQuery(select + from() + where + order(keys), Object.class);
        bound.forEach(query::setParameter);
        query.setFirstResult(page.after() == null ? page.offset() : 0);
        query.setMaxResults(page.size() + 1); // one more: whether a page follows
        // one sort column (the id) comes as a value, more as an array
        List<Object[]> rows = query.getResultList().stream().map(r -> r instanceof Object[] values ? values : new Object[]{r}).toList();
        int idAt = columns.indexOf(sortColumns.get("id"));
        List<Object> ids = rows.stream().limit(page.size()).map(r -> r[idAt]).toList();
        String next = null;
        if (followable && rows.size() > page.size()) {
            next = Cursors.encode(Arrays.asList(rows.get(page.size() - 1)));
        }
        return new Page<>(rowsByIds(em, type, sortColumns.get("id"), ids), page.page(), page.size(), total, next);
    }

    /**
     * "After these values in this order": for keys k1..kn, {@code k1 > v1 OR (k1 = v1 AND k2 > v2) OR …} (less
     * than for a descending key), with {@code k1 >= v1} beside it so the database starts its index range there
     * instead of testing every record before it.
     */
    private static String keysetCondition(List<SortKey> keys, List<Object> values, Map<String, Object> bound) {
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            StringBuilder and = new StringBuilder("(");
            for (int j = 0; j < i; j++) {
                and.append(keys.get(j).column()).append(" = :after").append(j).append(" AND ");
            }
            SortKey k = keys.get(i);
            and.append(k.column()).append(k.ascending() ? " > " : " < ").append(":after").append(i).append(')');
            alternatives.add(and.toString());
            bound.put("after" + i, values.get(i));
        }
        SortKey first = keys.get(0);
        return first.column() + (first.ascending() ? " >= " : " <= ") + ":after0 AND (" + String.join(" OR ", alternatives) + ")";
    }

    /** The Java types of the sort columns, from the entity's metamodel (a column is {@code alias.attribute}). */
    private List<Class<?>> columnTypes(EntityManager em, Class<?> type, List<SortKey> keys) {
        EntityType<?> model = em.getMetamodel().entity(type);
        List<Class<?>> types = new ArrayList<>();
        for (SortKey k : keys) {
            types.add(model.getAttribute(k.column().substring(alias.length() + 1)).getJavaType());
        }
        return types;
    }

    /** The FROM clause of the list and its count: the entity, then what {@link #join} added. */
    private String from() {
        StringBuilder from = new StringBuilder(" FROM ").append(entity).append(' ').append(alias);
        joins.forEach(j -> from.append(' ').append(j));
        return from.toString();
    }

    private String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private long count(EntityManager em, String where) {
        if (knownTotal != null) {
            return knownTotal;
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(" + alias + ")" + from() + where, Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** One column of a page's order. */
    private record SortKey(String column, boolean ascending) {
    }

    /**
     * The ORDER BY clause of a page: the requested sort, then the unique {@code id} column as a
     * tie-breaker, each column once.
     */
    static String orderBy(PageRequest page, Map<String, String> sortColumns) {
        return render(sortKeys(page, sortColumns));
    }

    private static List<SortKey> sortKeys(PageRequest page, Map<String, String> sortColumns) {
        List<SortKey> keys = new ArrayList<>();
        Set<String> ordered = new HashSet<>();
        for (PageRequest.Order o : page.orders()) {
            String column = sortColumns.get(o.field());
            if (column == null) {
                throw new IllegalArgumentException("Unmapped sort field " + o.field());
            }
            if (ordered.add(column)) {
                keys.add(new SortKey(column, o.ascending()));
            }
        }
        // A unique tie-breaker keeps pages stable when the sort keys repeat; never a column twice (H2 2.2 fails reading
        // such a page once the table is large enough for it to sort the rows instead of walking an index).
        String idColumn = sortColumns.get("id");
        if (idColumn != null && !ordered.contains(idColumn)) {
            keys.add(new SortKey(idColumn, true));
        }
        return keys;
    }

    /** The ORDER BY of this list: its {@link #orderedWithin leading column}, if any, in the first key's direction, then the keys. */
    private String order(List<SortKey> keys) {
        if (leadingColumn == null || keys.isEmpty()) {
            return render(keys);
        }
        List<SortKey> led = new ArrayList<>();
        led.add(new SortKey(leadingColumn, keys.get(0).ascending()));
        keys.stream().filter(k -> !k.column().equals(leadingColumn)).forEach(led::add);
        return render(led);
    }

    private static String render(List<SortKey> keys) {
        StringBuilder order = new StringBuilder();
        for (SortKey k : keys) {
            order.append(order.length() == 0 ? " ORDER BY " : ", ").append(k.column()).append(k.ascending() ? " ASC" : " DESC");
        }
        return order.toString();
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
