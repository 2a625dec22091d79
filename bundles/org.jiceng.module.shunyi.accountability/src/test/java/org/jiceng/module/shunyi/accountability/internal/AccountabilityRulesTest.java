package org.jiceng.module.shunyi.accountability.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.junit.jupiter.api.Test;

class AccountabilityRulesTest {
    @Test
    void aDecisionIsAPenaltyOrNoLiabilityWithItsReason() {
        assertDoesNotThrow(() -> AccountabilityRules.requireDecision(CaseState.DECIDED, Penalty.ADMONISHMENT_TALK, null));
        assertDoesNotThrow(() -> AccountabilityRules.requireDecision(CaseState.DISMISSED, null, "职责交叉"));
        assertEquals("penalty", field(() -> AccountabilityRules.requireDecision(CaseState.DECIDED, null, "x")));
        assertEquals("penalty", field(() -> AccountabilityRules.requireDecision(CaseState.DISMISSED, Penalty.DEMOTION, "x")));
        assertEquals("note", field(() -> AccountabilityRules.requireDecision(CaseState.DISMISSED, null, " ")));
        assertEquals("state", field(() -> AccountabilityRules.requireDecision(CaseState.OPEN, null, null)));
        assertEquals(AccountabilityRules.RULE_DECIDED,
                assertThrows(RuleViolationException.class, () -> AccountabilityRules.requireOpen(3, CaseState.DISMISSED)).rule());
    }

    @Test
    void behavioursAreNumberedByClass() {
        assertDoesNotThrow(() -> AccountabilityRules.requireBehaviourOfClass("03", "03-02"));
        assertEquals("code", field(() -> AccountabilityRules.requireBehaviourOfClass("03", "04-02")));
        assertEquals("code", field(() -> AccountabilityRules.requireBehaviourOfClass("03", "03-")));
    }

    @Test
    void theDemoCatalogueHasTheSeedsTenClassesAndFortyFourBehaviours() {
        assertEquals(10, DemoData.CATALOGUE.size());
        assertEquals(44, DemoData.CATALOGUE.stream().mapToInt(c -> c.behaviours().size()).sum());
        for (DemoData.Plan p : DemoData.CASES) {
            assertDoesNotThrow(() -> {
                if (p.state() != CaseState.OPEN) {
                    AccountabilityRules.requireDecision(p.state(), p.penalty(), "经研究");
                }
            }, p.person());
        }
    }

    private static String field(Runnable step) {
        return assertThrows(ValidationException.class, step::run).errors().get(0).field();
    }
}
