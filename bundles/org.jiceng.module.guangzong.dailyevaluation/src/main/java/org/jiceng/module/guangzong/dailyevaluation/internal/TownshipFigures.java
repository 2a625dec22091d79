package org.jiceng.module.guangzong.dailyevaluation.internal;

/** A pilot township's line of the figures. */
public class TownshipFigures {
    public String townshipCode;
    public String townshipName;
    public long members;
    public long entries;
    public Double averageTotal;
    public long excellent;
    /** The township's first (the first by name among equal totals). */
    public String best;
}
