package org.jiceng.module.shunyi.appraisal.internal;

import java.util.Map;

/** An appraised unit as read: its scores so far and, once the year is computed, its total, rank and grade. */
public class UnitView {
    public Long id;
    public int year;
    public String name;
    public UnitKind kind;
    public String kindZh;
    public String jurisdictionCode;
    public String principalName;
    /** Scores entered, by indicator key. */
    public Map<String, Double> scores;
    /** Indicators scored of all (progress of entry). */
    public int scored;
    public int indicators;
    /** The weighted total of the scores entered so far; final once computed. */
    public double total;
    /** Once computed: rank among all units of the year, grade and what it entails. */
    public Integer rank;
    public Integer rankedOf;
    public String grade;
    public String consequence;
    public long version;
}
