package org.jiceng.module.guangzong.villageassets.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jiceng.common.RuleViolationException;
import org.jiceng.registry.JurisdictionLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class AssetRulesTest {
    @Test
    void aCountIsAShortageOrSurplusByQuantityElseDamagedWhenAnyIs() {
        assertEquals(DifferenceKind.NONE, AssetRules.difference(5, 5, 0));
        assertEquals(DifferenceKind.SHORTAGE, AssetRules.difference(5, 4, 0));
        assertEquals(DifferenceKind.SHORTAGE, AssetRules.difference(5, 4, 2), "the missing piece is the larger loss");
        assertEquals(DifferenceKind.SURPLUS, AssetRules.difference(5, 6, 0));
        assertEquals(DifferenceKind.DAMAGED, AssetRules.difference(5, 5, 1));
        assertEquals(DifferenceKind.NONE, AssetRules.difference(0, 0, 0));
    }

    @Test
    void settlingKeepsWhatWasFoundLessTheDamaged() {
        assertEquals(4, AssetRules.settledQuantity(4, 0));
        assertEquals(3, AssetRules.settledQuantity(5, 2));
        assertEquals(6, AssetRules.settledQuantity(6, 0));
    }

    @Test
    void aVenueIsAVillages() {
        assertDoesNotThrow(() -> AssetRules.checkVillage(JurisdictionLevel.VILLAGE, "130531100201"));
        assertRule(AssetRules.VENUE_NOT_A_VILLAGE, () -> AssetRules.checkVillage(JurisdictionLevel.TOWNSHIP, "130531100"));
    }

    @Test
    void aCampaignClosesWithEveryVenueCountedAndEveryDifferenceSettled() {
        assertDoesNotThrow(() -> AssetRules.checkClosable(0, 0));
        assertRule(AssetRules.VENUES_UNCOUNTED, () -> AssetRules.checkClosable(1, 0));
        assertRule(AssetRules.DIFFERENCES_UNSETTLED, () -> AssetRules.checkClosable(0, 3));
        assertRule(AssetRules.STOCKTAKE_CLOSED, () -> AssetRules.checkOpen(StocktakeStatus.CLOSED));
        assertRule(AssetRules.STOCKTAKE_OPEN, () -> AssetRules.checkNoOtherOpen(true));
        assertRule(AssetRules.VENUE_COUNTED, () -> AssetRules.checkNotCounted(true, "某村党群服务中心"));
    }

    @Test
    void onlyAnUnsettledDifferenceIsSettled() {
        assertDoesNotThrow(() -> AssetRules.checkSettleable(DifferenceKind.DAMAGED, false));
        assertRule(AssetRules.NO_DIFFERENCE, () -> AssetRules.checkSettleable(DifferenceKind.NONE, false));
        assertRule(AssetRules.SETTLED, () -> AssetRules.checkSettleable(DifferenceKind.SHORTAGE, true));
        assertRule(AssetRules.ITEM_UNDER_COUNT, () -> AssetRules.checkNotUnderCount(true));
    }

    static void assertRule(String rule, Executable check) {
        assertEquals(rule, assertThrows(RuleViolationException.class, check).rule());
    }
}
