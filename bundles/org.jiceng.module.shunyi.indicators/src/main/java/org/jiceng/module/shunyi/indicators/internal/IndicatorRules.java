package org.jiceng.module.shunyi.indicators.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jiceng.common.RuleViolationException;

/** The rules of the indicator system and the folded projects, apart from storage so they are tested alone. */
final class IndicatorRules {
    static final String RULE_KEPT_BY_COUNTY = "indicator-system-kept-by-county";
    static final String RULE_INDICATOR_CODE_TAKEN = "indicator-code-taken";
    static final String RULE_TASK_CODE_TAKEN = "task-code-taken";
    static final String RULE_WORK_ITEM_TAKEN = "work-item-number-taken";
    static final String RULE_SCHEDULE_DOES_NOT_FIT = "schedule-does-not-fit";
    static final String RULE_MILESTONE_OUT_OF_ORDER = "milestone-out-of-order";
    static final String RULE_MILESTONE_DONE = "milestone-already-done";
    static final String RULE_TASK_DONE = "task-already-done";

    private IndicatorRules() {
    }

    /**
     * 倒排工期: the due days of milestones taking these days each, scheduled backwards so the last is
     * due on the deadline and each earlier one when the next must start. The first must not have to
     * start before the project does: 422 schedule-does-not-fit, saying how many days are missing.
     */
    static List<LocalDate> scheduleBackwards(LocalDate startsOn, LocalDate deadline, List<Integer> durations) {
        List<LocalDate> due = new ArrayList<>();
        LocalDate next = deadline;
        for (int i = durations.size() - 1; i >= 0; i--) {
            due.add(next);
            next = next.minusDays(durations.get(i));
        }
        if (next.isBefore(startsOn)) {
            long missing = next.until(startsOn, java.time.temporal.ChronoUnit.DAYS);
            throw new RuleViolationException(RULE_SCHEDULE_DOES_NOT_FIT,
                    "Scheduled backwards from " + deadline + ", the first milestone would start on "
                            + next + ", " + missing + " day(s) before the project starts (" + startsOn
                            + "): shorten the milestones or move the deadline");
        }
        Collections.reverse(due);
        return due;
    }

    /** Milestones are reported done in their order: one whose predecessor is open is refused. */
    static void requireInOrder(int seq, Integer firstOpenSeq) {
        if (firstOpenSeq != null && firstOpenSeq < seq) {
            throw new RuleViolationException(RULE_MILESTONE_OUT_OF_ORDER,
                    "Milestone " + firstOpenSeq + " of the project is not done yet: milestones are done in their order");
        }
    }

    static void requireMilestoneOpen(long id, LocalDate doneOn) {
        if (doneOn != null) {
            throw new RuleViolationException(RULE_MILESTONE_DONE, "Milestone " + id + " was reported done on " + doneOn);
        }
    }

    static void requireTaskOpen(long id, LocalDate doneOn) {
        if (doneOn != null) {
            throw new RuleViolationException(RULE_TASK_DONE, "Task " + id + " was reported done on " + doneOn);
        }
    }

    /** Where something due stands on a day: done (in time or late), due or slipping (its day passed, not done). */
    static Progress progress(LocalDate dueOn, LocalDate doneOn, LocalDate today) {
        if (doneOn != null) {
            return doneOn.isAfter(dueOn) ? Progress.DONE_LATE : Progress.DONE;
        }
        return dueOn.isBefore(today) ? Progress.SLIPPING : Progress.DUE;
    }

    /** A share in percent with one decimal, rounded down so a rate never shows more than was done; null of nothing. */
    static java.math.BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return org.jiceng.common.Shares.percentDown(part, whole);
    }
}
