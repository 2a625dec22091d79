package org.jiceng.inbox;

/** Events of the inbox, published through the event outbox and posted through the OSGi Event Admin. */
public final class InboxEvents {
    public static final String TOPIC_PREFIX = "org/jiceng/inbox/";
    /**
     * The daily overdue sweep found overdue items in a county, one event per county:
     * {@link #JURISDICTION_CODE}, {@link #COUNT}, {@link #SOURCES}.
     */
    public static final String OVERDUE = TOPIC_PREFIX + "OVERDUE";

    /** String: the county's division code. */
    public static final String JURISDICTION_CODE = "jurisdictionCode";
    /** Integer: how many items are overdue. */
    public static final String COUNT = "count";
    /** List of String: the sources (engines, modules) of the overdue items. */
    public static final String SOURCES = "sources";

    private InboxEvents() {
    }
}
