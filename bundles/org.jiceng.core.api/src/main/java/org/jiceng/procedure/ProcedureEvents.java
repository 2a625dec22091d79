package org.jiceng.procedure;

/**
 * Events the procedure engine publishes through the event outbox
 * ({@link org.jiceng.events.EventOutbox}) in the transaction of the change; they are posted through the
 * OSGi Event Admin, asynchronously and at least once, after the
 * transaction committed, so a handler reading the instance sees the change. Subscribe with
 * {@code event.topics=org/jiceng/procedure/*} or one of the topics below. Every event carries
 * {@link #ID}, {@link #JURISDICTION_CODE}, {@link #STATUS} and {@link #DEFINITION_KEY}.
 */
public final class ProcedureEvents {
    public static final String TOPIC_PREFIX = ProcedureService.EVENT_TOPIC_PREFIX;
    /** Every procedure topic, for {@code event.topics}. */
    public static final String ALL = TOPIC_PREFIX + "*";
    /** An instance was started. */
    public static final String STARTED = TOPIC_PREFIX + "STARTED";
    /** A step was completed and the instance moved to the next one. */
    public static final String ADVANCED = TOPIC_PREFIX + "ADVANCED";
    /** The last step was completed. */
    public static final String COMPLETED = TOPIC_PREFIX + "COMPLETED";
    /** The instance was closed before its end. */
    public static final String CLOSED = TOPIC_PREFIX + "CLOSED";

    /** Long: the instance's id. */
    public static final String ID = "id";
    /** String: the division code of the instance. */
    public static final String JURISDICTION_CODE = "jurisdictionCode";
    /** String: the instance's {@link ProcedureStatus} after the change. */
    public static final String STATUS = "status";
    /** String: the key of the instance's definition. */
    public static final String DEFINITION_KEY = "definitionKey";

    private ProcedureEvents() {
    }
}
