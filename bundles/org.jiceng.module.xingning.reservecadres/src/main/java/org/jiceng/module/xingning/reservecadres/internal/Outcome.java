package org.jiceng.module.xingning.reservecadres.internal;

/** How a reserve ends: elected at the village election, appointed between elections, or dropped (with the reason). */
public enum Outcome {
    ELECTED, APPOINTED, DROPPED;

    ReserveStatus status() {
        return this == DROPPED ? ReserveStatus.DROPPED : ReserveStatus.USED;
    }
}
