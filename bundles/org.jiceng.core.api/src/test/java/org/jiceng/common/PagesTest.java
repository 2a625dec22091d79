package org.jiceng.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PagesTest {
    private static final Set<String> SORTABLE = Set.of("id");

    /** A query over {@code rows} numbers that records which pages it was asked for. */
    private static final class Numbers {
        final List<Integer> rows;
        final List<Integer> pagesAsked = new ArrayList<>();

        Numbers(int rows) {
            this.rows = IntStream.range(0, rows).boxed().toList();
        }

        Page<Integer> page(PageRequest request) {
            pagesAsked.add(request.page());
            assertEquals("id", request.orders().get(0).field());
            int from = Math.min(request.offset(), rows.size());
            int to = Math.min(from + request.size(), rows.size());
            return new Page<>(rows.subList(from, to), request.page(), request.size(), rows.size());
        }
    }

    @Test
    void readsEveryPageOnceInOrder() {
        Numbers numbers = new Numbers(PageRequest.MAX_SIZE * 2 + 7);
        List<Integer> all = Pages.all("id", SORTABLE, numbers::page);
        assertEquals(numbers.rows, all);
        assertEquals(List.of(0, 1, 2), numbers.pagesAsked);
    }

    @Test
    void anExactMultipleOfThePageSizeAsksNoEmptyPage() {
        Numbers numbers = new Numbers(PageRequest.MAX_SIZE);
        assertEquals(PageRequest.MAX_SIZE, Pages.all("id", SORTABLE, numbers::page).size());
        assertEquals(List.of(0), numbers.pagesAsked);
    }

    @Test
    void nothingToReadAsksOnePage() {
        Numbers numbers = new Numbers(0);
        assertEquals(List.of(), Pages.all("id", SORTABLE, numbers::page));
        assertEquals(List.of(0), numbers.pagesAsked);
    }
}
