package org.jiceng.core.registry.internal.orglife;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jiceng.common.ConflictException;
import org.jiceng.common.FieldError;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.development.MembershipStatus;
import org.jiceng.orglife.Activity;
import org.jiceng.orglife.ActivityRecord;
import org.jiceng.orglife.ActivityStatus;
import org.jiceng.orglife.ActivityType;
import org.jiceng.orglife.Attendance;
import org.jiceng.orglife.DuesPayment;
import org.jiceng.orglife.OrganizationalLifeService;
import org.jiceng.registry.MemberStage;
import org.junit.jupiter.api.Test;

class OrganizationalLifeRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Set<Long> BRANCH = Set.of(1L, 2L, 3L);

    private static Activity plan(LocalDate date) {
        return Activity.builder()
                .organizationId(7L)
                .type(ActivityType.THEMED_PARTY_DAY)
                .plannedDate(date)
                .topic("学习党章")
                .filedBy("支部书记")
                .build();
    }

    private static ActivityRecord record(LocalDate held, Attendance... roll) {
        return new ActivityRecord(held, "会议记录", new ArrayList<>(List.of(roll)), 1L);
    }

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aPlanIsFiledForTodayOrLaterOnly() {
        assertDoesNotThrow(() -> OrganizationalLifeRules.checkPlan(plan(TODAY), TODAY));
        assertDoesNotThrow(() -> OrganizationalLifeRules.checkPlan(plan(TODAY.plusDays(10)), TODAY));
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> OrganizationalLifeRules.checkPlan(plan(TODAY.minusDays(1)), TODAY));
        assertEquals(OrganizationalLifeService.RULE_PLAN_BEFORE, e.rule());
    }

    @Test
    void aPlanCarriesNoRecordAndNamesEveryMissingField() {
        Activity a = Activity.builder().minutes("written in advance").build();
        ValidationException e = assertThrows(ValidationException.class, () -> OrganizationalLifeRules.checkPlan(a, TODAY));
        assertTrue(fields(e).containsAll(List.of("organizationId", "type", "plannedDate", "topic", "filedBy", "minutes")), fields(e).toString());
    }

    @Test
    void everyAbsenceNeedsAReasonAndEveryEntryAMemberOfTheBranch() {
        ActivityRecord ok = record(TODAY, new Attendance(1L, true, null), new Attendance(2L, false, "外出务工"));
        assertDoesNotThrow(() -> OrganizationalLifeRules.checkRecord(ok, BRANCH, 7L, TODAY, TODAY));

        ActivityRecord bad = record(TODAY, new Attendance(1L, true, null), new Attendance(2L, false, " "),
                new Attendance(99L, true, null), new Attendance(1L, true, null));
        ValidationException e = assertThrows(ValidationException.class, () -> OrganizationalLifeRules.checkRecord(bad, BRANCH, 7L, TODAY, TODAY));
        assertEquals(List.of("attendance[1].absenceReason", "attendance[2].memberId", "attendance[3].memberId"), fields(e));
    }

    @Test
    void aRecordNeedsDateMinutesRollAndVersion() {
        ActivityRecord empty = new ActivityRecord(null, null, null, null);
        ValidationException e = assertThrows(ValidationException.class, () -> OrganizationalLifeRules.checkRecord(empty, BRANCH, 7L, TODAY, TODAY));
        assertEquals(List.of("version", "heldDate", "minutes", "attendance"), fields(e));
        ActivityRecord future = record(TODAY.plusDays(1), new Attendance(1L, true, null));
        assertEquals(List.of("heldDate"), fields(assertThrows(ValidationException.class,
                () -> OrganizationalLifeRules.checkRecord(future, BRANCH, 7L, TODAY, TODAY))));
    }

    @Test
    void anActivityHeldBeforeItsPlanWasFiledIsRefused() {
        ActivityRecord r = record(TODAY.minusDays(3), new Attendance(1L, true, null));
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> OrganizationalLifeRules.checkRecord(r, BRANCH, 7L, TODAY.minusDays(2), TODAY));
        assertEquals(OrganizationalLifeService.RULE_HELD_AFTER_FILING, e.rule());
    }

    @Test
    void stepsGoPlannedHeldArchivedAndVersionsMustMatch() {
        assertDoesNotThrow(() -> OrganizationalLifeRules.checkStatus(1, ActivityStatus.PLANNED, ActivityStatus.PLANNED, "recorded"));
        ConflictException twice = assertThrows(ConflictException.class,
                () -> OrganizationalLifeRules.checkStatus(1, ActivityStatus.HELD, ActivityStatus.PLANNED, "recorded"));
        assertTrue(twice.getMessage().contains("HELD"));
        ConflictException archived = assertThrows(ConflictException.class,
                () -> OrganizationalLifeRules.checkStatus(1, ActivityStatus.ARCHIVED, ActivityStatus.HELD, "archived"));
        assertTrue(archived.getMessage().contains("read-only"));
        assertDoesNotThrow(() -> OrganizationalLifeRules.checkVersion(1, 3, null));
        assertDoesNotThrow(() -> OrganizationalLifeRules.checkVersion(1, 3, 3L));
        assertThrows(ConflictException.class, () -> OrganizationalLifeRules.checkVersion(1, 3, 2L));
    }

    @Test
    void duesAreForPastOrCurrentMonthsInYuanAndFen() {
        assertEquals(YearMonth.of(2026, 11), OrganizationalLifeRules.checkDues(dues("2026-11", "12.50"), TODAY));
        for (DuesPayment badMonth : List.of(dues("2026-12", "12.50"), dues("2026-1", "12.50"))) {
            assertEquals(List.of("month"), fields(assertThrows(ValidationException.class, () -> OrganizationalLifeRules.checkDues(badMonth, TODAY))));
        }
        DuesPayment tooFine = dues("2026-10", "0.001");
        assertEquals(List.of("amount"), fields(assertThrows(ValidationException.class, () -> OrganizationalLifeRules.checkDues(tooFine, TODAY))));
    }

    private static DuesPayment dues(String month, String amount) {
        return new DuesPayment(null, 1L, null, month, new BigDecimal(amount), null);
    }

    @Test
    void onlyMembersInTheRanksPayDuesAndOnlySinceAdmission() {
        LocalDate admitted = LocalDate.of(2026, 3, 15);
        assertDoesNotThrow(() -> OrganizationalLifeRules.checkDuesPayer(1, MemberStage.PROBATIONARY, MembershipStatus.ACTIVE, admitted,
                YearMonth.of(2026, 3)));
        assertEquals(OrganizationalLifeService.RULE_DUES_MEMBERS_ONLY, assertThrows(RuleViolationException.class,
                () -> OrganizationalLifeRules.checkDuesPayer(1, MemberStage.PROBATIONARY, MembershipStatus.ACTIVE, admitted,
                        YearMonth.of(2026, 2)))
                .rule());
        assertThrows(RuleViolationException.class, () -> OrganizationalLifeRules.checkDuesPayer(1, MemberStage.CANDIDATE,
                MembershipStatus.ACTIVE, null, YearMonth.of(2026, 2)));
        assertThrows(RuleViolationException.class, () -> OrganizationalLifeRules.checkDuesPayer(1, MemberStage.FULL,
                MembershipStatus.EXITED, admitted, YearMonth.of(2026, 5)));
    }

    @Test
    void owedMonthsRunFromAdmissionToTheCurrentMonth() {
        assertEquals(11, OrganizationalLifeRules.owedMonths(MemberStage.FULL, MembershipStatus.ACTIVE, LocalDate.of(2010, 1, 1), 2026, TODAY).size());
        assertEquals(12, OrganizationalLifeRules.owedMonths(MemberStage.FULL, MembershipStatus.ACTIVE, LocalDate.of(2010, 1, 1), 2025, TODAY).size());
        assertEquals(0, OrganizationalLifeRules.owedMonths(MemberStage.FULL, MembershipStatus.ACTIVE, LocalDate.of(2010, 1, 1), 2027, TODAY).size());
        List<YearMonth> months = OrganizationalLifeRules.owedMonths(MemberStage.PROBATIONARY, MembershipStatus.ACTIVE,
                LocalDate.of(2026, 9, 30), 2026, TODAY);
        assertEquals(List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11)), months);
        assertTrue(OrganizationalLifeRules.owedMonths(MemberStage.ACTIVIST, MembershipStatus.ACTIVE, null, 2026, TODAY).isEmpty());
    }

    @Test
    void quartersOfTheYear() {
        assertEquals(1, OrganizationalLifeRules.quarterOf(1));
        assertEquals(1, OrganizationalLifeRules.quarterOf(3));
        assertEquals(2, OrganizationalLifeRules.quarterOf(4));
        assertEquals(4, OrganizationalLifeRules.quarterOf(12));
    }
}
