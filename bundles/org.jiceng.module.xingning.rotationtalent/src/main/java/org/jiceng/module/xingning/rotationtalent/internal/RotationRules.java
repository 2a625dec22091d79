package org.jiceng.module.xingning.rotationtalent.internal;

import java.time.LocalDate;

import org.jiceng.cadre.PostLevel;

/**
 * 兴宁's rotation rule (交流轮岗) as plain functions: a leader who has headed one unit for 5 years
 * (正职满5年) or been its deputy for 10 (副职满10年) is due to rotate; a move of a cadre not due needs
 * an exception reason (其他工作需要交流的干部), a move leads to another unit, and only an approved
 * move is carried out.
 */
final class RotationRules {
    static final int HEAD_YEARS = 5;
    static final int DEPUTY_YEARS = 10;

    static final String RULE_NOT_DUE = "rotation-not-due";
    static final String RULE_SAME_UNIT = "rotation-same-unit";
    static final String RULE_NOT_APPROVED = "rotation-not-approved";
    static final String RULE_MOVE_CLOSED = "rotation-move-closed";
    static final String RULE_ALREADY_PLANNED = "rotation-already-planned";
    static final String RULE_PLAN_EXISTS = "rotation-plan-exists";

    private RotationRules() {
    }

    /** Years in one unit after which a leader at {@code level} is due; 0 for plain members of a leadership, whom the rule does not cover. */
    static int threshold(PostLevel level) {
        return switch (level) {
            case HEAD -> HEAD_YEARS;
            case DEPUTY -> DEPUTY_YEARS;
            case MEMBER -> 0;
        };
    }

    static boolean due(PostLevel level, long years) {
        int threshold = threshold(level);
        return threshold > 0 && years >= threshold;
    }

    /** The day tenure is measured on for a year's plan: its last day (whoever completes the years within the year is due that year). */
    static LocalDate referenceDay(int year) {
        return LocalDate.of(year, 12, 31);
    }

    /** The rule a proposed move breaks, or null: a cadre not due needs an exception reason; a move leads out of the unit. */
    static String proposalRefusal(boolean due, String exceptionReason, String fromUnit, String toUnit) {
        if (sameUnit(fromUnit, toUnit)) {
            return RULE_SAME_UNIT;
        }
        if (!due && (exceptionReason == null || exceptionReason.isBlank())) {
            return RULE_NOT_DUE;
        }
        return null;
    }

    static boolean sameUnit(String a, String b) {
        return a != null && b != null && a.trim().equals(b.trim());
    }

    /** The rule refusing to approve a move in {@code status}, or null. */
    static String approvalRefusal(MoveStatus status) {
        return status == MoveStatus.PROPOSED ? null : RULE_MOVE_CLOSED;
    }

    /** The rule refusing to execute a move in {@code status}, or null: only an approved move is carried out. */
    static String executionRefusal(MoveStatus status) {
        return switch (status) {
            case APPROVED -> null;
            case PROPOSED -> RULE_NOT_APPROVED;
            case EXECUTED, DEFERRED -> RULE_MOVE_CLOSED;
        };
    }

    /** The rule refusing to defer a move in {@code status}, or null: a move not carried out yet may be deferred. */
    static String deferralRefusal(MoveStatus status) {
        return status.open() ? null : RULE_MOVE_CLOSED;
    }

    /** The last day of the old post when the new one starts {@code on}: the day before, never before the old post began. */
    static LocalDate oldPostEnds(LocalDate oldStart, LocalDate on) {
        LocalDate before = on.minusDays(1);
        return before.isBefore(oldStart) ? oldStart : before;
    }
}
