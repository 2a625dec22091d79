package org.jiceng.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which page of a list and in which order. Sort is written {@code "name,-termEnd"}: fields in
 * priority order, a leading minus for descending. Only fields a service declares sortable are
 * accepted, so a sort parameter can never reach the query language as free text.
 */
public final class PageRequest {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 500;

    /** One sort key. */
    public static final class Order {
        private final String field;
        private final boolean ascending;

        public Order(String field, boolean ascending) {
            this.field = field;
            this.ascending = ascending;
        }

        public String field() {
            return field;
        }

        public boolean ascending() {
            return ascending;
        }
    }

    /** The longest cursor accepted (a cursor holds the sort values of one record). */
    public static final int MAX_CURSOR_LENGTH = 1_024;

    private final int page;
    private final int size;
    private final List<Order> orders;
    private final @Nullable String after;

    private PageRequest(int page, int size, List<Order> orders, @Nullable String after) {
        this.page = page;
        this.size = size;
        this.orders = orders;
        this.after = after;
    }

    /**
     * Parses and checks paging input.
     *
     * @param page zero-based page, null for 0
     * @param size page size, null for {@link #DEFAULT_SIZE}
     * @param sort sort expression or null
     * @param sortable the field names the caller may sort on
     * @throws ValidationException naming every bad parameter
     */
    public static PageRequest of(@Nullable Integer page, @Nullable Integer size, @Nullable String sort, Set<String> sortable) {
        Validator v = new Validator();
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        v.check(p >= 0, "page", "must be 0 or more");
        v.check(s >= 1 && s <= MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE);
        List<Order> orders = new ArrayList<>();
        if (sort != null && !sort.isBlank()) {
            for (String part : sort.split(",")) {
                String key = part.trim();
                boolean asc = !key.startsWith("-");
                String field = key.startsWith("-") || key.startsWith("+") ? key.substring(1) : key;
                if (!sortable.contains(field)) {
                    v.check(false, "sort", "cannot sort on '" + field + "'; allowed: " + String.join(", ", new java.util.TreeSet<>(sortable)));
                } else {
                    orders.add(new Order(field, asc));
                }
            }
        }
        v.throwIfInvalid();
        return new PageRequest(p, s, Collections.unmodifiableList(orders), null);
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size, List.of(), null);
    }

    /**
     * The same request continued after the record a cursor names (keyset paging): the page holds the
     * records that follow it in the same order, found from the cursor's sort values instead of skipped
     * over, so a deep page costs what the first one does. A cursor is the {@code next} of a page of the
     * same list and order; the page number is then not used.
     *
     * @param cursor a page's {@code next}, or null or blank to page by number
     * @throws ValidationException when the cursor is longer than {@value #MAX_CURSOR_LENGTH} characters
     * @since 2.2
     */
    public PageRequest after(@Nullable String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return after == null ? this : new PageRequest(page, size, orders, null);
        }
        if (cursor.length() > MAX_CURSOR_LENGTH) {
            throw new ValidationException("after", "is not a cursor of this list (longer than " + MAX_CURSOR_LENGTH + " characters)");
        }
        return new PageRequest(page, size, orders, cursor.trim());
    }

    /**
     * The cursor this page continues after, null when paging by number.
     *
     * @since 2.2
     */
    public @Nullable String after() {
        return after;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    public int offset() {
        return page * size;
    }

    public List<Order> orders() {
        return orders;
    }

    /** Same page and size, with the given order used when the caller gave none. */
    public PageRequest withDefaultOrder(Order... defaults) {
        return orders.isEmpty() ? new PageRequest(page, size, List.of(defaults), after) : this;
    }
}
