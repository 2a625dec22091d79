package org.jiceng.module.shunyi.innovationcases.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jiceng.common.RuleViolationException;
import org.jiceng.registry.JurisdictionLevel;
import org.junit.jupiter.api.Test;

class CaseRulesTest {
    @Test
    void aCaseIsMatureWithTheClassOfProblemsAndTheMechanism() {
        assertDoesNotThrow(() -> CaseRules.requireMature(1, "一类问题", "一套机制"));
        RuleViolationException noMechanism = assertThrows(RuleViolationException.class, () -> CaseRules.requireMature(1, "一类问题", " "));
        assertEquals(CaseRules.RULE_NOT_MATURE, noMechanism.rule());
        assertTrue(noMechanism.getMessage().contains("形成一套机制") && !noMechanism.getMessage().contains("解决一类问题"), noMechanism.getMessage());
        assertTrue(assertThrows(RuleViolationException.class, () -> CaseRules.requireMature(1, null, null)).getMessage().contains(" and "));
    }

    @Test
    void eachStepHasItsRule() {
        assertEquals(CaseRules.RULE_NOT_SUBMITTED, rule(() -> CaseRules.requireState(1, CaseState.ADMITTED, CaseState.SUBMITTED)));
        assertEquals(CaseRules.RULE_NOT_ADMITTED, rule(() -> CaseRules.requireState(1, CaseState.SUBMITTED, CaseState.ADMITTED)));
        assertEquals(CaseRules.RULE_NOT_PROMOTED, rule(() -> CaseRules.requireState(1, CaseState.ADMITTED, CaseState.PROMOTED)));
        assertDoesNotThrow(() -> CaseRules.requireState(1, CaseState.PROMOTED, CaseState.PROMOTED));
        assertEquals(CaseRules.RULE_LOCKED, rule(() -> CaseRules.requireEditable(1, CaseState.ADMITTED)));
        assertDoesNotThrow(() -> CaseRules.requireEditable(1, CaseState.RETURNED), "a returned case is edited to mature");
    }

    @Test
    void promotionIsToOtherUnitsAndTheDistrictKeepsTheLibrary() {
        assertEquals(CaseRules.RULE_OWN_UNIT, rule(() -> CaseRules.requireOtherUnit(1, "110113004", "仁和镇党委", "110113004", "仁和镇党委")));
        assertDoesNotThrow(() -> CaseRules.requireOtherUnit(1, "110113004", "仁和镇党委", "110113005", "后沙峪镇党委"));
        assertEquals(CaseRules.RULE_BY_DISTRICT, rule(() -> CaseRules.requireDistrict(JurisdictionLevel.TOWNSHIP, "110113004")));
        assertDoesNotThrow(() -> CaseRules.requireDistrict(JurisdictionLevel.COUNTY, "110113"));
    }

    @Test
    void theDemoPlanAdmitsOnlyMatureCases() {
        for (DemoData.Plan p : DemoData.PLANS) {
            if (p.reaches() == CaseState.ADMITTED || p.reaches() == CaseState.PROMOTED) {
                assertDoesNotThrow(() -> CaseRules.requireMature(1, p.problem(), p.mechanism()), p.title());
            }
            assertTrue(p.adopters().isEmpty() || p.reaches() == CaseState.PROMOTED, "only promoted cases are adopted: " + p.title());
        }
        assertEquals(11, DemoData.PLANS.stream().mapToInt(p -> p.adopters().size()).sum());
    }

    private static String rule(Runnable step) {
        return assertThrows(RuleViolationException.class, step::run).rule();
    }
}
