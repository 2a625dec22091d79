package org.jiceng.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One page of a sorted result, with the total so clients can page through it.
 *
 * @param items the page's items, in order (an unmodifiable copy)
 * @param page zero-based page index
 * @param size the page size asked for
 * @param total the number of items on all pages
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        // a copy that tolerates null items: a page is whatever the query returned
        items = Collections.unmodifiableList(new ArrayList<>(items));
    }

    /** The number of pages; a {@code totalPages} property in JSON, as it was when pages were beans. */
    public int getTotalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
