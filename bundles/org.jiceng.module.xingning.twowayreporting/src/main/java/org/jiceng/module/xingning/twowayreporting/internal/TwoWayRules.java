package org.jiceng.module.xingning.twowayreporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.duty.RaterKind;
import org.jiceng.duty.Rating;
import org.jiceng.duty.ReportPeriod;
import org.jiceng.registry.JurisdictionLevel;

/**
 * 兴宁's rules over the engine's (seed 002, 七: "实行镇街党(工)委书记‘双向’述职制度。年终,20个镇街的党(工)委书记分别在
 * 市委全委会和镇村干部大会上作基层党建专项述职,由市委委员和各镇村干部根据镇街的党建工作开展情况进行评分考核,并把考核结果与
 * 年度评优评先和乡镇领导干部的进退留转挂钩起来"). Plain functions over values, so they can be tested alone.
 */
final class TwoWayRules {
    /** Once a year, at year-end (年终): the period is the whole year. */
    static final String YEARLY_ROUND = "xingning-yearly-round";
    /** The round is held by the city (市委) for its town secretaries. */
    static final String ROUND_BY_CITY = "xingning-round-by-city";
    /** Those who report are the secretaries of the towns and subdistricts (镇街). */
    static final String REPORTER_TOWN = "xingning-reporter-town";
    /** A registry member named as the reporter belongs to the town reported for. */
    static final String REPORTER_NOT_OF_TOWN = "xingning-reporter-not-of-town";
    /** The downward review is the town's own cadres' (镇村干部大会): a LOWER rater belongs to the reporter's town. */
    static final String LOWER_RATER_OUTSIDE_TOWN = "xingning-lower-rater-outside-town";
    /** The weighting is the county's, changed at the county. */
    static final String WEIGHTING_BY_COUNTY = "xingning-weighting-by-county";

    private TwoWayRules() {
    }

    static void checkPeriod(ReportPeriod period) {
        if (period != ReportPeriod.YEAR) {
            throw new RuleViolationException(YEARLY_ROUND, "兴宁's town secretaries report once a year, at year-end (YEAR), not per half-year");
        }
    }

    static void checkHeldByCity(String code, JurisdictionLevel level) {
        if (level != JurisdictionLevel.COUNTY) {
            throw new RuleViolationException(ROUND_BY_CITY,
                    "The town secretaries report to the city committee's plenary session; " + code + " is not the city");
        }
    }

    static void checkReporterTown(String code, JurisdictionLevel level) {
        if (level != JurisdictionLevel.TOWNSHIP) {
            throw new RuleViolationException(REPORTER_TOWN, "Reports are the town and subdistrict secretaries'; " + code + " is not a town");
        }
    }

    static void checkReporterOfTown(boolean withinTown, long memberId, String townCode) {
        if (!withinTown) {
            throw new RuleViolationException(REPORTER_NOT_OF_TOWN, "Member " + memberId + " does not belong to town " + townCode);
        }
    }

    static void checkLowerRaterOfTown(boolean withinTown, long memberId, String townCode) {
        if (!withinTown) {
            throw new RuleViolationException(LOWER_RATER_OUTSIDE_TOWN,
                    "The downward review is the town's cadres': member " + memberId + " does not belong to town " + townCode);
        }
    }

    /** The year-end round is due on 31 December; the sittings follow in the new year. */
    static LocalDate defaultDue(int year) {
        return LocalDate.of(year, 12, 31);
    }

    static String defaultTitle(int year) {
        return "兴宁市" + year + "年度镇街党(工)委书记抓基层党建工作“双向”述职评议";
    }

    /**
     * The grade a score stands for, when the rater gives only a score (the seed speaks of 评分考核):
     * 90 and above 好, 80 较好, 60 一般, below 差 — the usual bands of a 100-point assessment.
     */
    static Rating ratingOf(int score) {
        if (score >= 90) {
            return Rating.EXCELLENT;
        }
        if (score >= 80) {
            return Rating.GOOD;
        }
        return score >= 60 ? Rating.FAIR : Rating.POOR;
    }

    /** The mean of scores, two decimals, or null when there are none. */
    static BigDecimal average(List<Integer> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        long sum = scores.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }

    /** Both directions weighed by the county's percentages, two decimals; null unless both were scored. */
    static BigDecimal combined(BigDecimal upper, BigDecimal lower, int upperWeight, int lowerWeight) {
        if (upper == null || lower == null) {
            return null;
        }
        return upper.multiply(BigDecimal.valueOf(upperWeight)).add(lower.multiply(BigDecimal.valueOf(lowerWeight)))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    /**
     * The tie to advancement (进退留转) of one secretary. Recommended (评优评先, first considered for
     * promotion) at or above the recommending score with neither direction below the talking score;
     * to be talked to (约谈提醒) below the talking score — together or in either direction, so a
     * secretary the cadres below score poorly is talked to whatever the committee thinks, which is
     * what asking them is for — and when the round closed without a report scored both ways;
     * retained (留任) otherwise; pending while the round is open and a direction is missing.
     */
    static Outcome outcome(boolean submitted, BigDecimal upper, BigDecimal lower, BigDecimal combined, Weighting w, boolean closed) {
        if (!submitted || combined == null) {
            return closed ? Outcome.TALK : Outcome.PENDING;
        }
        if (combined.compareTo(w.talkScore()) < 0 || upper.compareTo(w.talkScore()) < 0 || lower.compareTo(w.talkScore()) < 0) {
            return Outcome.TALK;
        }
        return combined.compareTo(w.recommendScore()) >= 0 ? Outcome.RECOMMENDED : Outcome.RETAINED;
    }

    /** Why the outcome is what it is, in the county's words. */
    static String reason(Outcome outcome, boolean submitted, BigDecimal upper, BigDecimal lower, BigDecimal combined, Weighting w) {
        return switch (outcome) {
            case PENDING -> submitted ? "待双向测评" : "待述职";
            case RECOMMENDED -> "综合得分" + combined.toPlainString() + "，达到" + w.recommendScore().toPlainString() + "分：评优评先、提拔使用优先人选";
            case RETAINED -> "综合得分" + combined.toPlainString() + "：留任";
            case TALK -> !submitted
                    ? "未述职：约谈提醒"
                    : combined == null
                            ? "未经双向测评：约谈提醒"
                            : lower.compareTo(w.talkScore()) < 0 && upper.compareTo(w.talkScore()) >= 0
                                    ? "镇村干部评分" + lower.toPlainString() + "低于" + w.talkScore().toPlainString() + "分：约谈提醒"
                                    : "综合或市委委员评分低于" + w.talkScore().toPlainString() + "分：约谈提醒";
        };
    }

    /** A rating by its name ({@code EXCELLENT}) or its Chinese label ({@code 好}); null when not given. */
    static Rating rating(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (Rating r : Rating.values()) {
            if (r.name().equalsIgnoreCase(value.strip()) || r.label().equals(value.strip())) {
                return r;
            }
        }
        throw new ValidationException(field, "must be one of 好, 较好, 一般, 差 (EXCELLENT, GOOD, FAIR, POOR)");
    }

    static RaterKind raterKind(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "is required");
        }
        try {
            return RaterKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "must be UPPER (a member of the city committee) or LOWER (a cadre of the reporter's town)");
        }
    }
}
