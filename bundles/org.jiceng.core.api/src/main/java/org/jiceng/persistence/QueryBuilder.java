package org.jiceng.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceUnitUtil;
import javax.persistence.TypedQuery;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
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
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

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

    /** Adds a condition that always applies and binds no parameter. */
    public QueryBuilder where(String condition) {
        conditions.add(condition);
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

        String order = orderBy(page, sortColumns);
        TypedQuery<T> query = em.createQuery("SELECT " + alias + " FROM " + entity + " " + alias + where + order, type);
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
        TypedQuery<Object> idQuery = em.createQuery("SELECT " + idColumn + " FROM " + entity + " " + alias + where + orderBy(page, sortColumns),
                Object.class);
        parameters.forEach(idQuery::setParameter);
        int enough = Math.max(page.offset() + page.size(), COUNTED_BY_IDS) + 1;
        idQuery.setMaxResults(enough);
        List<Object> matching = idQuery.getResultList();
        long total = matching.size() < enough ? matching.size() : count(em, where);
        List<Object> ids = matching.subList(Math.min(page.offset(), matching.size()), Math.min(page.offset() + page.size(), matching.size()));
        if (ids.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), total);
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
        return new Page<>(items, page.page(), page.size(), total);
    }

    private String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private long count(EntityManager em, String where) {
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(" + alias + ") FROM " + entity + " " + alias + where, Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /**
     * The ORDER BY clause of a page: the requested sort, then the unique {@code id} column as a
     * tie-breaker, each column once.
     */
    static String orderBy(PageRequest page, Map<String, String> sortColumns) {
        StringBuilder order = new StringBuilder();
        Set<String> ordered = new HashSet<>();
        for (PageRequest.Order o : page.orders()) {
            String column = sortColumns.get(o.field());
            if (column == null) {
                throw new IllegalArgumentException("Unmapped sort field " + o.field());
            }
            if (ordered.add(column)) {
                order.append(order.length() == 0 ? " ORDER BY " : ", ").append(column).append(o.ascending() ? " ASC" : " DESC");
            }
        }
        // A unique tie-breaker keeps pages stable when the sort keys repeat; never a column twice (H2 2.2 fails reading
        // such a page once the table is large enough for it to sort the rows instead of walking an index).
        String idColumn = sortColumns.get("id");
        if (idColumn != null && !ordered.contains(idColumn)) {
            order.append(order.length() == 0 ? " ORDER BY " : ", ").append(idColumn).append(" ASC");
        }
        return order.toString();
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
