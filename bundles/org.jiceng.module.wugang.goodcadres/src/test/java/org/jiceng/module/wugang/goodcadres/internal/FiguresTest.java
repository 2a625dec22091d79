package org.jiceng.module.wugang.goodcadres.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The figures add up from the counts they are given: nominations by channel, eliminations by round. */
class FiguresTest {
    @Test
    void eliminatedShareIsEliminationsOfEveryRoundOverAllNominations() {
        CampaignView c = new CampaignView();
        c.id = 50L;
        c.jurisdictionCode = Store.COUNTY;
        c.year = 2025;
        c.quota = 20;
        Map<Channel, Long> byChannel = new EnumMap<>(Map.of(Channel.UNIT, 40L, Channel.INDIVIDUAL, 25L, Channel.PUBLIC, 20L, Channel.SELF, 16L));
        Map<Round, Long> out = new EnumMap<>(Map.of(Round.FIRST_REVIEW, 40L, Round.INSPECTION, 20L, Round.SECOND_REVIEW, 15L, Round.PUBLIC_NOTICE,
                2L, Round.APPROVAL, 3L));
        Figures f = Figures.of(c, byChannel, out, 20, 4, 2);
        assertEquals(101, f.nominations);
        assertEquals(80, f.eliminated);
        assertEquals(1, f.inReview, "one nomination still in the rounds");
        assertEquals(0.7921, f.eliminatedShare);
        assertEquals("79.2", f.eliminatedPercent);
        assertEquals(2, f.eliminatedPublicNotice);
    }

    @Test
    void aCampaignWithoutNominationsEliminatedNobody() {
        CampaignView c = new CampaignView();
        c.id = 1L;
        Figures f = Figures.of(c, Map.of(), Map.of(), 0, 0, 0);
        assertEquals(0, f.nominations);
        assertEquals("0.0", f.eliminatedPercent);
    }
}
