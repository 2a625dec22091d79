package org.jiceng.module.wugang.pledgesreports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.jiceng.duty.RaterKind;
import org.jiceng.duty.Rating;
import org.jiceng.duty.ReportPeriod;
import org.junit.jupiter.api.Test;

class DemoPlanTest {

    private static Map<DemoPlan.Standing, Long> standings(ReportPeriod period) {
        Map<DemoPlan.Standing, Long> n = new EnumMap<>(DemoPlan.Standing.class);
        IntStream.range(0, 10).forEach(t -> n.merge(DemoPlan.standing(t, period), 1L, Long::sum));
        return n;
    }

    @Test
    void tenTownshipsStandFourFourTwoAtMidYearAndFiveFourOneAtYearEnd() {
        assertEquals(Map.of(DemoPlan.Standing.STRONG, 4L, DemoPlan.Standing.MIDDLING, 4L, DemoPlan.Standing.WEAK, 2L), standings(ReportPeriod.H1));
        assertEquals(Map.of(DemoPlan.Standing.STRONG, 5L, DemoPlan.Standing.MIDDLING, 4L, DemoPlan.Standing.WEAK, 1L), standings(ReportPeriod.H2));
    }

    private static Map<Rating, Long> count(List<DemoPlan.Rated> sitting, RaterKind kind) {
        Map<Rating, Long> n = new EnumMap<>(Rating.class);
        sitting.stream().filter(r -> r.kind() == kind).forEach(r -> n.merge(r.rating(), 1L, Long::sum));
        return n;
    }

    @Test
    void theCommitteeAndEveryVillageSecretaryRateOnce() {
        List<String> five = List.of("甲村党支部书记", "乙村党支部书记", "丙村党支部书记", "丁村党支部书记", "戊村党支部书记");
        List<DemoPlan.Rated> strong = DemoPlan.sitting(DemoPlan.Standing.STRONG, five);
        assertEquals(10, strong.size());
        assertEquals(Map.of(Rating.EXCELLENT, 4L, Rating.GOOD, 1L), count(strong, RaterKind.UPPER));
        assertEquals(Map.of(Rating.EXCELLENT, 4L, Rating.GOOD, 1L), count(strong, RaterKind.LOWER));
        List<DemoPlan.Rated> middling = DemoPlan.sitting(DemoPlan.Standing.MIDDLING, five);
        assertEquals(Map.of(Rating.EXCELLENT, 2L, Rating.GOOD, 2L, Rating.FAIR, 1L), count(middling, RaterKind.LOWER));
        List<DemoPlan.Rated> weak = DemoPlan.sitting(DemoPlan.Standing.WEAK, five);
        assertEquals(Map.of(Rating.GOOD, 1L, Rating.FAIR, 3L, Rating.POOR, 1L), count(weak, RaterKind.UPPER));
        assertEquals(Map.of(Rating.FAIR, 3L, Rating.POOR, 2L), count(weak, RaterKind.LOWER));
    }

    @Test
    void theWeakTownshipsMissTwoCreationsAndEverySeventhVillageThreeMeetings() {
        assertFalse(DemoPlan.townshipItemMet(8, 1));
        assertTrue(DemoPlan.townshipItemMet(7, 1));
        assertFalse(DemoPlan.villageItemMet(6, 0));
        assertTrue(DemoPlan.villageItemMet(6, 1));
    }
}
