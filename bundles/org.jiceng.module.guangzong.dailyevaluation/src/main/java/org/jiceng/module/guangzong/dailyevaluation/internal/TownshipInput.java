package org.jiceng.module.guangzong.dailyevaluation.internal;

/** A pilot township the county registers for a year. */
public class TownshipInput {
    public Integer year;
    public String townshipCode;
}
