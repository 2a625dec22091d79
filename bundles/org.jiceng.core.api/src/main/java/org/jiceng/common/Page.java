package org.jiceng.common;

import java.util.List;

/** One page of a sorted result, with the total so clients can page through it. */
public final class Page<T> {
    private List<T> items;
    private int page;
    private int size;
    private long total;

    public Page() {
    }

    public Page(List<T> items, int page, int size, long total) {
        this.items = items;
        this.page = page;
        this.size = size;
        this.total = total;
    }

    public List<T> getItems() {
        return items;
    }

    public void setItems(List<T> items) {
        this.items = items;
    }

    /** Zero-based page index. */
    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public int getSize() {
        return size;
    }

    public void setSize(int size) {
        this.size = size;
    }

    public long getTotal() {
        return total;
    }

    public void setTotal(long total) {
        this.total = total;
    }

    public int getTotalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
