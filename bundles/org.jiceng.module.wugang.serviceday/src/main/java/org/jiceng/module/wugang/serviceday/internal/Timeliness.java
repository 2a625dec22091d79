package org.jiceng.module.wugang.serviceday.internal;

/** Where an application stands against its promised deadline. */
public enum Timeliness {
    /** Not decided, the deadline not passed. */
    OPEN,
    /** Not decided and the deadline has passed: in the inbox. */
    OVERDUE,
    /** Decided on or before the deadline. */
    ON_TIME,
    /** Decided after the deadline. */
    LATE
}
