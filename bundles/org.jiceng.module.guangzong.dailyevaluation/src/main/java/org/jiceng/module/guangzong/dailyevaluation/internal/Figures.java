package org.jiceng.module.guangzong.dailyevaluation.internal;

import java.util.List;

/** A year's figures for the county or a township: entries per board, averages, grades, and each pilot township. */
public class Figures {
    public String jurisdictionCode;
    public int year;
    /** OPEN or CLOSED. */
    public String state;
    public long townships;
    public long members;
    public long entries;
    public Double averageTotal;
    public List<BoardFigures> boards;
    public List<GradeCount> grades;
    public List<TownshipFigures> byTownship;
}
