package org.jiceng.core.registry.internal.orglife;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jiceng.common.ConflictException;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Validator;
import org.jiceng.development.MembershipStatus;
import org.jiceng.orglife.Activity;
import org.jiceng.orglife.ActivityRecord;
import org.jiceng.orglife.ActivityStatus;
import org.jiceng.orglife.Attendance;
import org.jiceng.orglife.DuesPayment;
import org.jiceng.orglife.OrganizationalLifeService;
import org.jiceng.registry.MemberStage;

/**
 * The rules of 组织生活 as code, apart from persistence. Every check takes {@code today} so the
 * rules are tested on any date. Input errors are 400, a refused plan or record 422, a step from
 * the wrong status or a stale version 409.
 */
public final class OrganizationalLifeRules {
    public static final int TOPIC_MAX = 200;
    public static final int NAME_MAX = 100;
    public static final int MINUTES_MAX = 4000;
    public static final int REASON_MAX = 200;
    /** Dues above this are a typing error, not a payment (the column holds 10 digits). */
    public static final BigDecimal DUES_MAX = new BigDecimal("100000");

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private OrganizationalLifeRules() {
    }

    /** A plan is filed with the plan's own fields only, for today or later (计划报备 comes first). */
    public static void checkPlan(Activity plan, LocalDate today) {
        Validator v = new Validator().require("organizationId", plan.organizationId()).require("type", plan.type())
                .require("plannedDate", plan.plannedDate()).require("topic", plan.topic()).maxLength("topic", plan.topic(), TOPIC_MAX)
                .require("filedBy", plan.filedBy()).maxLength("filedBy", plan.filedBy(), NAME_MAX)
                .check(plan.status() == null || plan.status() == ActivityStatus.PLANNED, "status", "a new activity is PLANNED")
                .check(plan.heldDate() == null, "heldDate", "is set when the activity is recorded as held")
                .check(plan.minutes() == null, "minutes", "are set when the activity is recorded as held")
                .check(plan.attendance() == null || plan.attendance().isEmpty(), "attendance", "is set when the activity is recorded as held");
        v.throwIfInvalid();
        if (plan.plannedDate().isBefore(today)) {
            throw new RuleViolationException(OrganizationalLifeService.RULE_PLAN_BEFORE, "A plan is filed before the activity: "
                    + plan.plannedDate() + " is in the past (today is " + today + "); a past activity cannot be filed afterwards");
        }
    }

    /**
     * Checks the record of a held activity: every roll entry a member of the organization, listed
     * once, every absence with its reason; held on or after the day the plan was filed.
     */
    public static void checkRecord(ActivityRecord record, Set<Long> organizationMembers, long organizationId, LocalDate filedOn,
            LocalDate today) {
        Validator v = new Validator().require("version", record.version()).require("heldDate", record.heldDate())
                .require("minutes", record.minutes()).maxLength("minutes", record.minutes(), MINUTES_MAX)
                .check(record.attendance() != null && !record.attendance().isEmpty(), "attendance", "must list the members on the roll");
        if (record.heldDate() != null) {
            v.check(!record.heldDate().isAfter(today), "heldDate", "must not be in the future");
        }
        List<Attendance> roll = record.attendance() == null ? List.of() : record.attendance();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < roll.size(); i++) {
            Attendance a = roll.get(i);
            String at = "attendance[" + i + "]";
            if (a == null || a.memberId() == null) {
                v.check(false, at + ".memberId", "is required");
                continue;
            }
            v.check(organizationMembers.contains(a.memberId()), at + ".memberId",
                    "member " + a.memberId() + " is not a member of organization " + organizationId);
            v.check(seen.add(a.memberId()), at + ".memberId", "member " + a.memberId() + " is listed twice");
            if (!a.present()) {
                v.require(at + ".absenceReason", a.absenceReason());
            }
            v.maxLength(at + ".absenceReason", a.absenceReason(), REASON_MAX);
        }
        v.throwIfInvalid();
        if (record.heldDate().isBefore(filedOn)) {
            throw new RuleViolationException(OrganizationalLifeService.RULE_HELD_AFTER_FILING, "The plan was filed on " + filedOn
                    + "; an activity held on " + record.heldDate() + " was not filed before it took place");
        }
    }

    /** A step allowed only from {@code required}; anything else clashes with the current state. */
    public static void checkStatus(long id, ActivityStatus current, ActivityStatus required, String step) {
        if (current == required) {
            return;
        }
        String why = current == ActivityStatus.ARCHIVED ? "it is archived and read-only" : "it is " + current;
        throw new ConflictException("Activity " + id + " cannot be " + step + ": " + why + " (only a " + required + " activity can)");
    }

    public static void checkVersion(long id, long actual, Long expected) {
        if (expected != null && expected != actual) {
            throw new ConflictException("Activity " + id + " is at version " + actual + ", not " + expected
                    + "; reload it and apply your change again");
        }
    }

    /** Input checks of a dues payment; returns the month paid for. */
    public static YearMonth checkDues(DuesPayment payment, LocalDate today) {
        Validator v = new Validator().require("memberId", payment.memberId()).require("month", payment.month())
                .require("amount", payment.amount());
        YearMonth month = null;
        if (payment.month() != null && !payment.month().isBlank()) {
            month = parseMonth(payment.month());
            v.check(month != null, "month", "must be a month written yyyy-MM");
            v.check(month == null || !month.isAfter(YearMonth.from(today)), "month", "must not be in the future (dues are not paid ahead)");
        }
        BigDecimal amount = payment.amount();
        if (amount != null) {
            v.check(amount.signum() > 0 && amount.compareTo(DUES_MAX) < 0, "amount", "must be more than 0 and less than " + DUES_MAX);
            v.check(amount.stripTrailingZeros().scale() <= 2, "amount", "must have at most two decimals (fen)");
        }
        if (payment.paidOn() != null) {
            v.check(!payment.paidOn().isAfter(today), "paidOn", "must not be in the future");
        }
        v.throwIfInvalid();
        return month;
    }

    /** Dues are paid by probationary and full members in the ranks, for months since their admission. */
    public static void checkDuesPayer(long memberId, MemberStage stage, MembershipStatus status, LocalDate probationDate, YearMonth month) {
        boolean member = (stage == MemberStage.PROBATIONARY || stage == MemberStage.FULL)
                && (status == null || status == MembershipStatus.ACTIVE) && probationDate != null;
        if (!member) {
            throw new RuleViolationException(OrganizationalLifeService.RULE_DUES_MEMBERS_ONLY, "Member " + memberId + " is " + stage
                    + (status == null ? "" : " and " + status) + "; dues are paid by probationary and full members in the ranks");
        }
        if (month.isBefore(YearMonth.from(probationDate))) {
            throw new RuleViolationException(OrganizationalLifeService.RULE_DUES_MEMBERS_ONLY, "Member " + memberId
                    + " was admitted on " + probationDate + " and owes no dues for " + month);
        }
    }

    /**
     * Months of {@code year} a member owes dues for: from the month of admission as probationary
     * member up to the current month. None for someone not (or no longer) in the ranks.
     */
    public static List<YearMonth> owedMonths(MemberStage stage, MembershipStatus status, LocalDate probationDate, int year, LocalDate today) {
        List<YearMonth> months = new ArrayList<>();
        boolean payer = (stage == MemberStage.PROBATIONARY || stage == MemberStage.FULL)
                && (status == null || status == MembershipStatus.ACTIVE) && probationDate != null;
        if (!payer) {
            return months;
        }
        YearMonth first = YearMonth.of(year, 1);
        YearMonth admitted = YearMonth.from(probationDate);
        YearMonth from = admitted.isAfter(first) ? admitted : first;
        YearMonth last = YearMonth.of(year, 12);
        YearMonth current = YearMonth.from(today);
        YearMonth to = current.isBefore(last) ? current : last;
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** 1 to 4. */
    public static int quarterOf(int month) {
        return (month - 1) / 3 + 1;
    }

    static YearMonth parseMonth(String text) {
        String t = text.trim();
        if (!MONTH.matcher(t).matches()) {
            return null;
        }
        try {
            return YearMonth.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
