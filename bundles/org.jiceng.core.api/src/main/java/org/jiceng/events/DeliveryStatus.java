package org.jiceng.events;

/** Where a delivery of one event to one subscription stands. */
public enum DeliveryStatus {
    /** Not yet delivered; attempted at {@code nextAttemptAt}. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Every attempt failed: a dead letter, delivered again only on demand. */
    DEAD
}
