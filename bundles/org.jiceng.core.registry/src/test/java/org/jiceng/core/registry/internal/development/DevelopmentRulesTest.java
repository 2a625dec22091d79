package org.jiceng.core.registry.internal.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.development.DevelopmentEvent;
import org.jiceng.development.DevelopmentService;
import org.jiceng.development.EventType;
import org.jiceng.development.Evidence;
import org.jiceng.development.MembershipStatus;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberStage;
import org.junit.jupiter.api.Test;

class DevelopmentRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static Member applicant() {
        return applicantBuilder().build();
    }

    private static Member.Builder applicantBuilder() {
        return Member.builder()
                .id(1L)
                .birthDate(LocalDate.of(2000, 3, 1))
                .stage(MemberStage.APPLICANT)
                .applicationDate(LocalDate.of(2022, 1, 10))
                .membershipStatus(MembershipStatus.ACTIVE);
    }

    private static DevelopmentEvent event(EventType type, LocalDate date) {
        return event(type, date, List.copyOf(type.requiredEvidence()), null);
    }

    private static DevelopmentEvent event(EventType type, LocalDate date, List<Evidence> evidence, Integer extensionMonths) {
        return new DevelopmentEvent(null, 0, type, date, "黄陂镇某村党支部", evidence, "tester", null, extensionMonths, null);
    }

    private static String rule(Member m, DevelopmentEvent e) {
        return assertThrows(RuleViolationException.class, () -> DevelopmentRules.check(m, e, TODAY)).rule();
    }

    /** The member after the event, which must pass the rules. */
    private static Member step(Member m, DevelopmentEvent e) {
        DevelopmentRules.check(m, e, TODAY);
        return DevelopmentRules.apply(m, e);
    }

    @Test
    void aMemberGoesThroughAllFiveStagesInOrder() {
        Member m = applicant();
        m = step(m, event(EventType.ACTIVIST_CONFIRMED, LocalDate.of(2022, 3, 1)));
        m = step(m, event(EventType.CANDIDATE_CONFIRMED, LocalDate.of(2023, 3, 1)));
        m = step(m, event(EventType.ADMITTED_PROBATIONARY, LocalDate.of(2023, 7, 1)));
        m = step(m, event(EventType.CONVERTED_FULL, LocalDate.of(2024, 7, 1)));
        assertEquals(MemberStage.FULL, m.stage());
        assertEquals(LocalDate.of(2024, 7, 1), m.fullDate());
    }

    @Test
    void noStageIsSkipped() {
        assertEquals(DevelopmentService.RULE_NO_SKIP, rule(applicant(), event(EventType.CANDIDATE_CONFIRMED, LocalDate.of(2024, 1, 1))));
        assertEquals(DevelopmentService.RULE_NO_SKIP, rule(applicant(), event(EventType.CONVERTED_FULL, LocalDate.of(2024, 1, 1))));
    }

    @Test
    void aYearAsActivistBeforeCandidate() {
        Member m = applicant();
        m = step(m, event(EventType.ACTIVIST_CONFIRMED, LocalDate.of(2022, 3, 1)));
        assertEquals(DevelopmentService.RULE_ACTIVIST_YEAR, rule(m, event(EventType.CANDIDATE_CONFIRMED, LocalDate.of(2023, 2, 28))));
        m = step(m, event(EventType.CANDIDATE_CONFIRMED, LocalDate.of(2023, 3, 1)));
    }

    @Test
    void probationLastsAYearAndIsExtendedOnceAtMost() {
        Member m = applicant();
        m = step(m, event(EventType.ACTIVIST_CONFIRMED, LocalDate.of(2022, 3, 1)));
        m = step(m, event(EventType.CANDIDATE_CONFIRMED, LocalDate.of(2023, 3, 1)));
        m = step(m, event(EventType.ADMITTED_PROBATIONARY, LocalDate.of(2024, 1, 10)));
        assertEquals(DevelopmentService.RULE_PROBATION_YEAR, rule(m, event(EventType.CONVERTED_FULL, LocalDate.of(2025, 1, 9))));
        DevelopmentEvent extend = event(EventType.PROBATION_EXTENDED, LocalDate.of(2025, 1, 10),
                List.copyOf(EventType.PROBATION_EXTENDED.requiredEvidence()), 6);
        m = step(m, extend);
        assertEquals(DevelopmentService.RULE_EXTEND_ONCE, rule(m, extend));
        assertEquals(DevelopmentService.RULE_PROBATION_YEAR, rule(m, event(EventType.CONVERTED_FULL, LocalDate.of(2025, 7, 9))));
        m = step(m, event(EventType.CONVERTED_FULL, LocalDate.of(2025, 7, 10)));
        assertEquals(MemberStage.FULL, m.stage());
    }

    @Test
    void anExtensionIsOneToTwelveMonths() {
        Member m = applicantBuilder().stage(MemberStage.PROBATIONARY).probationDate(LocalDate.of(2024, 1, 10)).build();
        DevelopmentEvent extend = event(EventType.PROBATION_EXTENDED, LocalDate.of(2025, 1, 10),
                List.copyOf(EventType.PROBATION_EXTENDED.requiredEvidence()), 13);
        assertThrows(ValidationException.class, () -> DevelopmentRules.check(m, extend, TODAY));
    }

    @Test
    void applicantsAreEighteenOrOlder() {
        Member m = applicantBuilder().applicationDate(LocalDate.of(2018, 2, 28)).build();
        assertEquals(DevelopmentService.RULE_APPLICANT_AGE, rule(m, event(EventType.ACTIVIST_CONFIRMED, LocalDate.of(2022, 3, 1))));
        assertThrows(RuleViolationException.class, () -> DevelopmentRules.checkApplicantAge(LocalDate.of(2000, 3, 1), LocalDate.of(2018, 2, 28)));
        DevelopmentRules.checkApplicantAge(LocalDate.of(2000, 3, 1), LocalDate.of(2018, 3, 1));
    }

    @Test
    void evidenceIsRequiredAndDatesRunForward() {
        DevelopmentEvent e = event(EventType.ACTIVIST_CONFIRMED, LocalDate.of(2022, 3, 1), List.of(), null);
        assertEquals(DevelopmentService.RULE_EVIDENCE, rule(applicant(), e));
        assertEquals(DevelopmentService.RULE_DATE_ORDER, rule(applicant(), event(EventType.ACTIVIST_CONFIRMED, LocalDate.of(2021, 1, 1))));
        assertThrows(ValidationException.class,
                () -> DevelopmentRules.check(applicant(), event(EventType.ACTIVIST_CONFIRMED, TODAY.plusDays(1)), TODAY));
    }

    @Test
    void membershipChangesKeepTheRecord() {
        Member m = applicantBuilder().stage(MemberStage.FULL).fullDate(LocalDate.of(2020, 1, 1)).build();
        m = step(m, event(EventType.DISQUALIFIED, LocalDate.of(2025, 1, 1)));
        assertEquals(MembershipStatus.DISQUALIFIED, m.membershipStatus());
        assertEquals(DevelopmentService.RULE_STATUS, rule(m, event(EventType.DISQUALIFIED, LocalDate.of(2025, 2, 1))));
        m = step(m, event(EventType.RESTORED, LocalDate.of(2025, 6, 1)));
        m = step(m, event(EventType.EXITED, LocalDate.of(2026, 1, 1)));
        assertEquals(MembershipStatus.EXITED, m.membershipStatus());
        assertEquals(MemberStage.FULL, m.stage(), "the stage reached stays on record");
        assertEquals(DevelopmentService.RULE_STATUS, rule(m, event(EventType.RESTORED, LocalDate.of(2026, 2, 1))));
    }
}
