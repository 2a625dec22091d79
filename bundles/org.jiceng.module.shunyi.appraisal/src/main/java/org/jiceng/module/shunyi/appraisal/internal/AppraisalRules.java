package org.jiceng.module.shunyi.appraisal.internal;

import java.util.List;

import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.scoring.GradeBand;
import org.jiceng.scoring.Indicator;
import org.jiceng.scoring.IndicatorSource;
import org.jiceng.scoring.PeriodKind;
import org.jiceng.scoring.Scheme;
import org.jiceng.scoring.SubjectKind;

/** The rules of 《党建工作指标任务绩效考评办法(试行)》 and of the use of its results, apart from storage so they are tested alone. */
final class AppraisalRules {
    static final String RULE_KEPT_BY_COUNTY = "appraisal-kept-by-county";
    static final String RULE_YEAR_OPENED = "appraisal-year-opened";
    static final String RULE_COMPUTED = "appraisal-computed";
    static final String RULE_INCOMPLETE = "appraisal-incomplete";
    static final String RULE_NOT_COMPUTED = "results-not-computed";
    static final String RULE_MEASURE_NOT_FOR_GRADE = "measure-not-for-grade";

    static final String EXCELLENT = "优";
    static final String GOOD = "良";
    static final String FAIR = "中";
    static final String POOR = "差";

    /** The grades by yearly score (100 points) and what each entails under the rules on the use of results. */
    static final List<GradeBand> GRADES = List.of(new GradeBand(EXCELLENT, 90.0, "干部提拔任用、多岗位锻炼、交流学习、教育培训，年度考核增加优秀名额"),
            new GradeBand(GOOD, 80.0, "提醒、谈话，年度考核减少优秀称职嘉奖名额"), new GradeBand(FAIR, 60.0, "诫勉谈话、干部暂缓提拔使用、取消班子成员考核评优资格"),
            new GradeBand(POOR, 0.0, "调整职务、停职检查、责令辞职"));

    /**
     * The appraisal table (党建工作绩效考核表): a score per domain of Party building, weighted to 100. The
     * seed names the table, not its split: the weights are a plausible one.
     */
    static final List<Indicator> INDICATORS = List.of(new Indicator("ideological", "思想建设", 20.0, 20.0, IndicatorSource.MANUAL, null),
            new Indicator("organizational", "组织建设", 30.0, 30.0, IndicatorSource.MANUAL, null),
            new Indicator("conduct", "作风建设", 20.0, 20.0, IndicatorSource.MANUAL, null),
            new Indicator("integrity", "反腐倡廉建设", 15.0, 15.0, IndicatorSource.MANUAL, null),
            new Indicator("institutional", "制度建设", 15.0, 15.0, IndicatorSource.MANUAL, null));

    private AppraisalRules() {
    }

    static Scheme scheme(String county, int year) {
        return new Scheme(null, Store.MODULE_ID + "-" + county + "-" + year, year + "年党建工作绩效考评", SubjectKind.ORGANIZATION, PeriodKind.YEAR, county,
                INDICATORS, GRADES, null, Store.MODULE_ID, null);
    }

    static void requireOpen(int year, YearState state) {
        if (state != YearState.OPEN) {
            throw new RuleViolationException(RULE_COMPUTED, "The appraisal of " + year + " is computed: its units and scores are final");
        }
    }

    static void requireComputed(int year, YearState state) {
        if (state != YearState.COMPUTED) {
            throw new RuleViolationException(RULE_NOT_COMPUTED,
                    "The appraisal of " + year + " is not computed yet: results are used once ranked and graded");
        }
    }

    /** A measure follows its grade; one against a person names the person, one against the unit names none. */
    static void requireMeasureFits(Measure measure, String grade, String personName) {
        if (!measure.grade().equals(grade)) {
            throw new RuleViolationException(RULE_MEASURE_NOT_FOR_GRADE,
                    measure.zh() + " follows the grade " + measure.grade() + "; the unit is graded "
                            + grade);
        }
        boolean named = personName != null && !personName.isBlank();
        if (measure.personal() && !named) {
            throw new ValidationException("personName", "is required: " + measure.zh() + " is taken against a person");
        }
        if (!measure.personal() && named) {
            throw new ValidationException("personName", "must be empty: " + measure.zh() + " is taken against the unit");
        }
    }
}
