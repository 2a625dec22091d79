package org.jiceng.module.xingning.towncongress.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ElectionCountTest {

    private static ElectionCount.Tally t(long id, int votes) {
        return new ElectionCount.Tally(id, votes);
    }

    @Test
    void electedNeedsMoreThanHalfOfTheVotersPresent() {
        Map<Long, CandidateOutcome> r = ElectionCount.count(2, 100, List.of(t(1, 51), t(2, 50), t(3, 30)));
        assertEquals(CandidateOutcome.ELECTED, r.get(1L));
        assertEquals(CandidateOutcome.BELOW_MAJORITY, r.get(2L), "exactly half is not above half");
        assertEquals(CandidateOutcome.BELOW_MAJORITY, r.get(3L));
    }

    @Test
    void seatsGoToTheHighestAndTheRestHaveNoSeat() {
        Map<Long, CandidateOutcome> r = ElectionCount.count(1, 9, List.of(t(1, 6), t(2, 8), t(3, 5)));
        assertEquals(CandidateOutcome.ELECTED, r.get(2L));
        assertEquals(CandidateOutcome.NO_SEAT_LEFT, r.get(1L));
        assertEquals(CandidateOutcome.NO_SEAT_LEFT, r.get(3L));
    }

    @Test
    void aTieForTheLastSeatLeavesItUnfilled() {
        Map<Long, CandidateOutcome> r = ElectionCount.count(2, 10, List.of(t(1, 9), t(2, 7), t(3, 7), t(4, 2)));
        assertEquals(CandidateOutcome.ELECTED, r.get(1L));
        assertEquals(CandidateOutcome.TIED, r.get(2L));
        assertEquals(CandidateOutcome.TIED, r.get(3L));
        assertEquals(CandidateOutcome.BELOW_MAJORITY, r.get(4L));
    }

    @Test
    void aTieThatFitsTheSeatsElectsBoth() {
        Map<Long, CandidateOutcome> r = ElectionCount.count(2, 10, List.of(t(1, 7), t(2, 7), t(3, 6)));
        assertEquals(CandidateOutcome.ELECTED, r.get(1L));
        assertEquals(CandidateOutcome.ELECTED, r.get(2L));
        assertEquals(CandidateOutcome.NO_SEAT_LEFT, r.get(3L));
    }
}
