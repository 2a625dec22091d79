package org.jiceng.module.guangzong.studytraining.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/**
 * Coverage of the no-post training under a 3-year plan: the members without a post today, how
 * many of them attended a batch of the plan, and per year the target and who attended; for the
 * scope and a row per township.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "coverageFigures")
public class CoverageFigures {
    public String jurisdictionCode;
    public String name;
    public Long planId;
    public String planTitle;
    public Integer startYear;
    public Integer endYear;
    /** Members in the ranks holding no post today (无职党员). */
    public long withoutPost;
    /** Of them, trained: attended at least one batch of the plan. */
    public long trained;
    /** trained / withoutPost (toward 1). */
    public BigDecimal coverage;
    public String coveragePercent;
    /** Batches of the plan, and of them held. */
    public int batches;
    public int batchesHeld;
    /** Attendances over the plan (a member trained in two years counts twice), members who attended and hold a post now included. */
    public long attendances;
    public List<Year> years = new ArrayList<>();
    public List<CoverageFigures> towns = new ArrayList<>();

    /** One yearly plan's figures. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "coverageYear")
    public static class Year {
        public int year;
        public Long yearlyPlanId;
        public int target;
        /** Distinct members who attended a batch of the year. */
        public long trained;
        public BigDecimal achieved;
        public String achievedPercent;
        public int batches;
        public int batchesHeld;
        public long enrolled;
        public long absent;
    }
}
