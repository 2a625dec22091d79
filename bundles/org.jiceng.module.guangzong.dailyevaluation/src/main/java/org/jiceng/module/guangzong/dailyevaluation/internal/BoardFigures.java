package org.jiceng.module.guangzong.dailyevaluation.internal;

/** One board's entries of the year and its average points. */
public class BoardFigures {
    public String board;
    public String name;
    public long entries;
    /** Sum of the merits recorded. */
    public double pointsAwarded;
    /** Sum of the deductions recorded (negative). */
    public double pointsDeducted;
    public Double averagePoints;
}
