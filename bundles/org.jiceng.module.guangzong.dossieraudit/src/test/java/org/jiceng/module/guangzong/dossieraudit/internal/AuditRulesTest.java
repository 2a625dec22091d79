package org.jiceng.module.guangzong.dossieraudit.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.jiceng.common.RuleViolationException;
import org.jiceng.development.MembershipStatus;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.MemberStage;
import org.jiceng.registry.OrganizationField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class AuditRulesTest {
    private static final LocalDate START = LocalDate.of(2026, 6, 1);

    @Test
    void theScopeIsRuralMembersInTheRanksUnderTheAgeLimitOnTheFirstDay() {
        LocalDate young = LocalDate.of(1980, 3, 3);
        assertDoesNotThrow(() -> AuditRules.checkInScope("甲", MemberStage.FULL, MembershipStatus.ACTIVE, OrganizationField.RURAL,
                JurisdictionLevel.VILLAGE, young, 60, START));
        assertDoesNotThrow(() -> AuditRules.checkInScope("甲", MemberStage.PROBATIONARY, null, OrganizationField.RURAL, JurisdictionLevel.VILLAGE,
                young, 60, START));
        assertEquals(AuditRules.NOT_A_MEMBER, rule(() -> AuditRules.checkInScope("乙", MemberStage.ACTIVIST, MembershipStatus.ACTIVE,
                OrganizationField.RURAL, JurisdictionLevel.VILLAGE, young, 60, START)));
        assertEquals(AuditRules.NOT_A_MEMBER, rule(() -> AuditRules.checkInScope("乙", MemberStage.FULL, MembershipStatus.EXITED,
                OrganizationField.RURAL, JurisdictionLevel.VILLAGE, young, 60, START)));
        assertEquals(AuditRules.OUT_OF_SCOPE_NOT_RURAL, rule(() -> AuditRules.checkInScope("丙", MemberStage.FULL, MembershipStatus.ACTIVE,
                OrganizationField.COMMUNITY, JurisdictionLevel.VILLAGE, young, 60, START)));
        assertEquals(AuditRules.OUT_OF_SCOPE_NOT_RURAL, rule(() -> AuditRules.checkInScope("丙", MemberStage.FULL, MembershipStatus.ACTIVE,
                OrganizationField.RURAL, JurisdictionLevel.TOWNSHIP, young, 60, START)));
        // 60 on the first day is out; a day short of 60 is in
        assertEquals(AuditRules.OUT_OF_SCOPE_AGE, rule(() -> AuditRules.checkInScope("丁", MemberStage.FULL, MembershipStatus.ACTIVE,
                OrganizationField.RURAL, JurisdictionLevel.VILLAGE, START.minusYears(60), 60, START)));
        assertTrue(AuditRules.inScope(MemberStage.FULL, MembershipStatus.ACTIVE, OrganizationField.RURAL, JurisdictionLevel.VILLAGE,
                START.minusYears(60).plusDays(1), 60, START));
        assertFalse(AuditRules.inScope(MemberStage.CANDIDATE, MembershipStatus.ACTIVE, OrganizationField.RURAL, JurisdictionLevel.VILLAGE, young,
                60, START));
    }

    @Test
    void aDossierIsAuditedOnceAndRectifiedBeforeItsReauditPasses() {
        assertDoesNotThrow(() -> AuditRules.checkAuditable(DossierStatus.PENDING, true));
        assertEquals(AuditRules.DOSSIER_PASSED, rule(() -> AuditRules.checkAuditable(DossierStatus.PASSED, true)));
        assertEquals(AuditRules.DOSSIER_AUDITED, rule(() -> AuditRules.checkAuditable(DossierStatus.PASSED, false)));
        assertEquals(AuditRules.DOSSIER_AUDITED, rule(() -> AuditRules.checkAuditable(DossierStatus.FINDINGS, false)));
        assertEquals(AuditRules.REAUDIT_NOT_DUE, rule(() -> AuditRules.checkReauditable(DossierStatus.PASSED, 0)));
        assertEquals(AuditRules.REAUDIT_UNFIXED, rule(() -> AuditRules.checkReauditable(DossierStatus.FINDINGS, 1)));
        assertDoesNotThrow(() -> AuditRules.checkReauditable(DossierStatus.FINDINGS, 0));
        LocalDate found = LocalDate.of(2026, 7, 1);
        assertEquals(AuditRules.FIX_BEFORE_FINDING, rule(() -> AuditRules.checkFixable(null, found, found.minusDays(1))));
        assertEquals(AuditRules.FINDING_FIXED, rule(() -> AuditRules.checkFixable(found, found, found)));
        assertDoesNotThrow(() -> AuditRules.checkFixable(null, found, found));
    }

    @Test
    void aFindingsCriterionFollowsFromItsKind() {
        assertEquals(Criterion.COMPLETE, AuditRules.criterionOf(FindingKind.MISSING_APPLICATION_LETTER, null));
        assertEquals(Criterion.ACCURATE, AuditRules.criterionOf(FindingKind.INCONSISTENT_DATES, Criterion.ACCURATE));
        assertEquals(AuditRules.KIND_CRITERION, rule(() -> AuditRules.criterionOf(FindingKind.FORGED_RECORD, Criterion.REGULAR)));
        for (Criterion c : Criterion.values()) {
            assertTrue(java.util.Arrays.stream(FindingKind.values()).anyMatch(k -> k.criterion() == c), "a kind for " + c);
        }
    }

    @Test
    void aCampaignClosesOnlyWithEveryDossierAuditedAndRectified() {
        assertEquals(AuditRules.CAMPAIGN_PENDING, rule(() -> AuditRules.checkClosable(1, 0)));
        assertEquals(AuditRules.CAMPAIGN_UNFIXED, rule(() -> AuditRules.checkClosable(0, 2)));
        assertDoesNotThrow(() -> AuditRules.checkClosable(0, 0));
        assertEquals(AuditRules.CAMPAIGN_CLOSED, rule(() -> AuditRules.checkOpen(CampaignStatus.CLOSED)));
        assertEquals(AuditRules.CAMPAIGN_BY_COUNTY, rule(() -> AuditRules.checkCounty(false)));
        assertEquals(AuditRules.CAMPAIGN_OPEN, rule(() -> AuditRules.checkNoOtherOpen(true)));
    }

    @Test
    void aVillageIsListedOnlyWithoutAnAdmissionForTheThresholdsYearsBeforeItsListing() {
        LocalDate listed = LocalDate.of(2026, 1, 10);
        assertDoesNotThrow(() -> AuditRules.checkWithoutDevelopment(true, null, 3, listed));
        assertDoesNotThrow(() -> AuditRules.checkWithoutDevelopment(true, listed.minusYears(3).minusDays(1), 3, listed));
        assertEquals(AuditRules.VILLAGE_DEVELOPING, rule(() -> AuditRules.checkWithoutDevelopment(true, listed.minusYears(3), 3, listed)));
        assertEquals(AuditRules.VILLAGE_DEVELOPING, rule(() -> AuditRules.checkWithoutDevelopment(false, listed.minusYears(1), 3, listed)));
        assertEquals(AuditRules.NOT_A_VILLAGE, rule(() -> AuditRules.checkVillage(JurisdictionLevel.TOWNSHIP, "130531100")));
        assertEquals(AuditRules.VILLAGE_LISTED, rule(() -> AuditRules.checkNotListed(true)));
        assertEquals(3, Villages.threshold(null));
        assertEquals(5, Villages.threshold(5));
        assertThrows(org.jiceng.common.ValidationException.class, () -> Villages.threshold(0));
    }

    @Test
    void theDemosFindingsAreOneOrTwoOfTheNamedKinds() {
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < 50; i++) {
            var f = DemoData.findings(random);
            assertTrue(f.size() >= 1 && f.size() <= 2);
            f.forEach(x -> FindingKind.valueOf(x.kind));
        }
    }

    private static String rule(Executable e) {
        return assertThrows(RuleViolationException.class, e).rule();
    }
}
