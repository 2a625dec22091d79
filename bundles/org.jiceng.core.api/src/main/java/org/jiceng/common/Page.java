package org.jiceng.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a sorted result, with the total so clients can page through it.
 *
 * @param items the page's items, in order (an unmodifiable copy)
 * @param page zero-based page index
 * @param size the page size asked for
 * @param total the number of items on all pages; {@value #NOT_COUNTED} on a page asked after a cursor (keyset
 *        paging), where the records are not counted again: the first page said how many there are
 * @param next the cursor of the page after this one ({@link PageRequest#after}), null on the last page and on
 *        lists that page by number only
 */
public record Page<T>(List<T> items, int page, int size, long total, @Nullable String next) {
    /**
     * The {@code total} of a page asked after a cursor.
     *
     * @since 2.2
     */
    public static final long NOT_COUNTED = -1;

    public Page {
        // a copy that tolerates null items: a page is whatever the query returned
        items = Collections.unmodifiableList(new ArrayList<>(items));
    }

    /** A page of a list that pages by number only. */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, null);
    }

    /** The number of pages; a {@code totalPages} property in JSON, as it was when pages were beans. */
    public int getTotalPages() {
        return size == 0 || total < 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
