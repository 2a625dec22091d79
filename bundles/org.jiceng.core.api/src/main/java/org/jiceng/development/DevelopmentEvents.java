package org.jiceng.development;

/**
 * Events of member development, one per recorded {@link DevelopmentEvent}, published through the
 * event outbox ({@code org.jiceng.events}) in the transaction that recorded it: Event Admin handlers
 * and webhook subscriptions get it once it committed. Topic {@code org/jiceng/development/<TYPE>}.
 */
public final class DevelopmentEvents {
    public static final String TOPIC_PREFIX = "org/jiceng/development/";
    /** Every development topic. */
    public static final String ALL = TOPIC_PREFIX + "*";

    /** Long: the development event's id. */
    public static final String ID = "id";
    /** Long: the member's id. */
    public static final String MEMBER_ID = "memberId";
    /** Long: the member's organization. */
    public static final String ORGANIZATION_ID = "organizationId";
    /** String: the division code of the member's organization. */
    public static final String JURISDICTION_CODE = "jurisdictionCode";
    /** String: the {@link EventType}. */
    public static final String TYPE = "type";
    /** String: the member's stage after the event ({@link org.jiceng.registry.MemberStage}). */
    public static final String STAGE = "stage";
    /** String: the date of the decision, ISO-8601. */
    public static final String DATE = "date";

    private DevelopmentEvents() {
    }

    /** The topic of an event type: {@code org/jiceng/development/ACTIVIST_CONFIRMED}, … */
    public static String topic(EventType type) {
        return TOPIC_PREFIX + type.name();
    }
}
