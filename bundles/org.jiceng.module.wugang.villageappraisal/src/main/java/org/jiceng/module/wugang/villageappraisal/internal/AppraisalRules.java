package org.jiceng.module.wugang.villageappraisal.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jiceng.scoring.GradeBand;

/**
 * 武冈's rules of the appraisal as plain functions: the grades of a cadre and of a team, and what a
 * cadre's result fixes — the performance part of the lost-work subsidy per grade, the commendation
 * of the best 优秀 cadres of each township and the selection flag. "干多干少不一样": the subsidy follows
 * the grade, never a flat rate.
 */
final class AppraisalRules {
    static final String EXCELLENT = "优秀";
    static final String COMPETENT = "称职";
    static final String BASIC = "基本称职";
    static final String INCOMPETENT = "不称职";

    /**
     * The cadre grades. The seed names none; these are the bands Hunan's village cadre appraisals commonly
     * use (优秀 90, 称职 75, 基本称职 60), the same as the 武冈 configuration exercised in the core's ScoringIT.
     */
    static final List<GradeBand> CADRE_GRADES = List.of(new GradeBand(EXCELLENT, 90.0, "全额发放绩效误工补贴，可评先评优、优先选拔任用"),
            new GradeBand(COMPETENT, 75.0, "发放绩效误工补贴"), new GradeBand(BASIC, 60.0, "减发绩效误工补贴，诫勉谈话"),
            new GradeBand(INCOMPETENT, 0.0, "停发绩效误工补贴，组织调整"));

    /** The team grades: 先进 teams are commended, 不合格 ones are listed for rectification as weak and lax (软弱涣散). */
    static final String TEAM_ADVANCED = "先进";
    static final String TEAM_FAILED = "不合格";
    static final List<GradeBand> TEAM_GRADES = List.of(new GradeBand(TEAM_ADVANCED, 90.0, "评为先进村级班子，通报表彰"),
            new GradeBand("合格", 70.0, null), new GradeBand("基本合格", 60.0, "约谈村党组织书记"),
            new GradeBand(TEAM_FAILED, 0.0, "列为软弱涣散村党组织整顿"));

    private AppraisalRules() {
    }

    /** The year's performance part of the lost-work subsidy for a grade. */
    static BigDecimal subsidy(String grade, Rates rates) {
        if (grade == null) {
            return BigDecimal.ZERO;
        }
        switch (grade) {
            case EXCELLENT :
                return rates.subsidyExcellent();
            case COMPETENT :
                return rates.subsidyCompetent();
            case BASIC :
                return rates.subsidyBasic();
            default :
                return rates.subsidyIncompetent();
        }
    }

    /** Commended (表彰奖励): 优秀 and among the township's best {@code awardsPerTownship} (ties share a rank, and the award). */
    static boolean commended(String grade, int rankInTownship, Rates rates) {
        return EXCELLENT.equals(grade) && rankInTownship >= 1 && rankInTownship <= rates.awardsPerTownship();
    }

    /** A candidate for selection (选拔任用): 优秀 with at least the configured total. */
    static boolean selectionCandidate(String grade, double total, Rates rates) {
        return EXCELLENT.equals(grade) && total >= rates.selectionMinimumTotal();
    }

    /** A dossier record counts for the year its date falls in, and for no other. */
    static boolean inYear(LocalDate date, int year) {
        return date != null && date.getYear() == year;
    }

    /** The average of the team members' totals, two decimals: the team's first indicator (0 without members). */
    static double average(List<Double> totals) {
        if (totals.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (double t : totals) {
            sum += t;
        }
        return Math.round(sum / totals.size() * 100.0) / 100.0;
    }
}
