package org.jiceng.core.registry.internal.development;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Validator;
import org.jiceng.development.DevelopmentEvent;
import org.jiceng.development.DevelopmentService;
import org.jiceng.development.EventType;
import org.jiceng.development.Evidence;
import org.jiceng.development.MembershipStatus;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberStage;

/**
 * The rules of 发展党员 as code, apart from persistence: {@link #check} refuses a step that breaks a
 * rule, {@link #apply} changes the member as the step says. Both take {@code today} so the rules
 * are tested on any date.
 */
public final class DevelopmentRules {
    public static final int MINIMUM_APPLICANT_AGE = 18;
    public static final int MAX_EXTENSION_MONTHS = 12;

    private DevelopmentRules() {
    }

    /** Input checks (400) and rule checks (422) for recording {@code event} on {@code member}. */
    public static void check(Member member, DevelopmentEvent event, LocalDate today) {
        Validator v = new Validator().require("type", event.type()).require("date", event.date())
                .require("recordedBy", event.recordedBy()).maxLength("recordedBy", event.recordedBy(), 100)
                .maxLength("decidingBody", event.decidingBody(), 200).maxLength("note", event.note(), 1000);
        if (event.date() != null) {
            v.check(!event.date().isAfter(today), "date", "must not be in the future");
        }
        if (event.type() == EventType.PROBATION_EXTENDED) {
            v.require("extensionMonths", event.extensionMonths())
                    .range("extensionMonths", event.extensionMonths(), 1, MAX_EXTENSION_MONTHS);
        }
        if (event.type() != null && event.type() != EventType.EXITED) {
            v.require("decidingBody", event.decidingBody());
        }
        v.throwIfInvalid();

        EventType type = event.type();
        checkStatus(member, type);
        if (type.from() != null && member.stage() != type.from()) {
            throw new RuleViolationException(DevelopmentService.RULE_NO_SKIP, "Member " + member.id() + " is " + member.stage()
                    + "; " + type + " is recorded only for a member who is " + type.from() + " (no stage may be skipped)");
        }
        Set<Evidence> missing = EnumSet.noneOf(Evidence.class);
        missing.addAll(type.requiredEvidence());
        if (event.evidence() != null) {
            event.evidence().forEach(missing::remove);
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException(DevelopmentService.RULE_EVIDENCE, type + " requires evidence on file: missing " + missing);
        }
        LocalDate current = stageDate(member);
        if (current != null && event.date().isBefore(current)) {
            throw new RuleViolationException(DevelopmentService.RULE_DATE_ORDER, type + " on " + event.date()
                    + " would precede the member's current stage date " + current);
        }
        switch (type) {
            case ACTIVIST_CONFIRMED :
                checkApplicantAge(member.birthDate(), member.applicationDate());
                break;
            case CANDIDATE_CONFIRMED :
                LocalDate earliest = member.activistDate().plusYears(1);
                if (event.date().isBefore(earliest)) {
                    throw new RuleViolationException(DevelopmentService.RULE_ACTIVIST_YEAR, "An activist since "
                            + member.activistDate() + " can become a development candidate on " + earliest + " at the earliest");
                }
                break;
            case PROBATION_EXTENDED :
                if (member.probationExtendedMonths() != null) {
                    throw new RuleViolationException(DevelopmentService.RULE_EXTEND_ONCE, "The probation of member " + member.id()
                            + " was already extended by " + member.probationExtendedMonths() + " months; it can be extended once");
                }
                checkProbationOver(member, event);
                break;
            case CONVERTED_FULL :
            case PROBATION_CANCELLED :
                checkProbationOver(member, event);
                break;
            default :
                break;
        }
    }

    /** The applicant must have been 18 or older when the application was filed. */
    public static void checkApplicantAge(LocalDate birthDate, LocalDate applicationDate) {
        if (birthDate != null && applicationDate != null && applicationDate.isBefore(birthDate.plusYears(MINIMUM_APPLICANT_AGE))) {
            throw new RuleViolationException(DevelopmentService.RULE_APPLICANT_AGE, "An applicant must be " + MINIMUM_APPLICANT_AGE
                    + " or older: born " + birthDate + ", applied " + applicationDate);
        }
    }

    /** The end of probation: a year after admission, plus the extension if any. */
    public static LocalDate probationEnd(Member member) {
        LocalDate end = member.probationDate().plusYears(1);
        return member.probationExtendedMonths() == null ? end : end.plusMonths(member.probationExtendedMonths());
    }

    private static void checkProbationOver(Member member, DevelopmentEvent event) {
        LocalDate end = probationEnd(member);
        if (event.date().isBefore(end)) {
            throw new RuleViolationException(DevelopmentService.RULE_PROBATION_YEAR, "The probation of member " + member.id()
                    + " runs until " + end + "; " + event.type() + " is decided at its end");
        }
    }

    private static void checkStatus(Member member, EventType type) {
        MembershipStatus status = member.membershipStatus() == null ? MembershipStatus.ACTIVE : member.membershipStatus();
        boolean ok;
        switch (type) {
            case RESTORED :
                ok = status == MembershipStatus.DISQUALIFIED;
                break;
            case EXITED :
                ok = status != MembershipStatus.EXITED;
                break;
            default :
                ok = status == MembershipStatus.ACTIVE;
        }
        if (!ok) {
            throw new RuleViolationException(DevelopmentService.RULE_STATUS, "Member " + member.id() + " is " + status + "; "
                    + type + " cannot be recorded");
        }
    }

    /** The date of the member's current stage. */
    public static LocalDate stageDate(Member m) {
        switch (m.stage()) {
            case APPLICANT :
                return m.applicationDate();
            case ACTIVIST :
                return m.activistDate();
            case CANDIDATE :
                return m.candidateDate();
            case PROBATIONARY :
                return m.probationDate();
            default :
                return m.fullDate();
        }
    }

    /** The member as the (checked) event changes it. */
    public static Member apply(Member member, DevelopmentEvent event) {
        EventType type = event.type();
        Member.Builder changed = member.toBuilder();
        if (type.advancesStage()) {
            changed.stage(type.to());
            setStageDate(changed, type.to(), event.date());
        }
        switch (type) {
            case PROBATION_EXTENDED :
                changed.probationExtendedMonths(event.extensionMonths());
                break;
            case PROBATION_CANCELLED :
            case EXITED :
                changed.membershipStatus(MembershipStatus.EXITED);
                break;
            case DISQUALIFIED :
                changed.membershipStatus(MembershipStatus.DISQUALIFIED);
                break;
            case RESTORED :
                changed.membershipStatus(MembershipStatus.ACTIVE);
                break;
            default :
                break;
        }
        return changed.build();
    }

    /**
     * Dates a newly registered member must have for the stage given (recording a member's past):
     * every stage date up to the current one, in order.
     */
    public static void checkNewMember(Member m, Validator v) {
        MemberStage stage = m.stage();
        if (stage == null) {
            return;
        }
        String[] names = {"applicationDate", "activistDate", "candidateDate", "probationDate", "fullDate"};
        LocalDate[] dates = {m.applicationDate(), m.activistDate(), m.candidateDate(), m.probationDate(), m.fullDate()};
        for (int i = 0; i <= stage.ordinal(); i++) {
            v.require(names[i], dates[i]);
        }
        for (int i = stage.ordinal() + 1; i < dates.length; i++) {
            v.check(dates[i] == null, names[i], "must be empty for a member who is " + stage);
        }
    }

    private static void setStageDate(Member.Builder m, MemberStage stage, LocalDate date) {
        switch (stage) {
            case ACTIVIST :
                m.activistDate(date);
                break;
            case CANDIDATE :
                m.candidateDate(date);
                break;
            case PROBATIONARY :
                m.probationDate(date);
                break;
            case FULL :
                m.fullDate(date);
                break;
            default :
                m.applicationDate(date);
        }
    }
}
