package org.jiceng.module.xingning.termreminders.internal;

import java.time.LocalDate;

import org.jiceng.common.Cadence;
import org.jiceng.registry.PartyOrganization;

/**
 * The rules of 兴宁's system, free of persistence so they can be tested alone: when a term is in
 * the reminder window, when it is overdue, and who reminds (谁来提醒 follows affiliation: the
 * organization one level up, or the organization department of the jurisdiction above).
 */
final class ReminderRules {
    static final String ORGANIZATION_DEPARTMENT = "组织部";

    private ReminderRules() {
    }

    /** Last term end that falls inside a window of {@code months} from {@code today}. */
    static LocalDate windowEnd(LocalDate today, int months) {
        return today.plusMonths(months);
    }

    static boolean inWindow(LocalDate termEnd, LocalDate today, int months) {
        return termEnd != null && !termEnd.isAfter(windowEnd(today, months));
    }

    /** A term is overdue once it has ended and no election was held for it. */
    static boolean isOverdue(LocalDate termEnd, Reply reply, LocalDate today) {
        return Cadence.passed(termEnd, today) && reply != Reply.ELECTION_HELD;
    }

    /**
     * Who reminds: the parent organization when there is one; otherwise the organization
     * department of the jurisdiction above the organization's own.
     */
    static String reminderName(PartyOrganization parent, String parentJurisdictionName) {
        if (parent != null) {
            return parent.name();
        }
        return (parentJurisdictionName == null ? "上级" : parentJurisdictionName) + ORGANIZATION_DEPARTMENT;
    }
}
