package org.jiceng.scoring;

/**
 * Events the scoring engine publishes through the event outbox
 * ({@link org.jiceng.events.EventOutbox}) in the transaction of the change; they are posted through the
 * OSGi Event Admin, asynchronously and at least once, after the
 * transaction committed, so a handler reading the engine sees the change. Subscribe with
 * {@code event.topics=org/jiceng/scoring/*} or one of the topics below.
 */
public final class ScoringEvents {
    public static final String TOPIC_PREFIX = "org/jiceng/scoring/";
    /** Every scoring topic, for {@code event.topics}. */
    public static final String ALL = TOPIC_PREFIX + "*";
    /** A scheme was created: {@link #SCHEME_ID}, {@link #KEY}, {@link #JURISDICTION_CODE}. */
    public static final String DEFINED = TOPIC_PREFIX + "DEFINED";
    /** Score sheets were entered for a period: {@link #SCHEME_ID}, {@link #PERIOD}, {@link #SHEETS}. */
    public static final String SCORES_ENTERED = TOPIC_PREFIX + "SCORES_ENTERED";
    /** A period was computed: {@link #SCHEME_ID}, {@link #PERIOD}, {@link #SUBJECTS}, {@link #FLAGGED_COUNT}. */
    public static final String COMPUTED = TOPIC_PREFIX + "COMPUTED";
    /**
     * A subject reached the scheme's last-place streak in the period computed, one event each:
     * {@link #SCHEME_ID}, {@link #PERIOD}, {@link #SUBJECT_ID}, {@link #JURISDICTION_CODE}, {@link #LAST_PLACE_STREAK}.
     */
    public static final String FLAGGED = TOPIC_PREFIX + "FLAGGED";

    /** Long: the scheme's id. */
    public static final String SCHEME_ID = "schemeId";
    /** String: the scheme's key. */
    public static final String KEY = "key";
    /** String: the division code of the scheme or subject. */
    public static final String JURISDICTION_CODE = "jurisdictionCode";
    /** String: the period, e.g. {@code 2024-03}. */
    public static final String PERIOD = "period";
    /** Integer: how many score sheets were entered. */
    public static final String SHEETS = "sheets";
    /** Integer: how many subjects were ranked. */
    public static final String SUBJECTS = "subjects";
    /** Long: how many subjects were flagged. */
    public static final String FLAGGED_COUNT = "flagged";
    /** String: the subject's id. */
    public static final String SUBJECT_ID = "subjectId";
    /** Integer: periods in a row in last place. */
    public static final String LAST_PLACE_STREAK = "lastPlaceStreak";

    private ScoringEvents() {
    }
}
