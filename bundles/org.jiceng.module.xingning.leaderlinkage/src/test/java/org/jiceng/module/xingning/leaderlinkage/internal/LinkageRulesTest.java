package org.jiceng.module.xingning.leaderlinkage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.cadre.CadreRank;
import org.jiceng.cadre.Position;
import org.jiceng.cadre.PostLevel;
import org.jiceng.common.RuleViolationException;
import org.jiceng.registry.JurisdictionLevel;
import org.junit.jupiter.api.Test;

class LinkageRulesTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    @Test
    void aCityLeaderHoldsACurrentDivisionRankPostInTheCity() {
        LinkageRules.requireCityLeaderPost(7, post(7, CadreRank.DIVISION, DAY.minusYears(1), null), true, DAY);
        assertEquals(LinkageRules.RULE_NOT_CITY_LEADER,
                rule(() -> LinkageRules.requireCityLeaderPost(7, post(8, CadreRank.DIVISION, DAY, null), true, DAY)));
        assertEquals(LinkageRules.RULE_NOT_CITY_LEADER,
                rule(() -> LinkageRules.requireCityLeaderPost(7, post(7, CadreRank.SECTION, DAY.minusYears(1), null), true, DAY)));
        assertEquals(LinkageRules.RULE_NOT_CITY_LEADER,
                rule(() -> LinkageRules.requireCityLeaderPost(7, post(7, CadreRank.DIVISION, DAY.minusYears(1), null), false, DAY)));
        assertEquals(LinkageRules.RULE_NOT_CITY_LEADER,
                rule(() -> LinkageRules.requireCityLeaderPost(7, post(7, CadreRank.DIVISION, DAY.minusYears(1), DAY), true, DAY)), "ended that day");
        assertEquals(LinkageRules.RULE_NOT_CITY_LEADER,
                rule(() -> LinkageRules.requireCityLeaderPost(7, post(7, CadreRank.DIVISION, DAY.plusDays(1), null), true, DAY)), "not begun");
    }

    @Test
    void aLeaderHasOneLinkOfEachKindAYearToAPlaceOfTheCityAtTheKindsLevel() {
        LinkageRules.requireKindFree(List.of(LinkKind.TOWN), LinkKind.POOR_VILLAGE, 2025);
        assertEquals(LinkageRules.RULE_KIND_TAKEN, rule(() -> LinkageRules.requireKindFree(List.of(LinkKind.TOWN), LinkKind.TOWN, 2025)));
        LinkageRules.requirePlace(LinkKind.TOWN, true, JurisdictionLevel.TOWNSHIP, "441481100");
        assertEquals(LinkageRules.RULE_OUTSIDE, rule(() -> LinkageRules.requirePlace(LinkKind.TOWN, false, JurisdictionLevel.TOWNSHIP, "360823100")));
        assertEquals(LinkageRules.RULE_LEVEL,
                rule(() -> LinkageRules.requirePlace(LinkKind.WEAK_VILLAGE, true, JurisdictionLevel.TOWNSHIP, "441481100")));
        assertEquals(LinkageRules.RULE_LEVEL, rule(() -> LinkageRules.requirePlace(LinkKind.TOWN, true, JurisdictionLevel.VILLAGE, "441481100201")));
    }

    @Test
    void aVillageIsOfItsKindAndOneLeadersAYear() {
        LinkageRules.requireVillageOfKind(LinkKind.POOR_VILLAGE, "v", true, false, 2025);
        LinkageRules.requireVillageOfKind(LinkKind.WEAK_VILLAGE, "v", false, true, 2025);
        assertEquals(LinkageRules.RULE_NOT_POOR, rule(() -> LinkageRules.requireVillageOfKind(LinkKind.POOR_VILLAGE, "v", false, true, 2025)));
        assertEquals(LinkageRules.RULE_NOT_WEAK, rule(() -> LinkageRules.requireVillageOfKind(LinkKind.WEAK_VILLAGE, "v", true, false, 2025)));
        LinkageRules.requireVillageFree("v", null, 2025);
        assertEquals(LinkageRules.RULE_VILLAGE_LINKED, rule(() -> LinkageRules.requireVillageFree("v", "张三", 2025)));
        LinkageRules.requireServing(null, 2025);
        LinkageRules.requireServing(LocalDate.of(2025, 6, 1), 2025);
        assertEquals(LinkageRules.RULE_LEADER_LEFT, rule(() -> LinkageRules.requireServing(LocalDate.of(2024, 12, 31), 2025)));
    }

    @Test
    void itemsStandDoneLateOverdueOrOpenAndDaysFallInQuarters() {
        LocalDate due = LocalDate.of(2025, 3, 31);
        assertEquals(ItemState.DONE, LinkageRules.state(due, due, due.plusDays(9)));
        assertEquals(ItemState.DONE_LATE, LinkageRules.state(due, due.plusDays(1), due.plusDays(9)));
        assertEquals(ItemState.OVERDUE, LinkageRules.state(due, null, due.plusDays(1)));
        assertEquals(ItemState.OPEN, LinkageRules.state(due, null, due));
        assertEquals(1, LinkageRules.quarter(due));
        assertEquals(2, LinkageRules.quarter(LocalDate.of(2025, 4, 1)));
        assertEquals(4, LinkageRules.quarter(LocalDate.of(2025, 12, 15)));
        assertEquals(LocalDate.of(2025, 6, 30), DemoData.quarterEnd(2025, 2));
        assertEquals(LocalDate.of(2025, 9, 30), DemoData.quarterEnd(2025, 3));
    }

    @Test
    void aLinkIsCheckedOnceAQuarterFromTheQuarterItWasMadeIn() {
        LocalDate linked = LocalDate.of(2025, 5, 20);
        assertEquals(1, LinkageRules.quartersUnchecked(2025, linked, java.util.Set.of(3), LocalDate.of(2025, 10, 1)), "Q2 missed, Q3 checked");
        assertEquals(0, LinkageRules.quartersUnchecked(2025, linked, java.util.Set.of(2, 3), LocalDate.of(2025, 12, 31)), "Q4 not over");
        assertEquals(1, LinkageRules.quartersUnchecked(2025, linked, java.util.Set.of(2, 3), LocalDate.of(2026, 1, 1)));
        assertEquals(LocalDate.of(2025, 4, 1), LinkageRules.quarterStart(2025, 2));
        assertEquals(LocalDate.of(2025, 12, 31), LinkageRules.quarterEnd(2025, 4));
    }

    private static Position post(long member, CadreRank rank, LocalDate from, LocalDate to) {
        return new Position(1L, member, "中共兴宁市委员会", "441481", null, "市委常委", rank, PostLevel.MEMBER, from, to, 0L);
    }

    private static String rule(Runnable r) {
        return assertThrows(RuleViolationException.class, r::run).rule();
    }
}
