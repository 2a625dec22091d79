package org.jiceng.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Reads every result of a paged query, page by page at {@link PageRequest#MAX_SIZE}, for work that
 * needs all of them (a county's statistics, a dashboard, demo data). The sort must name a unique
 * key (usually {@code id}, or a code) so that no row is skipped or read twice across pages. Also
 * pages a list computed in memory ({@link #ofList}).
 */
public final class Pages {
    private Pages() {
    }

    /**
     * Every item of the query, in its order.
     *
     * @param sort a sort expression on a unique key, e.g. {@code "id"}
     * @param sortable the fields the query may sort on (as for {@link PageRequest#of})
     * @param query the paged query, called once per page
     */
    public static <T> List<T> all(@Nullable String sort, Set<String> sortable, Function<PageRequest, Page<T>> query) {
        List<T> all = new ArrayList<>();
        each(sort, sortable, query, all::add);
        return all;
    }

    /** Hands every item of the query to {@code action}, in its order, one page in memory at a time. */
    public static <T> void each(@Nullable String sort, Set<String> sortable, Function<PageRequest, Page<T>> query, Consumer<? super T> action) {
        for (int page = 0;; page++) {
            Page<T> p = query.apply(PageRequest.of(page, PageRequest.MAX_SIZE, sort, sortable));
            p.items().forEach(action);
            if (page + 1 >= p.getTotalPages()) {
                return;
            }
        }
    }

    /**
     * One page of a list computed in memory — a ranking over every branch of a county, a view that
     * joins the core's records with a module's rows (a few hundred items) — sorted and cut as a
     * query would be.
     *
     * @param sortable a comparator per field the request may sort on (as validated by {@link PageRequest#of})
     * @param uniqueKey the field that breaks ties, so that pages never overlap; one of {@code sortable}
     */
    public static <T> Page<T> ofList(List<T> all, PageRequest request, Map<String, Comparator<T>> sortable, String uniqueKey) {
        Comparator<T> order = null;
        for (PageRequest.Order o : request.orders()) {
            Comparator<T> c = sortable.get(o.field());
            c = o.ascending() ? c : c.reversed();
            order = order == null ? c : order.thenComparing(c);
        }
        Comparator<T> tieBreak = sortable.get(uniqueKey);
        order = order == null ? tieBreak : order.thenComparing(tieBreak);
        List<T> sorted = new ArrayList<>(all);
        sorted.sort(order);
        int from = Math.min(sorted.size(), request.offset());
        int to = Math.min(sorted.size(), from + request.size());
        return new Page<>(new ArrayList<>(sorted.subList(from, to)), request.page(), request.size(), sorted.size());
    }
}
