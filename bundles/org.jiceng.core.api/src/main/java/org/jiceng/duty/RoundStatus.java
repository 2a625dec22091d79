package org.jiceng.duty;

/** A round is open for reports and evaluations until it is closed. */
public enum RoundStatus {
    OPEN, CLOSED
}
