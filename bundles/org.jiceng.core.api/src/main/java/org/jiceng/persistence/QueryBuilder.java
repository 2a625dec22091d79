package org.jiceng.persistence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
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

    /** Adds a case-insensitive "contains" filter on a text attribute, skipped when blank. */
    public QueryBuilder contains(String attribute, String parameter, @Nullable String text) {
        if (text != null && !text.isBlank()) {
            conditions.add("LOWER(" + attribute + ") LIKE :" + parameter + " ESCAPE '\\'");
            parameters.put(parameter, "%" + escapeLike(text.trim().toLowerCase()) + "%");
        }
        return this;
    }

    /**
     * Runs the count and the page query.
     *
     * @param sortColumns public sort names mapped to attribute paths, e.g. {@code "name" -> "o.name"}
     */
    public <T> Page<T> page(EntityManager em, Class<T> type, PageRequest page, Map<String, String> sortColumns) {
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(" + alias + ") FROM " + entity + " " + alias + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();

        String order = orderBy(page, sortColumns);
        TypedQuery<T> query = em.createQuery("SELECT " + alias + " FROM " + entity + " " + alias + where + order, type);
        parameters.forEach(query::setParameter);
        query.setFirstResult(page.offset());
        query.setMaxResults(page.size());
        return new Page<>(query.getResultList(), page.page(), page.size(), total);
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
