package org.jiceng.module.xingning.rotationtalent.internal;

/** A proposed move: approved by the committee, executed into the core's positions, or deferred with a reason. */
public enum MoveStatus {
    PROPOSED, APPROVED, EXECUTED, DEFERRED;

    /** Still to be carried out (counted as planned). */
    boolean open() {
        return this == PROPOSED || this == APPROVED;
    }
}
