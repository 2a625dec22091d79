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
        Validator v = new Validator().require("type", event.getType()).require("date", event.getDate())
                .require("recordedBy", event.getRecordedBy()).maxLength("recordedBy", event.getRecordedBy(), 100)
                .maxLength("decidingBody", event.getDecidingBody(), 200).maxLength("note", event.getNote(), 1000);
        if (event.getDate() != null) {
            v.check(!event.getDate().isAfter(today), "date", "must not be in the future");
        }
        if (event.getType() == EventType.PROBATION_EXTENDED) {
            v.require("extensionMonths", event.getExtensionMonths())
                    .range("extensionMonths", event.getExtensionMonths(), 1, MAX_EXTENSION_MONTHS);
        }
        if (event.getType() != null && event.getType() != EventType.EXITED) {
            v.require("decidingBody", event.getDecidingBody());
        }
        v.throwIfInvalid();

        EventType type = event.getType();
        checkStatus(member, type);
        if (type.from() != null && member.getStage() != type.from()) {
            throw new RuleViolationException(DevelopmentService.RULE_NO_SKIP, "Member " + member.getId() + " is " + member.getStage()
                    + "; " + type + " is recorded only for a member who is " + type.from() + " (no stage may be skipped)");
        }
        Set<Evidence> missing = EnumSet.noneOf(Evidence.class);
        missing.addAll(type.requiredEvidence());
        if (event.getEvidence() != null) {
            event.getEvidence().forEach(missing::remove);
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException(DevelopmentService.RULE_EVIDENCE, type + " requires evidence on file: missing " + missing);
        }
        LocalDate current = stageDate(member);
        if (current != null && event.getDate().isBefore(current)) {
            throw new RuleViolationException(DevelopmentService.RULE_DATE_ORDER, type + " on " + event.getDate()
                    + " would precede the member's current stage date " + current);
        }
        switch (type) {
            case ACTIVIST_CONFIRMED :
                checkApplicantAge(member.getBirthDate(), member.getApplicationDate());
                break;
            case CANDIDATE_CONFIRMED :
                LocalDate earliest = member.getActivistDate().plusYears(1);
                if (event.getDate().isBefore(earliest)) {
                    throw new RuleViolationException(DevelopmentService.RULE_ACTIVIST_YEAR, "An activist since "
                            + member.getActivistDate() + " can become a development candidate on " + earliest + " at the earliest");
                }
                break;
            case PROBATION_EXTENDED :
                if (member.getProbationExtendedMonths() != null) {
                    throw new RuleViolationException(DevelopmentService.RULE_EXTEND_ONCE, "The probation of member " + member.getId()
                            + " was already extended by " + member.getProbationExtendedMonths() + " months; it can be extended once");
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
        LocalDate end = member.getProbationDate().plusYears(1);
        return member.getProbationExtendedMonths() == null ? end : end.plusMonths(member.getProbationExtendedMonths());
    }

    private static void checkProbationOver(Member member, DevelopmentEvent event) {
        LocalDate end = probationEnd(member);
        if (event.getDate().isBefore(end)) {
            throw new RuleViolationException(DevelopmentService.RULE_PROBATION_YEAR, "The probation of member " + member.getId()
                    + " runs until " + end + "; " + event.getType() + " is decided at its end");
        }
    }

    private static void checkStatus(Member member, EventType type) {
        MembershipStatus status = member.getMembershipStatus() == null ? MembershipStatus.ACTIVE : member.getMembershipStatus();
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
            throw new RuleViolationException(DevelopmentService.RULE_STATUS, "Member " + member.getId() + " is " + status + "; "
                    + type + " cannot be recorded");
        }
    }

    /** The date of the member's current stage. */
    public static LocalDate stageDate(Member m) {
        switch (m.getStage()) {
            case APPLICANT :
                return m.getApplicationDate();
            case ACTIVIST :
                return m.getActivistDate();
            case CANDIDATE :
                return m.getCandidateDate();
            case PROBATIONARY :
                return m.getProbationDate();
            default :
                return m.getFullDate();
        }
    }

    /** Changes the member as the (checked) event says. */
    public static void apply(Member member, DevelopmentEvent event) {
        EventType type = event.getType();
        if (type.advancesStage()) {
            member.setStage(type.to());
            setStageDate(member, type.to(), event.getDate());
        }
        switch (type) {
            case PROBATION_EXTENDED :
                member.setProbationExtendedMonths(event.getExtensionMonths());
                break;
            case PROBATION_CANCELLED :
            case EXITED :
                member.setMembershipStatus(MembershipStatus.EXITED);
                break;
            case DISQUALIFIED :
                member.setMembershipStatus(MembershipStatus.DISQUALIFIED);
                break;
            case RESTORED :
                member.setMembershipStatus(MembershipStatus.ACTIVE);
                break;
            default :
                break;
        }
    }

    /**
     * Dates a newly registered member must have for the stage given (recording a member's past):
     * every stage date up to the current one, in order.
     */
    public static void checkNewMember(Member m, Validator v) {
        MemberStage stage = m.getStage();
        if (stage == null) {
            return;
        }
        String[] names = {"applicationDate", "activistDate", "candidateDate", "probationDate", "fullDate"};
        LocalDate[] dates = {m.getApplicationDate(), m.getActivistDate(), m.getCandidateDate(), m.getProbationDate(), m.getFullDate()};
        for (int i = 0; i <= stage.ordinal(); i++) {
            v.require(names[i], dates[i]);
        }
        for (int i = stage.ordinal() + 1; i < dates.length; i++) {
            v.check(dates[i] == null, names[i], "must be empty for a member who is " + stage);
        }
    }

    private static void setStageDate(Member m, MemberStage stage, LocalDate date) {
        switch (stage) {
            case ACTIVIST :
                m.setActivistDate(date);
                break;
            case CANDIDATE :
                m.setCandidateDate(date);
                break;
            case PROBATIONARY :
                m.setProbationDate(date);
                break;
            case FULL :
                m.setFullDate(date);
                break;
            default :
                m.setApplicationDate(date);
        }
    }
}
