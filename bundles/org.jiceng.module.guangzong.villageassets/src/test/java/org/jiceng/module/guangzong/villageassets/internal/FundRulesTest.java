package org.jiceng.module.guangzong.villageassets.internal;

import static org.jiceng.module.guangzong.villageassets.internal.AssetRulesTest.assertRule;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.jiceng.registry.JurisdictionLevel;
import org.junit.jupiter.api.Test;

class FundRulesTest {
    private static final BigDecimal BUDGET = new BigDecimal("30000.00");

    @Test
    void spendingStaysWithinTheScopeOfUse() {
        List<FundCategory> scope = List.of(FundCategory.OFFICE, FundCategory.UTILITIES);
        assertDoesNotThrow(() -> FundRules.checkInScope(FundCategory.OFFICE, scope));
        assertRule(FundRules.OUTSIDE_SCOPE, () -> FundRules.checkInScope(FundCategory.MEMBER_EDUCATION, scope));
        assertRule(FundRules.OUTSIDE_SCOPE, () -> FundRules.checkInScope(FundCategory.HOSPITALITY, scope));
    }

    @Test
    void noScopeNamesWhatTheMeasuresForbid() {
        assertDoesNotThrow(() -> FundRules.checkScope(List.of(FundCategory.OFFICE, FundCategory.PUBLIC_SERVICE)));
        assertRule(FundRules.PROHIBITED, () -> FundRules.checkScope(List.of(FundCategory.OFFICE, FundCategory.GIFTS)));
        assertRule(FundRules.FUND_NOT_A_VILLAGE, () -> FundRules.checkVillage(JurisdictionLevel.COUNTY, "130531"));
    }

    @Test
    void spendingStaysWithinTheBudgetWithWhatIsCommittedAlready() {
        assertDoesNotThrow(() -> FundRules.checkWithinBudget(new BigDecimal("5000"), new BigDecimal("25000"), BUDGET));
        assertRule(FundRules.OVER_BUDGET, () -> FundRules.checkWithinBudget(new BigDecimal("5000.01"), new BigDecimal("25000"), BUDGET));
        assertRule(FundRules.BELOW_COMMITTED, () -> FundRules.checkBudget(new BigDecimal("20000"), new BigDecimal("20000.50")));
        assertDoesNotThrow(() -> FundRules.checkBudget(new BigDecimal("20000"), new BigDecimal("20000")));
    }

    @Test
    void theTownshipDecidesThenTheCountyAboveTheThreshold() {
        assertFalse(FundRules.needsCounty(new BigDecimal("5000")));
        assertTrue(FundRules.needsCounty(new BigDecimal("5000.01")));
        assertEquals(SpendingStatus.APPROVED, FundRules.afterApproval(SpendingStatus.SUBMITTED, new BigDecimal("3000")));
        assertEquals(SpendingStatus.TOWNSHIP_APPROVED, FundRules.afterApproval(SpendingStatus.SUBMITTED, new BigDecimal("6000")));
        assertEquals(SpendingStatus.APPROVED, FundRules.afterApproval(SpendingStatus.TOWNSHIP_APPROVED, new BigDecimal("6000")));
        assertEquals(JurisdictionLevel.TOWNSHIP, FundRules.decidingLevel(SpendingStatus.SUBMITTED));
        assertEquals(JurisdictionLevel.COUNTY, FundRules.decidingLevel(SpendingStatus.TOWNSHIP_APPROVED));
        assertRule(FundRules.DECIDED, () -> FundRules.decidingLevel(SpendingStatus.PAID));
        assertRule(FundRules.WRONG_LEVEL, () -> FundRules.checkLevel(JurisdictionLevel.TOWNSHIP, JurisdictionLevel.COUNTY));
        assertRule(FundRules.NOT_APPROVED, () -> FundRules.checkPayable(SpendingStatus.TOWNSHIP_APPROVED));
        assertDoesNotThrow(() -> FundRules.checkPayable(SpendingStatus.APPROVED));
    }
}
