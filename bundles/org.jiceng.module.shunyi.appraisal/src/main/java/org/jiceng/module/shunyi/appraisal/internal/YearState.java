package org.jiceng.module.shunyi.appraisal.internal;

/** An appraisal year: scores are entered while OPEN; COMPUTED once ranked and graded, when its results may be used. */
public enum YearState {
    OPEN, COMPUTED
}
