package org.jiceng.core.registry.internal.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;

import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.development.DevelopmentEvent;
import org.jiceng.development.DevelopmentService;
import org.jiceng.development.EventType;
import org.jiceng.development.MembershipStatus;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberStage;
import org.junit.jupiter.api.Test;

class DevelopmentRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static Member applicant() {
        Member m = new Member();
        m.setId(1L);
        m.setBirthDate(LocalDate.of(2000, 3, 1));
        m.setStage(MemberStage.APPLICANT);
        m.setApplicationDate(LocalDate.of(2022, 1, 10));
        m.setMembershipStatus(MembershipStatus.ACTIVE);
        return m;
    }

    private static DevelopmentEvent event(EventType type, LocalDate date) {
        DevelopmentEvent e = new DevelopmentEvent();
        e.setType(type);
        e.setDate(date);
        e.setDecidingBody("黄陂镇某村党支部");
        e.setRecordedBy("tester");
        e.setEvidence(new ArrayList<>(type.requiredEvidence()));
        return e;
    }

    private static String rule(Member m, DevelopmentEvent e) {
        return assertThrows(RuleViolationException.class, () -> DevelopmentRules.check(m, e, TODAY)).rule();
    }

    private static void step(Member m, DevelopmentEvent e) {
        DevelopmentRules.check(m, e, TODAY);
        DevelopmentRules.apply(m, e);
    }

    @Test
    void aMemberGoesThroughAllFiveStagesInOrder() {
        Member m = applicant();
        step(m, event(EventType.ACTIVIST_CONFIRMED, LocalDate.of(2022, 3, 1)));
        step(m, event(EventType.CANDIDATE_CONFIRMED, LocalDate.of(2023, 3, 1)));
        step(m, event(EventType.ADMITTED_PROBATIONARY, LocalDate.of(2023, 7, 1)));
        step(m, event(EventType.CONVERTED_FULL, LocalDate.of(2024, 7, 1)));
        assertEquals(MemberStage.FULL, m.getStage());
        assertEquals(LocalDate.of(2024, 7, 1), m.getFullDate());
    }

    @Test
    void noStageIsSkipped() {
        assertEquals(DevelopmentService.RULE_NO_SKIP, rule(applicant(), event(EventType.CANDIDATE_CONFIRMED, LocalDate.of(2024, 1, 1))));
        assertEquals(DevelopmentService.RULE_NO_SKIP, rule(applicant(), event(EventType.CONVERTED_FULL, LocalDate.of(2024, 1, 1))));
    }

    @Test
    void aYearAsActivistBeforeCandidate() {
        Member m = applicant();
        step(m, event(EventType.ACTIVIST_CONFIRMED, LocalDate.of(2022, 3, 1)));
        assertEquals(DevelopmentService.RULE_ACTIVIST_YEAR, rule(m, event(EventType.CANDIDATE_CONFIRMED, LocalDate.of(2023, 2, 28))));
        step(m, event(EventType.CANDIDATE_CONFIRMED, LocalDate.of(2023, 3, 1)));
    }

    @Test
    void probationLastsAYearAndIsExtendedOnceAtMost() {
        Member m = applicant();
        step(m, event(EventType.ACTIVIST_CONFIRMED, LocalDate.of(2022, 3, 1)));
        step(m, event(EventType.CANDIDATE_CONFIRMED, LocalDate.of(2023, 3, 1)));
        step(m, event(EventType.ADMITTED_PROBATIONARY, LocalDate.of(2024, 1, 10)));
        assertEquals(DevelopmentService.RULE_PROBATION_YEAR, rule(m, event(EventType.CONVERTED_FULL, LocalDate.of(2025, 1, 9))));
        DevelopmentEvent extend = event(EventType.PROBATION_EXTENDED, LocalDate.of(2025, 1, 10));
        extend.setExtensionMonths(6);
        step(m, extend);
        assertEquals(DevelopmentService.RULE_EXTEND_ONCE, rule(m, extend));
        assertEquals(DevelopmentService.RULE_PROBATION_YEAR, rule(m, event(EventType.CONVERTED_FULL, LocalDate.of(2025, 7, 9))));
        step(m, event(EventType.CONVERTED_FULL, LocalDate.of(2025, 7, 10)));
        assertEquals(MemberStage.FULL, m.getStage());
    }

    @Test
    void anExtensionIsOneToTwelveMonths() {
        Member m = applicant();
        m.setStage(MemberStage.PROBATIONARY);
        m.setProbationDate(LocalDate.of(2024, 1, 10));
        DevelopmentEvent extend = event(EventType.PROBATION_EXTENDED, LocalDate.of(2025, 1, 10));
        extend.setExtensionMonths(13);
        assertThrows(ValidationException.class, () -> DevelopmentRules.check(m, extend, TODAY));
    }

    @Test
    void applicantsAreEighteenOrOlder() {
        Member m = applicant();
        m.setApplicationDate(LocalDate.of(2018, 2, 28));
        assertEquals(DevelopmentService.RULE_APPLICANT_AGE, rule(m, event(EventType.ACTIVIST_CONFIRMED, LocalDate.of(2022, 3, 1))));
        assertThrows(RuleViolationException.class, () -> DevelopmentRules.checkApplicantAge(LocalDate.of(2000, 3, 1), LocalDate.of(2018, 2, 28)));
        DevelopmentRules.checkApplicantAge(LocalDate.of(2000, 3, 1), LocalDate.of(2018, 3, 1));
    }

    @Test
    void evidenceIsRequiredAndDatesRunForward() {
        DevelopmentEvent e = event(EventType.ACTIVIST_CONFIRMED, LocalDate.of(2022, 3, 1));
        e.getEvidence().clear();
        assertEquals(DevelopmentService.RULE_EVIDENCE, rule(applicant(), e));
        assertEquals(DevelopmentService.RULE_DATE_ORDER, rule(applicant(), event(EventType.ACTIVIST_CONFIRMED, LocalDate.of(2021, 1, 1))));
        assertThrows(ValidationException.class,
                () -> DevelopmentRules.check(applicant(), event(EventType.ACTIVIST_CONFIRMED, TODAY.plusDays(1)), TODAY));
    }

    @Test
    void membershipChangesKeepTheRecord() {
        Member m = applicant();
        m.setStage(MemberStage.FULL);
        m.setFullDate(LocalDate.of(2020, 1, 1));
        step(m, event(EventType.DISQUALIFIED, LocalDate.of(2025, 1, 1)));
        assertEquals(MembershipStatus.DISQUALIFIED, m.getMembershipStatus());
        assertEquals(DevelopmentService.RULE_STATUS, rule(m, event(EventType.DISQUALIFIED, LocalDate.of(2025, 2, 1))));
        step(m, event(EventType.RESTORED, LocalDate.of(2025, 6, 1)));
        step(m, event(EventType.EXITED, LocalDate.of(2026, 1, 1)));
        assertEquals(MembershipStatus.EXITED, m.getMembershipStatus());
        assertEquals(MemberStage.FULL, m.getStage(), "the stage reached stays on record");
        assertEquals(DevelopmentService.RULE_STATUS, rule(m, event(EventType.RESTORED, LocalDate.of(2026, 2, 1))));
    }
}
