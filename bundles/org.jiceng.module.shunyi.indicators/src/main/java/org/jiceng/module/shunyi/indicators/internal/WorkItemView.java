package org.jiceng.module.shunyi.indicators.internal;

/** An item of the work points as read. */
public class WorkItemView {
    public Long id;
    public int year;
    public int partNumber;
    public String partTitle;
    public int itemNumber;
    public String content;
    /** The folded projects carrying the item out. */
    public long projects;
    public long version;
}
