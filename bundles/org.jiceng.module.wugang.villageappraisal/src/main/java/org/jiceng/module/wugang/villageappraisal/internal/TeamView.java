package org.jiceng.module.wugang.villageappraisal.internal;

/** A village's leadership team (村级班子) in a year: the township's scores and, once computed, the result. */
public class TeamView {
    public int year;
    public String villageCode;
    public String villageName;
    public String township;
    public Double collective;
    public Double building;
    /** The average total of the team's cadres (the first indicator). */
    public Double cadresAverage;
    public Double total;
    public Integer rank;
    public Integer townshipSize;
    public String grade;
    public String consequence;
    /** Commended as an advanced team (先进村级班子). */
    public boolean commended;

    static TeamView of(TeamEntity t) {
        TeamView v = new TeamView();
        v.year = t.year;
        v.villageCode = t.villageCode;
        v.villageName = t.villageName;
        v.township = t.townshipCode;
        v.collective = t.collective;
        v.building = t.building;
        v.cadresAverage = t.cadresAverage;
        v.total = t.total;
        v.rank = t.rank;
        v.townshipSize = t.townshipSize;
        v.grade = t.grade;
        v.consequence = t.consequence;
        v.commended = t.awarded;
        return v;
    }
}
