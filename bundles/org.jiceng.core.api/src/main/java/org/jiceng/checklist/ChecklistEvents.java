package org.jiceng.checklist;

/**
 * Events the checklist engine publishes through the event outbox
 * ({@link org.jiceng.events.EventOutbox}) in the transaction of the change; they are posted through the
 * OSGi Event Admin, asynchronously and at least once, after the
 * transaction committed. Subscribe with {@code event.topics=org/jiceng/checklist/*} or one of the topics below.
 */
public final class ChecklistEvents {
    public static final String TOPIC_PREFIX = ChecklistService.EVENT_TOPIC_PREFIX;
    /** Every checklist topic, for {@code event.topics}. */
    public static final String ALL = TOPIC_PREFIX + "*";
    /** A criteria set (a new version of it) was defined: {@link #ID}, {@link #KEY}, {@link #VERSION}. */
    public static final String DEFINED = TOPIC_PREFIX + "DEFINED";
    /**
     * An evaluation was submitted: {@link #ID}, {@link #KEY}, {@link #VERSION}, {@link #JURISDICTION_CODE},
     * {@link #PASSED}, {@link #CROSS_INSPECTION}.
     */
    public static final String SUBMITTED = TOPIC_PREFIX + "SUBMITTED";

    /** Long: the criteria set's or the evaluation's id. */
    public static final String ID = "id";
    /** String: the criteria set's key. */
    public static final String KEY = "key";
    /** Integer: the criteria set's version. */
    public static final String VERSION = "version";
    /** String: the division code of the evaluated subject. */
    public static final String JURISDICTION_CODE = "jurisdictionCode";
    /** Boolean: whether the evaluation passed. */
    public static final String PASSED = "passed";
    /** Boolean: whether it was a cross-inspection by another jurisdiction. */
    public static final String CROSS_INSPECTION = "crossInspection";

    private ChecklistEvents() {
    }
}
