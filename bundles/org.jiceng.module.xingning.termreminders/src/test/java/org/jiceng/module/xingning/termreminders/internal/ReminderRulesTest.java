package org.jiceng.module.xingning.termreminders.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.jiceng.registry.PartyOrganization;
import org.junit.jupiter.api.Test;

class ReminderRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void theWindowIsSixMonthsInclusive() {
        assertTrue(ReminderRules.inWindow(LocalDate.of(2027, 5, 25), TODAY, 6));
        assertFalse(ReminderRules.inWindow(LocalDate.of(2027, 5, 26), TODAY, 6));
        assertTrue(ReminderRules.inWindow(LocalDate.of(2026, 1, 1), TODAY, 6), "an ended term is still due");
        assertFalse(ReminderRules.inWindow(null, TODAY, 6));
    }

    @Test
    void aTermIsOverdueOnceEndedUntilTheElectionIsHeld() {
        LocalDate ended = TODAY.minusDays(1);
        assertTrue(ReminderRules.isOverdue(ended, null, TODAY));
        assertTrue(ReminderRules.isOverdue(ended, Reply.PENDING, TODAY));
        assertTrue(ReminderRules.isOverdue(ended, Reply.ELECTION_REQUESTED, TODAY));
        assertFalse(ReminderRules.isOverdue(ended, Reply.ELECTION_HELD, TODAY));
        assertFalse(ReminderRules.isOverdue(TODAY, Reply.PENDING, TODAY), "the last day of a term is not overdue");
    }

    @Test
    void whoRemindsFollowsAffiliation() {
        PartyOrganization town = PartyOrganization.builder().name("中共黄陂镇委员会").build();
        assertEquals("中共黄陂镇委员会", ReminderRules.reminderName(town, "兴宁市"));
        assertEquals("梅州市组织部", ReminderRules.reminderName(null, "梅州市"));
    }
}
