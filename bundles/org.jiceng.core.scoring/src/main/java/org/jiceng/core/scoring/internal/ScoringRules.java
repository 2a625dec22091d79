package org.jiceng.core.scoring.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.common.Validator;
import org.jiceng.scoring.GradeBand;
import org.jiceng.scoring.Indicator;
import org.jiceng.scoring.IndicatorSource;
import org.jiceng.scoring.Scheme;

/** The arithmetic of a scheme, apart from persistence: totals, grades, ranks with ties, last places. */
public final class ScoringRules {
    private ScoringRules() {
    }

    /** Where a subject stands in its group. */
    public record Placement(int rank, int groupSize, boolean last) {
    }

    /** One subject's total in its group, to be ranked. */
    public record Standing(String subjectId, String group, double total) {
    }

    static void validate(Scheme s) {
        Validator v = new Validator().require("key", s.key()).require("name", s.name()).maxLength("name", s.name(), 200)
                .require("subjectKind", s.subjectKind()).require("periodKind", s.periodKind()).require("jurisdictionCode", s.jurisdictionCode())
                .check(s.indicators() != null && !s.indicators().isEmpty(), "indicators", "at least one indicator is required");
        if (s.key() != null) {
            v.check(s.key().matches("[a-z][a-z0-9-]{1,63}"), "key", "must be lower-case words joined by hyphens");
        }
        if (s.lastPlacePeriods() != null) {
            v.range("lastPlacePeriods", s.lastPlacePeriods(), 2, 24);
        }
        Set<String> keys = new HashSet<>();
        List<Indicator> indicators = s.indicators() == null ? List.of() : s.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator in = indicators.get(i);
            String f = "indicators[" + i + "].";
            v.require(f + "key", in.key()).require(f + "name", in.name()).require(f + "weight", in.weight())
                    .require(f + "maximum", in.maximum());
            v.check(in.key() == null || keys.add(in.key()), f + "key", "appears twice");
            v.check(in.weight() == null || in.weight() > 0, f + "weight", "must be greater than 0");
            v.check(in.maximum() == null || in.maximum() > 0, f + "maximum", "must be greater than 0");
            v.check(in.source() != IndicatorSource.METRIC || (in.metric() != null && !in.metric().isBlank()), f + "metric",
                    "is required for a METRIC indicator");
        }
        List<GradeBand> bands = s.gradeBands() == null ? List.of() : s.gradeBands();
        Set<String> grades = new HashSet<>();
        for (int i = 0; i < bands.size(); i++) {
            v.require("gradeBands[" + i + "].grade", bands.get(i).grade()).require("gradeBands[" + i + "].minimum", bands.get(i).minimum());
            v.check(bands.get(i).grade() == null || grades.add(bands.get(i).grade()), "gradeBands[" + i + "].grade", "appears twice");
        }
        v.throwIfInvalid();
    }

    /** Σ value / maximum × weight over the indicators, each value clipped to [0, maximum]; 4 decimals. */
    public static double total(List<Indicator> indicators, Map<String, Double> values) {
        double total = 0;
        for (Indicator in : indicators) {
            Double v = values.get(in.key());
            if (v != null) {
                total += clip(v, in.maximum()) / in.maximum() * in.weight();
            }
        }
        return round(total);
    }

    static double clip(double value, double maximum) {
        return Math.max(0, Math.min(maximum, value));
    }

    static double round(double d) {
        return Math.round(d * 10_000) / 10_000.0;
    }

    /** The grade of the highest band the total reaches; null when it reaches none. */
    public static String grade(List<GradeBand> bands, double total) {
        return bands.stream().sorted(Comparator.comparingDouble(GradeBand::minimum).reversed())
                .filter(b -> total >= b.minimum()).map(GradeBand::grade).findFirst().orElse(null);
    }

    /**
     * Ranks each group by total, highest first; equal totals share a rank and the next rank skips
     * (1, 2, 2, 4). Everyone with the group's lowest total is last, when the group has two or more.
     */
    public static Map<String, Placement> rank(List<Standing> standings) {
        Map<String, List<Standing>> groups = new HashMap<>();
        standings.forEach(s -> groups.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(s));
        Map<String, Placement> result = new HashMap<>();
        for (List<Standing> group : groups.values()) {
            group.sort(Comparator.comparingDouble(Standing::total).reversed());
            double lowest = group.get(group.size() - 1).total();
            int rank = 0;
            for (int i = 0; i < group.size(); i++) {
                if (i == 0 || group.get(i).total() != group.get(i - 1).total()) {
                    rank = i + 1;
                }
                Standing s = group.get(i);
                result.put(s.subjectId(), new Placement(rank, group.size(), group.size() > 1 && s.total() == lowest));
            }
        }
        return result;
    }
}
