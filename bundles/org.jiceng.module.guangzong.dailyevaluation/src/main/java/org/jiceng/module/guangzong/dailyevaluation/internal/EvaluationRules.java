package org.jiceng.module.guangzong.dailyevaluation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.common.RuleViolationException;
import org.jiceng.scoring.GradeBand;

/** 广宗's rules of the evaluation as plain functions: what an entry may be, a board's points, the grades and the county's ranks. */
final class EvaluationRules {
    static final String RULE_POINTS = "points-outside-item-range";
    static final String RULE_OUTSIDE_YEAR = "entry-outside-year";
    static final String RULE_FUTURE = "entry-in-future";

    static final String EXCELLENT = "优秀";
    static final String GOOD = "良好";
    static final String FAIR = "一般";
    static final String POOR = "较差";
    /**
     * The grades. The seed names none; these are the four bands cadre evaluations in Hebei commonly
     * use, with what each brings (评先评优 and selection first, a reminder talk, an admonishing talk).
     */
    static final List<GradeBand> GRADES = List.of(new GradeBand(EXCELLENT, 90.0, "评先评优、优先选拔使用"), new GradeBand(GOOD, 80.0, null),
            new GradeBand(FAIR, 60.0, "提醒谈话"), new GradeBand(POOR, 0.0, "诫勉谈话，调整岗位"));
    static final List<String> GRADE_NAMES = GRADES.stream().map(GradeBand::grade).toList();

    private EvaluationRules() {
    }

    /**
     * An entry is not dated after today (it records what happened), counts for the year it is dated
     * in, and carries points in its item's range.
     */
    static void checkEntry(Item item, double points, LocalDate recordedOn, int year, LocalDate today) {
        if (recordedOn.isAfter(today)) {
            throw new RuleViolationException(RULE_FUTURE, "An entry of " + recordedOn + " is in the future: entries record what happened");
        }
        if (recordedOn.getYear() != year) {
            throw new RuleViolationException(RULE_OUTSIDE_YEAR, "An entry of " + recordedOn + " does not belong to the evaluation of " + year
                    + ": an entry counts for the year it is dated in");
        }
        if (!item.accepts(points)) {
            throw new RuleViolationException(RULE_POINTS, "The item '" + item.key() + "' (" + item.name() + ") takes points in " + item.range()
                    + ", not " + points);
        }
    }

    /** A board's points: its base plus the year's entries, within [0, 100], two decimals. */
    static double boardPoints(Board board, double entriesSum) {
        double points = Math.max(0, Math.min(Board.MAXIMUM, board.base + entriesSum));
        return Math.round(points * 100.0) / 100.0;
    }

    /** A subject's total, ranked against others. */
    record Standing(long id, double total) {
    }

    /** Ranks over the whole county, highest first; equal totals share a rank and the next skips (1, 2, 2, 4), as the engine ranks a township. */
    static Map<Long, Integer> ranks(List<Standing> standings) {
        List<Standing> sorted = new ArrayList<>(standings);
        sorted.sort(Comparator.comparingDouble(Standing::total).reversed());
        Map<Long, Integer> ranks = new HashMap<>();
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (i == 0 || sorted.get(i).total() != sorted.get(i - 1).total()) {
                rank = i + 1;
            }
            ranks.put(sorted.get(i).id(), rank);
        }
        return ranks;
    }

    /** The average of some totals, two decimals; null for none. */
    static Double average(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return Math.round(sum / values.size() * 100.0) / 100.0;
    }
}
