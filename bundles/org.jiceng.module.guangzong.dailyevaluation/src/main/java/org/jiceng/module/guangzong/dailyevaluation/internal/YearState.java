package org.jiceng.module.guangzong.dailyevaluation.internal;

/** A county's evaluation year: open for entries, or closed by the county (the results are final). */
public enum YearState {
    OPEN, CLOSED
}
