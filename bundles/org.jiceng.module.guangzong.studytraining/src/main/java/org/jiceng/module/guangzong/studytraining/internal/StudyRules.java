package org.jiceng.module.guangzong.studytraining.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.jiceng.common.RuleViolationException;
import org.jiceng.development.MembershipStatus;
import org.jiceng.registry.MemberStage;

/**
 * 广宗's rules of exams, the site-training selection and no-post training, as plain functions over
 * values (the services load the records and call these).
 */
final class StudyRules {
    static final String RULE_EXAM_BY_COUNTY = "exam-by-county";
    static final String RULE_EXAM_NOT_HELD = "exam-not-held";
    static final String RULE_EXAM_CLOSED = "exam-closed";
    static final String RULE_EXAM_WITHOUT_SCORES = "exam-without-scores";
    static final String RULE_EXAM_NOT_CLOSED = "selection-exam-not-closed";
    static final String RULE_SELECTION_MADE = "selection-already-made";
    static final String RULE_SELECTION_BELOW_PASS = "selection-below-pass-mark";
    static final String RULE_TRAINING_BEFORE_EXAM = "site-training-before-exam";
    static final String RULE_ALREADY_TRAINED = "selection-already-trained";
    static final String RULE_NOT_IN_RANKS = "member-not-in-ranks";
    static final String RULE_PLAN_BY_COUNTY = "plan-by-county";
    static final String RULE_PLAN_OVERLAP = "plan-years-overlap";
    static final String RULE_YEAR_OUTSIDE_PLAN = "year-outside-plan";
    static final String RULE_YEARLY_PLAN_EXISTS = "yearly-plan-exists";
    static final String RULE_BATCH_OUTSIDE_YEAR = "batch-outside-plan-year";
    static final String RULE_MEMBER_HAS_POST = "member-has-post";
    static final String RULE_MEMBER_OUTSIDE_TOWNSHIP = "member-outside-township";
    static final String RULE_ALREADY_ENROLLED = "member-already-enrolled";
    static final String RULE_BATCH_HELD = "batch-already-held";
    static final String RULE_BATCH_NOT_STARTED = "batch-not-started";

    /** A 3-year plan covers its first year and the two after it. */
    static final int PLAN_YEARS = 3;

    private StudyRules() {
    }

    /** One member's score as ranked: competition rank (1, 2, 2, 4) by score, ties listed by member id. */
    record Ranked(long memberId, int score, int rank) {
    }

    /** Party members in the ranks (full and probationary, active) take the exams and are trained; applicants and activists are not yet members. */
    static boolean inRanks(MemberStage stage, MembershipStatus status) {
        return (stage == MemberStage.FULL || stage == MemberStage.PROBATIONARY) && (status == null || status == MembershipStatus.ACTIVE);
    }

    static void checkInRanks(long memberId, MemberStage stage, MembershipStatus status) {
        if (!inRanks(stage, status)) {
            throw new RuleViolationException(RULE_NOT_IN_RANKS,
                    "Member " + memberId + " (" + stage + ", " + status + ") is not a Party member in the ranks");
        }
    }

    /** Scores entered only once the exam has been held, and only while it is open. */
    static void checkScoresAccepted(ExamStatus status, LocalDate heldOn, LocalDate today) {
        if (status == ExamStatus.CLOSED) {
            throw new RuleViolationException(RULE_EXAM_CLOSED, "The exam is closed: its scores and ranking are final");
        }
        if (heldOn.isAfter(today)) {
            throw new RuleViolationException(RULE_EXAM_NOT_HELD, "The exam is held on " + heldOn + ": no score before");
        }
    }

    /** The scores ranked, best first; equal scores share a rank (the next rank skips), listed by member id so the order never varies. */
    static List<Ranked> rank(List<long[]> memberScores) {
        List<long[]> sorted = new ArrayList<>(memberScores);
        sorted.sort(Comparator.<long[]>comparingLong(s -> -s[1]).thenComparingLong(s -> s[0]));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            long[] s = sorted.get(i);
            int rank = i > 0 && sorted.get(i - 1)[1] == s[1] ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Ranked(s[0], (int) s[1], rank));
        }
        return ranked;
    }

    /**
     * The top scorers selected for site training: those at or above {@code minScore}, not selected
     * by an earlier exam (分期分批: each member goes once), best first up to {@code places} — and
     * everyone tied with the last one taken, so equal scores are never split by the order of entry.
     */
    static List<Ranked> select(List<Ranked> ranked, int places, int minScore, Set<Long> selectedBefore) {
        List<Ranked> chosen = new ArrayList<>();
        for (Ranked r : ranked) {
            if (r.score() < minScore || selectedBefore.contains(r.memberId())) {
                continue;
            }
            if (chosen.size() >= places && r.score() < chosen.get(chosen.size() - 1).score()) {
                break;
            }
            chosen.add(r);
        }
        return chosen;
    }

    /** A selection is made once, from a closed exam, never below its pass mark. */
    static void checkSelection(ExamStatus status, boolean selectedAlready, int minScore, int passMark) {
        if (status != ExamStatus.CLOSED) {
            throw new RuleViolationException(RULE_EXAM_NOT_CLOSED, "The exam is still open: its top scorers are selected once it is closed");
        }
        if (selectedAlready) {
            throw new RuleViolationException(RULE_SELECTION_MADE, "The top scorers of this exam have been selected already");
        }
        if (minScore < passMark) {
            throw new RuleViolationException(RULE_SELECTION_BELOW_PASS, "A minimum score of " + minScore + " is below the pass mark " + passMark);
        }
    }

    /** Site training follows the exam it was earned in, once. */
    static void checkSiteTraining(SelectionStatus status, LocalDate trainedOn, LocalDate examHeldOn) {
        if (status == SelectionStatus.TRAINED) {
            throw new RuleViolationException(RULE_ALREADY_TRAINED, "The site training of this selection is recorded already");
        }
        if (trainedOn.isBefore(examHeldOn)) {
            throw new RuleViolationException(RULE_TRAINING_BEFORE_EXAM, "Training on " + trainedOn + " before the exam of " + examHeldOn);
        }
    }

    static int endYear(int startYear) {
        return startYear + PLAN_YEARS - 1;
    }

    static boolean overlaps(int startA, int startB) {
        return startA <= endYear(startB) && startB <= endYear(startA);
    }

    static void checkYearInPlan(int year, int startYear, int endYear) {
        if (year < startYear || year > endYear) {
            throw new RuleViolationException(RULE_YEAR_OUTSIDE_PLAN, "Year " + year + " is outside the 3-year plan " + startYear + "–" + endYear);
        }
    }

    /** A batch runs within its yearly plan's year. */
    static void checkBatchYear(int planYear, LocalDate startsOn, LocalDate endsOn) {
        if (startsOn.getYear() != planYear || endsOn.getYear() != planYear) {
            throw new RuleViolationException(RULE_BATCH_OUTSIDE_YEAR,
                    "A batch of the " + planYear + " plan runs within " + planYear + ", not " + startsOn + "–" + endsOn);
        }
    }

    /**
     * Who a no-post batch takes: a member in the ranks, of the batch's township, holding no post —
     * neither the registry's 有职 flag nor a current post in the cadre record.
     */
    static void checkEnrollable(long memberId, MemberStage stage, MembershipStatus status, boolean inTownship, boolean hasPost) {
        checkInRanks(memberId, stage, status);
        if (!inTownship) {
            throw new RuleViolationException(RULE_MEMBER_OUTSIDE_TOWNSHIP,
                    "Member " + memberId + " belongs to another township: batches are by township");
        }
        if (hasPost) {
            throw new RuleViolationException(RULE_MEMBER_HAS_POST,
                    "Member " + memberId + " holds a post (有职): no-post training (无职党员培训) is for members without one");
        }
    }

    static void checkBatchOpen(BatchStatus status) {
        if (status == BatchStatus.HELD) {
            throw new RuleViolationException(RULE_BATCH_HELD, "The batch has been held: its attendance is recorded");
        }
    }

    static void checkBatchStarted(LocalDate startsOn, LocalDate today) {
        if (startsOn.isAfter(today)) {
            throw new RuleViolationException(RULE_BATCH_NOT_STARTED, "The batch starts on " + startsOn + ": attendance is recorded once it has");
        }
    }

    /**
     * The places of one of {@code exams} exams in the demo: the seed's 200 top scorers over the
     * exams out of the nearly 10,000 members and cadres of the county who sit them (2 %), shared
     * among the exams, of this exam's takers; at least one.
     */
    static int seedPlaces(int takers, int exams) {
        return Math.max(1, (int) Math.round(takers * 200.0 / 10_000 / exams));
    }
}
