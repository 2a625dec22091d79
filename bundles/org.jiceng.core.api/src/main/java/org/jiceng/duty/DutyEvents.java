package org.jiceng.duty;

/**
 * Events the pledges and duty-reports engine publishes through the event outbox
 * ({@link org.jiceng.events.EventOutbox}) in the transaction of the change; they are posted through the
 * OSGi Event Admin, asynchronously and at least once, after the transaction committed. Subscribe with {@code event.topics=org/jiceng/duty/*} or one of
 * the topics below.
 */
public final class DutyEvents {
    public static final String TOPIC_PREFIX = "org/jiceng/duty/";
    /** Every topic of the engine, for {@code event.topics}. */
    public static final String ALL = TOPIC_PREFIX + "*";
    /** A pledge was issued: {@link #ID}, {@link #JURISDICTION_CODE} (the signer), {@link #ISSUER_CODE}, {@link #YEAR}. */
    public static final String PLEDGE_ISSUED = TOPIC_PREFIX + "PLEDGE_ISSUED";
    /** A pledge was signed: the same properties. */
    public static final String PLEDGE_SIGNED = TOPIC_PREFIX + "PLEDGE_SIGNED";
    /** A pledge was assessed: the same properties. */
    public static final String PLEDGE_ASSESSED = TOPIC_PREFIX + "PLEDGE_ASSESSED";
    /** A round was opened: {@link #ID}, {@link #JURISDICTION_CODE}, {@link #YEAR}, {@link #PERIOD}. */
    public static final String ROUND_OPENED = TOPIC_PREFIX + "ROUND_OPENED";
    /** A round was closed: the same properties. */
    public static final String ROUND_CLOSED = TOPIC_PREFIX + "ROUND_CLOSED";
    /** A report was submitted: {@link #ID}, {@link #ROUND_ID}, {@link #JURISDICTION_CODE}. */
    public static final String REPORT_SUBMITTED = TOPIC_PREFIX + "REPORT_SUBMITTED";
    /** A report was evaluated: {@link #ID}, {@link #ROUND_ID}, {@link #JURISDICTION_CODE}, {@link #COUNT}. */
    public static final String REPORT_EVALUATED = TOPIC_PREFIX + "REPORT_EVALUATED";

    /** Long: the pledge's, round's or report's id. */
    public static final String ID = "id";
    /** String: the division code of the record (a pledge's signer, a round's or a report's jurisdiction). */
    public static final String JURISDICTION_CODE = "jurisdictionCode";
    /** String: a pledge's issuer. */
    public static final String ISSUER_CODE = "issuerCode";
    /** Integer: the pledge's or round's year. */
    public static final String YEAR = "year";
    /** String: the round's {@link ReportPeriod}. */
    public static final String PERIOD = "period";
    /** Long: the report's round. */
    public static final String ROUND_ID = "roundId";
    /** Integer: how many evaluations were recorded. */
    public static final String COUNT = "count";

    private DutyEvents() {
    }
}
