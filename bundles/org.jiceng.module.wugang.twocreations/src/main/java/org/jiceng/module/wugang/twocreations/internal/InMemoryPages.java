package org.jiceng.module.wugang.twocreations.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;

/**
 * Pages of a list computed in memory: a ranking is computed over every branch of the scope (a county
 * has a few hundred) before it can be cut, so it is sorted and cut here rather than in SQL.
 */
final class InMemoryPages {
    private InMemoryPages() {
    }

    static <T> Page<T> page(List<T> all, PageRequest request, Map<String, Comparator<T>> sortable, String uniqueKey) {
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
