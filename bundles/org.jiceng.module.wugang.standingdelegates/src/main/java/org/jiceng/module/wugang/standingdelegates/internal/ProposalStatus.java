package org.jiceng.module.wugang.standingdelegates.internal;

/**
 * FILED by the delegate → ASSIGNED to a handling unit (a problem on the engine) → ANSWERED by the
 * unit → CLOSED once the delegate is satisfied; a dissatisfied delegate sends it back to ASSIGNED.
 */
public enum ProposalStatus {
    FILED, ASSIGNED, ANSWERED, CLOSED
}
