package org.jiceng.module.guangzong.workstandard.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The young cadre pool in a scope: how many are in it, used or gone, and what their cultivation and assessments came to. */
public class PoolFigures {
    public String jurisdictionCode;
    public long inPool;
    public long appointed;
    public long left;
    public BigDecimal averageAgeAtSelection;
    public long trainings;
    public long practicePosts;
    public long assessments;
    public List<GradeCount> grades = new ArrayList<>();

    public static class GradeCount {
        public AssessmentGrade grade;
        public String nameZh;
        public long assessments;
    }
}
