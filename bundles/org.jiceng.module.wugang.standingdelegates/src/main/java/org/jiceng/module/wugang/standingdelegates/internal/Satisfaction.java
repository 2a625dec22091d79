package org.jiceng.module.wugang.standingdelegates.internal;

/** The delegate's view of the answer to their proposal. */
public enum Satisfaction {
    SATISFIED, BASICALLY_SATISFIED, DISSATISFIED
}
