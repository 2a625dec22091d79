package org.jiceng.module.guangzong.workstandard.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.jiceng.common.RuleViolationException;
import org.jiceng.development.MembershipStatus;
import org.jiceng.registry.JurisdictionLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** 广宗's rules for the yearly check and the young cadre pool, as plain functions. */
class RulesTest {
    private static final String TOWN = "130531101";

    private static String rule(Executable check) {
        return assertThrows(RuleViolationException.class, check).rule();
    }

    @Test
    void onlyVillageAndCommunityOrganizationsAreChecked() {
        assertEquals("unit-not-village-organization", rule(() -> CheckRules.checkUnit(JurisdictionLevel.TOWNSHIP, "中共广宗镇委员会")));
        assertEquals("unit-not-village-organization", rule(() -> CheckRules.checkUnit(JurisdictionLevel.COUNTY, "县财政局党支部")));
        assertDoesNotThrow(() -> CheckRules.checkUnit(JurisdictionLevel.VILLAGE, "某村党支部"));
    }

    @Test
    void aCheckOfAYearIsMadeInThatYearOnce() {
        assertEquals("check-outside-year", rule(() -> CheckRules.checkInYear(LocalDate.of(2025, 1, 2), 2024)));
        assertEquals("check-outside-year", rule(() -> CheckRules.checkInYear(LocalDate.of(2023, 12, 31), 2024)));
        assertDoesNotThrow(() -> CheckRules.checkInYear(LocalDate.of(2024, 12, 31), 2024));
        assertEquals("second-check-in-year", rule(() -> CheckRules.checkFirst(true, "self-check", 2024)));
        assertDoesNotThrow(() -> CheckRules.checkFirst(false, "self-check", 2024));
    }

    @Test
    void theUnitsOwnTownshipChecksAfterTheSelfCheck() {
        assertEquals("township-check-by-township", rule(() -> CheckRules.checkByTownship(JurisdictionLevel.COUNTY, "130531", TOWN)));
        assertEquals("township-check-by-township", rule(() -> CheckRules.checkByTownship(JurisdictionLevel.TOWNSHIP, "130531102", TOWN)));
        assertEquals("township-check-by-township", rule(() -> CheckRules.checkByTownship(JurisdictionLevel.VILLAGE, TOWN + "001", TOWN)));
        assertDoesNotThrow(() -> CheckRules.checkByTownship(JurisdictionLevel.TOWNSHIP, TOWN, TOWN));
        assertEquals("township-check-before-self-check",
                rule(() -> CheckRules.checkAfterSelfCheck(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 30))));
        assertDoesNotThrow(() -> CheckRules.checkAfterSelfCheck(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 1)));
    }

    @Test
    void thePoolTakesCurrentMembersOnceAndRecordsOnlyWhileTheyAreInIt() {
        assertEquals("member-not-active", rule(() -> PoolRules.checkActive(MembershipStatus.EXITED, "张三")));
        assertDoesNotThrow(() -> PoolRules.checkActive(MembershipStatus.ACTIVE, "张三"));
        assertEquals("already-in-pool", rule(() -> PoolRules.checkNotInPool(true, "张三")));
        assertEquals("pool-entry-closed", rule(() -> PoolRules.checkInPool(PoolStatus.APPOINTED, "张三")));
        assertEquals("pool-entry-closed", rule(() -> PoolRules.checkInPool(PoolStatus.LEFT, "张三")));
        assertDoesNotThrow(() -> PoolRules.checkInPool(PoolStatus.IN_POOL, "张三"));
        assertEquals("before-selection", rule(() -> PoolRules.checkNotBeforeSelection(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 15), "x")));
        assertEquals("period-already-assessed", rule(() -> PoolRules.checkPeriodFree(true, "2024")));
    }
}
