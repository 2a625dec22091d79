package org.jiceng.module.wugang.villageappraisal.internal;

/** The township's hand scores of one village's team for the year. */
public class TeamScores {
    public String villageCode;
    /** 村集体经济发展, 0–20. */
    public Double collective;
    /** 基层党建(阵地建设、三会一课), 0–20. */
    public Double building;
}
