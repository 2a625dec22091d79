package org.jiceng.module.guangzong.dailyevaluation.internal;

/** How many members got a grade, and their share, e.g. "18.3". */
public class GradeCount {
    public String grade;
    public long members;
    public String percent;
}
