package org.jiceng.module.wugang.firstsecretaries.internal;

/** One secretary's place in a month's ranking: the scoring engine's result in the county's words. */
public class RankingRow {
    public long assignmentId;
    public String memberName;
    public String jurisdictionCode;
    /** The ranking group: the township whose secretaries are ranked together. */
    public String township;
    public String month;
    public Double daysInVillage;
    public Double nightsInVillage;
    public Double weeklyReportsOnTime;
    public Double projects;
    public Double satisfaction;
    public Double partyBuilding;
    public double total;
    public int rank;
    public int groupSize;
    public String grade;
    public int lastPlaceStreak;
    /** Last in the township three months in a row (the engine's flag). */
    public boolean lastThreeMonths;
    /** A total below the configured poor threshold. */
    public boolean poor;
}
