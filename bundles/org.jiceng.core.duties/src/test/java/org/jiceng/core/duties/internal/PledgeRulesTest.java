package org.jiceng.core.duties.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.duty.ItemAssessment;
import org.jiceng.duty.Pledge;
import org.jiceng.duty.PledgeCascade;
import org.jiceng.duty.PledgeItem;
import org.jiceng.duty.PledgeService;
import org.jiceng.duty.PledgeStatus;
import org.jiceng.registry.JurisdictionLevel;
import org.junit.jupiter.api.Test;

class PledgeRulesTest {

    @Test
    void theSignerMustLieBelowTheIssuer() {
        assertDoesNotThrow(() -> PledgeRules.checkSignerBelow("430581", "430581101", true));
        assertEquals(PledgeService.RULE_SIGNER_NOT_BELOW_ISSUER,
                assertThrows(RuleViolationException.class, () -> PledgeRules.checkSignerBelow("430581", "441481101", false)).rule());
        // a jurisdiction does not pledge to itself
        assertEquals(PledgeService.RULE_SIGNER_NOT_BELOW_ISSUER,
                assertThrows(RuleViolationException.class, () -> PledgeRules.checkSignerBelow("430581", "430581", true)).rule());
    }

    @Test
    void aPledgeIsSignedOnce() {
        assertDoesNotThrow(() -> PledgeRules.checkSignable(1, PledgeStatus.DRAFT));
        for (PledgeStatus done : List.of(PledgeStatus.SIGNED, PledgeStatus.ASSESSED)) {
            assertEquals(PledgeService.RULE_ALREADY_SIGNED,
                    assertThrows(RuleViolationException.class, () -> PledgeRules.checkSignable(1, done)).rule());
        }
    }

    @Test
    void onlyASignedPledgeIsAssessedOnceFromDecember() {
        LocalDate december = LocalDate.of(2025, 12, 1);
        assertDoesNotThrow(() -> PledgeRules.checkAssessable(1, PledgeStatus.SIGNED, 2025, december));
        assertDoesNotThrow(() -> PledgeRules.checkAssessable(1, PledgeStatus.SIGNED, 2025, LocalDate.of(2026, 1, 15)));
        assertEquals(PledgeService.RULE_ASSESSED_BEFORE_SIGNED,
                assertThrows(RuleViolationException.class, () -> PledgeRules.checkAssessable(1, PledgeStatus.DRAFT, 2025, december)).rule());
        assertEquals(PledgeService.RULE_ALREADY_ASSESSED,
                assertThrows(RuleViolationException.class, () -> PledgeRules.checkAssessable(1, PledgeStatus.ASSESSED, 2025, december)).rule());
        assertEquals(PledgeService.RULE_ASSESSED_BEFORE_YEAR_END, assertThrows(RuleViolationException.class,
                () -> PledgeRules.checkAssessable(1, PledgeStatus.SIGNED, 2025, LocalDate.of(2025, 11, 30))).rule());
    }

    @Test
    void everyItemIsAssessedOnceWithinItsPoints() {
        Map<Long, Integer> items = new LinkedHashMap<>(Map.of(1L, 20, 2L, 30));
        Map<Long, Integer> awarded = PledgeRules.award(items,
                List.of(new ItemAssessment(1, true, null, null), new ItemAssessment(2, false, null, null)));
        assertEquals(Map.of(1L, 20, 2L, 0), awarded);
        assertEquals(Map.of(1L, 15, 2L, 30),
                PledgeRules.award(items, List.of(new ItemAssessment(1, true, 15, null), new ItemAssessment(2, true, null, null))));
        assertEquals(PledgeService.RULE_ASSESSMENT_INCOMPLETE, assertThrows(RuleViolationException.class,
                () -> PledgeRules.award(items, List.of(new ItemAssessment(1, true, null, null)))).rule());
        assertEquals(PledgeService.RULE_ASSESSMENT_INCOMPLETE, assertThrows(RuleViolationException.class, () -> PledgeRules.award(items,
                List.of(new ItemAssessment(1, true, null, null), new ItemAssessment(1, true, null, null), new ItemAssessment(2, true, null, null))))
                .rule());
        assertThrows(ValidationException.class, () -> PledgeRules.award(items, List.of(new ItemAssessment(1, true, 21, null),
                new ItemAssessment(2, true, null, null))));
        assertThrows(ValidationException.class, () -> PledgeRules.award(items, List.of(new ItemAssessment(9, true, null, null))));
    }

    @Test
    void aPledgeNeedsItemsWithPoints() {
        Pledge noItems = new Pledge(null, 2025, "430581", "430581101", null, "责任书", List.of(), null, null, null, null, null, 0, null, null);
        assertThrows(ValidationException.class, () -> PledgeRules.checkIssue(noItems));
        Pledge zeroPoints = new Pledge(null, 2025, "430581", "430581101", null, "责任书",
                List.of(new PledgeItem(null, "三会一课", null, 0, null, null, null)),
                null, null, null, null, null, 0, null, null);
        assertThrows(ValidationException.class, () -> PledgeRules.checkIssue(zeroPoints));
    }

    @Test
    void theCascadeCountsEachJurisdictionOnceByItsFurthestStatus() {
        Map<String, JurisdictionLevel> levels = new LinkedHashMap<>();
        levels.put("430581101", JurisdictionLevel.TOWNSHIP);
        levels.put("430581102", JurisdictionLevel.TOWNSHIP);
        levels.put("430581101201", JurisdictionLevel.VILLAGE);
        levels.put("430581101202", JurisdictionLevel.VILLAGE);
        levels.put("430581102201", JurisdictionLevel.VILLAGE);
        levels.put("430581102202", JurisdictionLevel.VILLAGE);
        Map<String, List<PledgeStatus>> statuses = Map.of("430581101", List.of(PledgeStatus.ASSESSED), "430581102", List.of(PledgeStatus.SIGNED),
                "430581101201", List.of(PledgeStatus.DRAFT, PledgeStatus.SIGNED), "430581101202", List.of(PledgeStatus.DRAFT));
        PledgeCascade c = PledgeRules.cascade("430581", 2025, levels, statuses);
        assertEquals(List.of(new PledgeCascade.Level(JurisdictionLevel.TOWNSHIP, 2, 2, 2, 1, new BigDecimal("1.0000")),
                new PledgeCascade.Level(JurisdictionLevel.VILLAGE, 4, 2, 1, 0, new BigDecimal("0.2500"))), c.levels());
    }
}
