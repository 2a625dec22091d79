package org.jiceng.problem;

/**
 * Events the problems engine publishes through the event outbox
 * ({@link org.jiceng.events.EventOutbox}) in the transaction of the change; they are posted through the
 * OSGi Event Admin, asynchronously and at least once, after the
 * transaction committed, so a handler reading the problem sees the change. Subscribe with
 * {@code event.topics=org/jiceng/problem/*} or one of the topics below.
 */
public final class ProblemEvents {
    public static final String TOPIC_PREFIX = ProblemService.EVENT_TOPIC_PREFIX;
    /** Every problem topic, for {@code event.topics}. */
    public static final String ALL = TOPIC_PREFIX + "*";
    /** An accountability action was recorded: {@link #ID}, {@link #JURISDICTION_CODE}, {@link #STATUS}, {@link #ACTION_ID}, {@link #TYPE}. */
    public static final String ACCOUNTABILITY = TOPIC_PREFIX + "ACCOUNTABILITY";

    /** Long: the problem's id. */
    public static final String ID = "id";
    /** String: the division code of the problem. */
    public static final String JURISDICTION_CODE = "jurisdictionCode";
    /** String: the problem's {@link ProblemStatus} after the change. */
    public static final String STATUS = "status";
    /** String: the problem's {@link ProblemSource}. */
    public static final String SOURCE = "source";
    /** Long: the accountability action's id. */
    public static final String ACTION_ID = "actionId";
    /** String: the accountability action's type. */
    public static final String TYPE = "type";

    private ProblemEvents() {
    }

    /**
     * The topic of a change in a problem's history ({@code org/jiceng/problem/FOUND}, …): {@link #ID},
     * {@link #JURISDICTION_CODE}, {@link #STATUS}, {@link #SOURCE}.
     */
    public static String topic(ProblemChange change) {
        return TOPIC_PREFIX + change.name();
    }
}
