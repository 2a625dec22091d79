package org.jiceng.core.checklists.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jiceng.checklist.Answer;
import org.jiceng.checklist.Aspect;
import org.jiceng.checklist.ChecklistService;
import org.jiceng.checklist.CriteriaSet;
import org.jiceng.checklist.Criterion;
import org.jiceng.checklist.CriterionKind;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Validator;

/** The rules of acceptance checklists, free of persistence so they can be tested alone. */
final class ChecklistRules {
    private ChecklistRules() {
    }

    /** The result of a submitted evaluation. */
    record Result(boolean passed, int metCount, BigDecimal scoreTotal, BigDecimal shareMet) {
    }

    /** Checks a criteria set definition (400 naming each bad field, e.g. {@code aspects[1].criteria[0].maximum}). */
    static void checkSet(CriteriaSet s) {
        Validator v = new Validator().require("key", s.key()).maxLength("key", s.key(), 64).require("name", s.name())
                .maxLength("name", s.name(), 200).require("aspects", s.aspects());
        v.check(s.minimumScore() == null || s.minimumScore().signum() >= 0, "minimumScore", "must not be negative");
        v.check(s.minimumShareMet() == null || (s.minimumShareMet().signum() >= 0 && s.minimumShareMet().compareTo(BigDecimal.ONE) <= 0),
                "minimumShareMet", "must be between 0 and 1");
        v.check(s.aspects() == null || !s.aspects().isEmpty(), "aspects", "at least one aspect is required");
        Set<String> aspectKeys = new HashSet<>();
        Set<String> keys = new HashSet<>();
        if (s.aspects() != null) {
            for (int a = 0; a < s.aspects().size(); a++) {
                Aspect aspect = s.aspects().get(a);
                String af = "aspects[" + a + "]";
                if (aspect == null) {
                    v.check(false, af, "is required");
                    continue;
                }
                v.require(af + ".key", aspect.key()).maxLength(af + ".key", aspect.key(), 64).require(af + ".name", aspect.name())
                        .maxLength(af + ".name", aspect.name(), 200);
                v.check(aspect.key() == null || aspectKeys.add(aspect.key().trim()), af + ".key", "is used twice");
                v.check(aspect.criteria() != null && !aspect.criteria().isEmpty(), af + ".criteria", "at least one criterion is required");
                if (aspect.criteria() == null) {
                    continue;
                }
                for (int c = 0; c < aspect.criteria().size(); c++) {
                    Criterion k = aspect.criteria().get(c);
                    String f = af + ".criteria[" + c + "]";
                    if (k == null) {
                        v.check(false, f, "is required");
                        continue;
                    }
                    v.require(f + ".key", k.key()).maxLength(f + ".key", k.key(), 64).require(f + ".text", k.text())
                            .maxLength(f + ".text", k.text(), 1000).require(f + ".kind", k.kind())
                            .maxLength(f + ".jurisdictionCode", k.jurisdictionCode(), 12).maxLength(f + ".moduleOwner", k.moduleOwner(), 100);
                    v.check(k.key() == null || keys.add(k.key().trim()), f + ".key", "is used twice in the set");
                    v.check(k.maximum() == null || k.maximum().signum() > 0, f + ".maximum", "must be positive");
                    if (k.kind() == CriterionKind.SCORE) {
                        v.require(f + ".maximum", k.maximum());
                        v.check(k.passScore() == null || k.maximum() == null
                                || (k.passScore().signum() >= 0 && k.passScore().compareTo(k.maximum()) <= 0), f + ".passScore",
                                "must be between 0 and the maximum");
                    } else if (k.kind() == CriterionKind.MET_NOT_MET) {
                        v.check(k.passScore() == null, f + ".passScore", "only a SCORE criterion has a pass score");
                    }
                }
            }
        }
        v.throwIfInvalid();
    }

    /** The points a MET_NOT_MET criterion counts when met. */
    static BigDecimal points(Criterion c) {
        return c.maximum() == null ? BigDecimal.ONE : c.maximum();
    }

    /**
     * Checks answers against the criteria (400 naming each bad field, e.g. {@code answers[3].score} for a score given
     * to a MET_NOT_MET criterion).
     */
    static void checkAnswers(Map<String, Criterion> criteria, List<Answer> answers) {
        Validator v = new Validator().require("answers", answers);
        Set<String> seen = new HashSet<>();
        if (answers != null) {
            for (int i = 0; i < answers.size(); i++) {
                Answer a = answers.get(i);
                String f = "answers[" + i + "]";
                if (a == null) {
                    v.check(false, f, "is required");
                    continue;
                }
                v.require(f + ".criterionKey", a.criterionKey()).maxLength(f + ".evidence", a.evidence(), 2000)
                        .maxLength(f + ".comment", a.comment(), 2000);
                if (a.criterionKey() == null) {
                    continue;
                }
                Criterion c = criteria.get(a.criterionKey().trim());
                v.check(seen.add(a.criterionKey().trim()), f + ".criterionKey", "is answered twice");
                if (c == null) {
                    v.check(false, f + ".criterionKey", "no criterion " + a.criterionKey() + " in the set");
                } else if (c.kind() == CriterionKind.MET_NOT_MET) {
                    v.check(a.score() == null, f + ".score", "criterion " + c.key() + " is MET_NOT_MET: answer with met, not a score");
                    v.require(f + ".met", a.met());
                } else {
                    v.check(a.met() == null, f + ".met", "criterion " + c.key() + " is SCORE: answer with a score, not met");
                    v.require(f + ".score", a.score());
                    v.check(a.score() == null || (a.score().signum() >= 0 && a.score().compareTo(c.maximum()) <= 0), f + ".score",
                            "must be between 0 and " + c.maximum().stripTrailingZeros().toPlainString());
                }
            }
        }
        v.throwIfInvalid();
    }

    /** Whether the answer meets the criterion. */
    static boolean met(Criterion c, Answer a) {
        if (a == null) {
            return false;
        }
        if (c.kind() == CriterionKind.MET_NOT_MET) {
            return Boolean.TRUE.equals(a.met());
        }
        BigDecimal pass = c.passScore() == null ? c.maximum() : c.passScore();
        return a.score() != null && a.score().compareTo(pass) >= 0;
    }

    /** The points an answer scores. */
    static BigDecimal score(Criterion c, Answer a) {
        if (a == null) {
            return BigDecimal.ZERO;
        }
        if (c.kind() == CriterionKind.MET_NOT_MET) {
            return Boolean.TRUE.equals(a.met()) ? points(c) : BigDecimal.ZERO;
        }
        return a.score() == null ? BigDecimal.ZERO : a.score();
    }

    /**
     * The result: passed when every required criterion is met and the optional minimum score and share met are reached.
     *
     * @throws RuleViolationException {@code checklist-all-answered} when a criterion is not answered
     */
    static Result result(List<Criterion> criteria, Map<String, Answer> answers, BigDecimal minimumScore, BigDecimal minimumShareMet) {
        List<String> missing = new ArrayList<>();
        int metCount = 0;
        boolean requiredMet = true;
        BigDecimal total = BigDecimal.ZERO;
        for (Criterion c : criteria) {
            Answer a = answers.get(c.key());
            if (a == null) {
                missing.add(c.key());
                continue;
            }
            boolean met = met(c, a);
            if (met) {
                metCount++;
            } else if (c.required()) {
                requiredMet = false;
            }
            total = total.add(score(c, a));
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException(ChecklistService.RULE_ALL_ANSWERED, "Not answered: " + String.join(", ", missing));
        }
        BigDecimal share = rate(metCount, criteria.size());
        boolean passed = requiredMet && (minimumScore == null || total.compareTo(minimumScore) >= 0)
                && (minimumShareMet == null || share.compareTo(minimumShareMet) >= 0);
        return new Result(passed, metCount, total.setScale(2, RoundingMode.HALF_UP), share);
    }

    /** part / whole with 4 decimals, half up; 0 when whole is 0. */
    static BigDecimal rate(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    /**
     * Standard competition ranks by score, highest first: equal scores share a rank and the next rank skips
     * (1, 2, 2, 4). Returns the ranks in the order of the sorted list.
     */
    static <T> List<Ranked<T>> rank(List<T> items, Function<T, BigDecimal> score, Comparator<T> tieOrder) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(score, Comparator.reverseOrder()).thenComparing(tieOrder));
        List<Ranked<T>> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            int r = i + 1;
            if (i > 0 && score.apply(sorted.get(i)).compareTo(score.apply(sorted.get(i - 1))) == 0) {
                r = out.get(i - 1).rank();
            }
            out.add(new Ranked<>(r, sorted.get(i)));
        }
        return out;
    }

    record Ranked<T>(int rank, T item) {
    }

    /** Whether two definitions are the same (name, pass thresholds, aspects and criteria in order); decimals compared by value. */
    static boolean sameDefinition(CriteriaSet a, CriteriaSet b) {
        return canonical(a).equals(canonical(b));
    }

    private static String canonical(CriteriaSet s) {
        StringBuilder b = new StringBuilder();
        b.append(s.name().trim()).append('|').append(dec(s.minimumScore())).append('|').append(dec(s.minimumShareMet()));
        for (Aspect a : s.aspects()) {
            b.append("|A:").append(a.key().trim()).append('/').append(a.name().trim());
            for (Criterion c : a.criteria()) {
                b.append("|C:").append(c.key().trim()).append('/').append(c.text().trim()).append('/').append(c.kind()).append('/')
                        .append(dec(c.maximum())).append('/').append(dec(c.passScore())).append('/').append(c.required()).append('/')
                        .append(blank(c.jurisdictionCode())).append('/').append(blank(c.moduleOwner()));
            }
        }
        return b.toString();
    }

    private static String dec(BigDecimal d) {
        return d == null ? "-" : d.stripTrailingZeros().toPlainString();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? "-" : s.trim();
    }
}
