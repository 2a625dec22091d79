package org.jiceng.core.bulk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.junit.jupiter.api.Test;

class PagedRowsTest {
    private static final int SIZE = PageRequest.MAX_SIZE;

    @Test
    void followsEachPagesCursorAfterTheFirst() {
        int total = SIZE * 2 + 7;
        List<PageRequest> asked = new ArrayList<>();
        List<List<Integer>> pages = new ArrayList<>();
        Exports.PagedRows<Integer> rows = new Exports.PagedRows<>(request -> {
            asked.add(request);
            int from = request.after() == null ? request.offset() : Integer.parseInt(request.after());
            int to = Math.min(total, from + SIZE);
            List<Integer> items = IntStream.range(from, to).boxed().toList();
            // as the services answer: counted on the first page only, a cursor while records follow
            return new Page<>(items, request.page(), SIZE, request.after() == null ? total : Page.NOT_COUNTED,
                    to < total ? String.valueOf(to) : null);
        }, pages::add, i -> List.of(String.valueOf(i)));
        List<String> read = new ArrayList<>();
        rows.forEachRemaining(r -> read.add(r.get(0)));
        assertEquals(IntStream.range(0, total).mapToObj(String::valueOf).toList(), read);
        assertEquals(3, asked.size());
        assertNull(asked.get(0).after());
        assertEquals(0, asked.get(0).page());
        assertEquals(String.valueOf(SIZE), asked.get(1).after());
        assertEquals(String.valueOf(SIZE * 2), asked.get(2).after());
        assertEquals(List.of(SIZE, SIZE, 7), pages.stream().map(List::size).toList(), "each page seen before its rows");
    }

    @Test
    void pagesByNumberWhereTheListGivesNoCursor() {
        int total = SIZE + 3;
        List<PageRequest> asked = new ArrayList<>();
        Exports.PagedRows<Integer> rows = new Exports.PagedRows<>(request -> {
            asked.add(request);
            List<Integer> items = IntStream.range(request.offset(), Math.min(total, request.offset() + SIZE)).boxed().toList();
            return new Page<>(items, request.page(), SIZE, total);
        }, page -> {
        }, i -> List.of(String.valueOf(i)));
        int count = 0;
        while (rows.hasNext()) {
            assertEquals(String.valueOf(count++), rows.next().get(0));
        }
        assertEquals(total, count);
        assertEquals(List.of(0, 1), asked.stream().map(PageRequest::page).toList());
        assertTrue(asked.stream().allMatch(r -> r.orders().isEmpty()), "every page in the list's default order");
        assertEquals(2, asked.size(), "no page asked past the last");
    }
}
