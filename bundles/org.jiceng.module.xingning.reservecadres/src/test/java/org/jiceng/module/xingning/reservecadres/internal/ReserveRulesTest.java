package org.jiceng.module.xingning.reservecadres.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.jiceng.development.MembershipStatus;
import org.jiceng.registry.MemberStage;
import org.jiceng.registry.OrganizationStatus;
import org.junit.jupiter.api.Test;

class ReserveRulesTest {

    @Test
    void quotasAreOneTwoThree() {
        assertEquals(1, ReserveRole.SECRETARY_RESERVE.quota());
        assertEquals(2, ReserveRole.COMMITTEE_RESERVE.quota());
        assertEquals(3, ReserveRole.ACTIVIST.quota());
        assertFalse(ReserveRules.quotaFull(ReserveRole.COMMITTEE_RESERVE, 1));
        assertTrue(ReserveRules.quotaFull(ReserveRole.COMMITTEE_RESERVE, 2));
        assertTrue(ReserveRules.quotaFull(ReserveRole.SECRETARY_RESERVE, 1));
        assertEquals(2, ReserveRules.missing(ReserveRole.ACTIVIST, 1));
        assertEquals(0, ReserveRules.missing(ReserveRole.ACTIVIST, 4));
    }

    @Test
    void secretaryReserveIsAFullMember() {
        assertNull(ReserveRules.ineligible(ReserveRole.SECRETARY_RESERVE, MemberStage.FULL, MembershipStatus.ACTIVE));
        assertEquals(ReserveRules.RULE_SECRETARY_NOT_MEMBER,
                ReserveRules.ineligible(ReserveRole.SECRETARY_RESERVE, MemberStage.PROBATIONARY, MembershipStatus.ACTIVE));
        assertEquals(ReserveRules.RULE_NOT_ACTIVE, ReserveRules.ineligible(ReserveRole.SECRETARY_RESERVE, MemberStage.FULL, MembershipStatus.EXITED));
    }

    @Test
    void activistsAreBeforeAdmission() {
        for (MemberStage s : new MemberStage[]{MemberStage.APPLICANT, MemberStage.ACTIVIST, MemberStage.CANDIDATE}) {
            assertNull(ReserveRules.ineligible(ReserveRole.ACTIVIST, s, MembershipStatus.ACTIVE), s.name());
        }
        assertEquals(ReserveRules.RULE_ACTIVIST_ALREADY_MEMBER, ReserveRules.ineligible(ReserveRole.ACTIVIST, MemberStage.FULL, null));
        assertNull(ReserveRules.ineligible(ReserveRole.COMMITTEE_RESERVE, MemberStage.APPLICANT, MembershipStatus.ACTIVE));
    }

    @Test
    void focusAndTrainingRules() {
        assertFalse(ReserveRules.reasonFounded(FocusReason.WEAK_LAX, OrganizationStatus.NORMAL));
        assertTrue(ReserveRules.reasonFounded(FocusReason.WEAK_LAX, OrganizationStatus.WEAK_LAX));
        assertTrue(ReserveRules.reasonFounded(FocusReason.SECRETARY_OVER_57, OrganizationStatus.NORMAL));
        assertFalse(ReserveRules.trainingAllowed(ReserveRole.ACTIVIST, TrainingKind.DEPUTY_POST));
        assertTrue(ReserveRules.trainingAllowed(ReserveRole.SECRETARY_RESERVE, TrainingKind.DEPUTY_POST));
        assertEquals(LocalDate.of(2021, 7, 15), ReserveRules.dueOn(LocalDate.of(2021, 1, 15)));
    }
}
