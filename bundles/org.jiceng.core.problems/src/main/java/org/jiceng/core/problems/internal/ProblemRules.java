package org.jiceng.core.problems.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.problem.Problem;
import org.jiceng.problem.ProblemChange;
import org.jiceng.problem.ProblemService;
import org.jiceng.problem.ProblemSource;
import org.jiceng.problem.ProblemStatistics;
import org.jiceng.problem.ProblemStatus;

/** The rules of problems and rectification, free of persistence so they can be tested alone. */
final class ProblemRules {
    /** The statuses each change may start from, and the status it leads to. */
    private static final Map<ProblemChange, Set<ProblemStatus>> FROM = new EnumMap<>(ProblemChange.class);
    private static final Map<ProblemChange, ProblemStatus> TO = new EnumMap<>(ProblemChange.class);

    static {
        FROM.put(ProblemChange.PLANNED, EnumSet.of(ProblemStatus.FOUND));
        TO.put(ProblemChange.PLANNED, ProblemStatus.PLAN_FILED);
        FROM.put(ProblemChange.PROGRESS, EnumSet.of(ProblemStatus.PLAN_FILED, ProblemStatus.IN_PROGRESS));
        TO.put(ProblemChange.PROGRESS, ProblemStatus.IN_PROGRESS);
        FROM.put(ProblemChange.RECTIFIED, EnumSet.of(ProblemStatus.PLAN_FILED, ProblemStatus.IN_PROGRESS));
        TO.put(ProblemChange.RECTIFIED, ProblemStatus.RECTIFIED);
        FROM.put(ProblemChange.VERIFIED, EnumSet.of(ProblemStatus.RECTIFIED));
        TO.put(ProblemChange.VERIFIED, ProblemStatus.VERIFIED);
        FROM.put(ProblemChange.REOPENED, EnumSet.of(ProblemStatus.RECTIFIED));
        TO.put(ProblemChange.REOPENED, ProblemStatus.IN_PROGRESS);
    }

    private ProblemRules() {
    }

    /** Checks a reported problem (400 naming each bad field). */
    static void checkReport(Problem p, LocalDate today) {
        Validator v = new Validator().require("source", p.source()).require("subjectType", p.subjectType())
                .maxLength("subjectType", p.subjectType(), 32)
                .require("subjectId", p.subjectId()).maxLength("subjectId", p.subjectId(), 64).require("jurisdictionCode", p.jurisdictionCode())
                .require("category", p.category()).maxLength("category", p.category(), 100).require("severity", p.severity())
                .require("description", p.description()).maxLength("description", p.description(), 2000).require("foundBy", p.foundBy())
                .maxLength("foundBy", p.foundBy(), 100).require("foundOn", p.foundOn()).require("deadline", p.deadline())
                .check(p.foundOn() == null || !p.foundOn().isAfter(today), "foundOn", "must not be in the future");
        v.check(p.foundOn() == null || p.deadline() == null || !p.deadline().isBefore(p.foundOn()), "deadline", "must not be before foundOn");
        v.throwIfInvalid();
    }

    /**
     * The status a change leads to from {@code current}.
     *
     * @throws RuleViolationException {@code problem-step-order} when the change does not follow from the current status
     */
    static ProblemStatus next(long problemId, ProblemStatus current, ProblemChange change) {
        Set<ProblemStatus> from = FROM.get(change);
        if (from == null || !from.contains(current)) {
            throw new RuleViolationException(ProblemService.RULE_STEP_ORDER, "Problem " + problemId + " is " + current + "; " + change
                    + (from == null ? " is not a step" : " follows " + from));
        }
        return TO.get(change);
    }

    /** The day of a step: today when not given, never in the future, never before the problem was found. */
    static LocalDate stepDate(LocalDate on, LocalDate foundOn, LocalDate today) {
        LocalDate d = on == null ? today : on;
        if (d.isAfter(today)) {
            throw new ValidationException("date", "must not be in the future");
        }
        if (d.isBefore(foundOn)) {
            throw new ValidationException("date", "must not be before the problem was found (" + foundOn + ")");
        }
        return d;
    }

    /** Overdue: the deadline has passed and the problem is neither rectified nor verified. */
    static boolean overdue(ProblemStatus status, LocalDate deadline, LocalDate today) {
        return !status.isRectified() && today.isAfter(deadline);
    }

    /** Whether the verifier is the finding side (the same unit or person string, ignoring case and spaces). */
    static boolean sameSide(String verifiedBy, String foundBy) {
        return verifiedBy != null && foundBy != null && verifiedBy.strip().equalsIgnoreCase(foundBy.strip());
    }

    /** rectified / found with 4 decimals, half up; 0 when nothing was found. */
    static BigDecimal rate(long rectified, long found) {
        if (found == 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        return BigDecimal.valueOf(rectified).divide(BigDecimal.valueOf(found), 4, RoundingMode.HALF_UP);
    }

    /** Per-source counts to add up: found, rectified, verified, overdue. */
    static final class Tally {
        long found;
        long rectified;
        long verified;
        long overdue;

        void add(ProblemStatus status, long count) {
            found += count;
            if (status.isRectified()) {
                rectified += count;
            }
            if (status == ProblemStatus.VERIFIED) {
                verified += count;
            }
        }
    }

    /** Builds the statistics from counts per source and status and overdue counts per source. */
    static ProblemStatistics statistics(String jurisdictionCode, ProblemSource source, Integer year,
            Map<ProblemSource, Map<ProblemStatus, Long>> counts, Map<ProblemSource, Long> overdue) {
        Tally total = new Tally();
        List<ProblemStatistics.SourceCounts> bySource = new ArrayList<>();
        for (ProblemSource s : ProblemSource.values()) {
            if (source != null && s != source) {
                continue;
            }
            Tally t = new Tally();
            counts.getOrDefault(s, Map.of()).forEach(t::add);
            t.overdue = overdue.getOrDefault(s, 0L);
            if (t.found > 0 || source != null) {
                bySource.add(new ProblemStatistics.SourceCounts(s, t.found, t.rectified, t.verified, t.overdue, rate(t.rectified, t.found)));
            }
            total.found += t.found;
            total.rectified += t.rectified;
            total.verified += t.verified;
            total.overdue += t.overdue;
        }
        return new ProblemStatistics(jurisdictionCode, source, year, total.found, total.rectified, total.verified, total.overdue,
                rate(total.rectified, total.found), bySource);
    }
}
