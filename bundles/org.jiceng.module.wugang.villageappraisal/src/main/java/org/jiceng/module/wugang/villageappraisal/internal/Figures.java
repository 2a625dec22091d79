package org.jiceng.module.wugang.villageappraisal.internal;

import java.math.BigDecimal;

/** A year's figures for a county, township or village: the grade distribution and what the results fixed. */
public class Figures {
    public String jurisdictionCode;
    public int year;
    /** The county's year: OPEN, COMPUTED, APPROVED or PAID. */
    public String state;
    public long cadres;
    /** Cadres with a computed result. */
    public long appraised;
    public long excellent;
    public long competent;
    public long basicallyCompetent;
    public long incompetent;
    /** Share of 优秀 among those appraised, e.g. "18.3". */
    public String excellentPercent;
    public Double averageTotal;
    /** Sum of the lost-work subsidies' performance part the grades fixed, yuan. */
    public BigDecimal subsidyTotal;
    public long commended;
    public BigDecimal awardTotal;
    public long selectionCandidates;
    public long teams;
    public long teamsAdvanced;
    public long teamsFailed;
}
