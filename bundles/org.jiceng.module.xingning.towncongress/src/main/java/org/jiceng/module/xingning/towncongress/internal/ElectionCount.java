package org.jiceng.module.xingning.towncongress.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts an election: a candidate is elected only with votes from more than half of the delegates
 * with voting rights present, and only within the seats, highest first. When candidates with equal
 * votes compete for the last seats none of them takes a seat (the seats stay unfilled for a new
 * ballot), rather than picking one arbitrarily.
 */
final class ElectionCount {
    record Tally(long candidateId, int votes) {
    }

    private ElectionCount() {
    }

    static Map<Long, CandidateOutcome> count(int seats, int votersPresent, List<Tally> tallies) {
        Map<Long, CandidateOutcome> outcomes = new LinkedHashMap<>();
        List<Tally> ordered = new ArrayList<>(tallies);
        ordered.sort(Comparator.comparingInt(Tally::votes).reversed().thenComparingLong(Tally::candidateId));
        int left = seats;
        int i = 0;
        while (i < ordered.size()) {
            int votes = ordered.get(i).votes();
            int j = i;
            while (j < ordered.size() && ordered.get(j).votes() == votes) {
                j++;
            }
            List<Tally> group = ordered.subList(i, j);
            CandidateOutcome outcome;
            if ((long) votes * 2 <= votersPresent) {
                outcome = CandidateOutcome.BELOW_MAJORITY;
            } else if (left <= 0) {
                outcome = CandidateOutcome.NO_SEAT_LEFT;
            } else if (group.size() <= left) {
                outcome = CandidateOutcome.ELECTED;
                left -= group.size();
            } else {
                outcome = CandidateOutcome.TIED;
                left = 0;
            }
            for (Tally t : group) {
                outcomes.put(t.candidateId(), outcome);
            }
            i = j;
        }
        return outcomes;
    }
}
