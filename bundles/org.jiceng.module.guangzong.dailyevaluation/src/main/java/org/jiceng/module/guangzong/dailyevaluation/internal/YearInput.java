package org.jiceng.module.guangzong.dailyevaluation.internal;

/** The year a county opens. */
public class YearInput {
    public Integer year;
}
