package org.jiceng.module.wugang.goodcadres.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Walks the demo's plan through the rounds the way {@link DemoData} does and checks that its
 * dates obey the module's own rules; the seed's "about 80 %" must come out of the walk.
 */
class DemoPlanTest {
    private final DemoPlan plan = new DemoPlan(2025);

    @Test
    void theRoundsEliminateEightyOfAHundred() {
        Map<Round, Integer> eliminated = new EnumMap<>(Round.class);
        int approved = 0;
        for (int place = 0; place < DemoPlan.NOMINATIONS; place++) {
            Round round = Round.FIRST_REVIEW;
            while (round != null && DemoPlan.passes(round, place)) {
                round = round.next();
            }
            if (round == null) {
                approved++;
            } else {
                eliminated.merge(round, 1, Integer::sum);
            }
        }
        assertEquals(20, approved);
        assertEquals(DemoPlan.QUOTA, approved, "审定 fills the quota");
        assertEquals(Map.of(Round.FIRST_REVIEW, 40, Round.INSPECTION, 20, Round.SECOND_REVIEW, 15, Round.PUBLIC_NOTICE, 2, Round.APPROVAL, 3),
                eliminated);
        assertTrue(DemoPlan.OBJECTION_UPHELD.stream().allMatch(p -> p < DemoPlan.PASS_SECOND_REVIEW), "objections go to nominees on the notice");
    }

    @Test
    void everyChannelIsUsed() {
        Map<Channel, Integer> byChannel = new EnumMap<>(Channel.class);
        for (int place = 0; place < DemoPlan.NOMINATIONS; place++) {
            byChannel.merge(DemoPlan.channel(place), 1, Integer::sum);
        }
        assertEquals(Map.of(Channel.UNIT, 40, Channel.INDIVIDUAL, 25, Channel.PUBLIC, 20, Channel.SELF, 15), byChannel);
    }

    @Test
    void theCalendarKeepsTheRules() {
        for (int place = 0; place < DemoPlan.NOMINATIONS; place++) {
            LocalDate nominated = plan.nominatedOn(place);
            SelectionRules.checkNominationOpen(plan.nominationDeadline(), nominated);
            assertTrue(!plan.decidedOn(Round.FIRST_REVIEW).isBefore(nominated));
        }
        for (Round r = Round.FIRST_REVIEW; r.next() != null; r = r.next()) {
            assertTrue(plan.decidedOn(r).isBefore(plan.decidedOn(r.next())), r + " before " + r.next());
        }
        SelectionRules.checkNoticePeriod(null, plan.noticeFrom(), plan.noticeTo());
        assertTrue(plan.noticeFrom().isAfter(plan.decidedOn(Round.SECOND_REVIEW)) && plan.noticeFrom().isAfter(plan.nominationDeadline()));
        SelectionRules.checkObjectionWindow(1, NominationStatus.IN_REVIEW, Round.PUBLIC_NOTICE, plan.noticeFrom(), plan.noticeTo(),
                plan.objectionRaisedOn());
        assertTrue(plan.objectionResolvedOn().isBefore(plan.decidedOn(Round.PUBLIC_NOTICE)));
        SelectionRules.checkNoticeCleared(1, plan.noticeFrom(), plan.noticeTo(), plan.decidedOn(Round.PUBLIC_NOTICE), 0, 0);
        assertTrue(plan.decidedOn(Round.APPROVAL).isBefore(LocalDate.of(2026, 1, 1)), "all in the campaign's year, over before this one");
    }
}
