package org.jiceng.module.wugang.firstsecretaries.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which first-secretary work the inbox chases. */
class InboxRulesTest {
    /** A Wednesday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void lastWeeksAndThisWeeksReportsAreChasedWhileOwed() {
        assertEquals(List.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30)), InboxRules.weeksChased(TODAY));
        assertEquals(List.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30)), InboxRules.weeksChased(LocalDate.of(2026, 11, 30)),
                "on a Monday, this week begins today");
        assertTrue(InboxRules.owed(ReportState.DUE));
        assertTrue(InboxRules.owed(ReportState.MISSING));
        assertFalse(InboxRules.owed(ReportState.SUBMITTED_ON_TIME));
        assertFalse(InboxRules.owed(ReportState.LATE), "a late report is in: nothing left to chase");
    }

    @Test
    void lastMonthsShortfallsAreChasedUntilADayAwayCarriesAReason() {
        assertEquals(YearMonth.of(2026, 11), InboxRules.presenceMonth(TODAY));
        assertEquals(YearMonth.of(2025, 12), InboxRules.presenceMonth(LocalDate.of(2026, 1, 5)), "January looks back to December");
        PresenceView inVillage = day(true, true, null);
        assertFalse(InboxRules.explained(List.of(inVillage, day(true, true, "走访农户"))), "a note on a full day in the village explains nothing");
        assertFalse(InboxRules.explained(List.of(inVillage, day(false, false, "  "))), "a blank note is no reason");
        assertFalse(InboxRules.explained(List.of()));
        assertFalse(InboxRules.explained(null));
        assertTrue(InboxRules.explained(List.of(inVillage, day(false, false, "县委党校集中培训"))));
        assertTrue(InboxRules.explained(List.of(day(true, false, "家中老人住院"))), "a night away with its reason");
    }

    @Test
    void anItemBelongsToTheInboxWhenDueByItsLastDay() {
        assertTrue(InboxRules.within(TODAY, TODAY));
        assertTrue(InboxRules.within(TODAY.minusDays(30), TODAY));
        assertFalse(InboxRules.within(TODAY.plusDays(1), TODAY));
    }

    private static PresenceView day(boolean dayInVillage, boolean nightInVillage, String note) {
        PresenceView p = new PresenceView();
        p.dayInVillage = dayInVillage;
        p.nightInVillage = nightInVillage;
        p.note = note;
        return p;
    }
}
