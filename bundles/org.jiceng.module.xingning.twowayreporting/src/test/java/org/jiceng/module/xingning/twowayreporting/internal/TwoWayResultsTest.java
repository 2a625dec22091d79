package org.jiceng.module.xingning.twowayreporting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jiceng.duty.DutyReport;
import org.jiceng.duty.Evaluation;
import org.jiceng.duty.RaterKind;
import org.junit.jupiter.api.Test;

class TwoWayResultsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 12, 28);

    @Test
    void eachDirectionIsAveragedApartThenWeighed() {
        DutyReport report = new DutyReport(1L, 9, "441481100", null, 5L, "王伟", "述职", DAY, false, 1L);
        List<Evaluation> evaluations = List.of(e(RaterKind.UPPER, 95), e(RaterKind.UPPER, 91), e(RaterKind.LOWER, 80), e(RaterKind.LOWER, 84),
                e(RaterKind.LOWER, 82));
        SecretaryResult s = TwoWayResults.secretary(report, evaluations, null, new Weighting("441481", 60, 40, new BigDecimal("90"),
                new BigDecimal("75"), false, 1L), true, Map.of("441481100", "黄槐镇"));
        assertEquals(new BigDecimal("93.00"), s.upperScore);
        assertEquals(new BigDecimal("82.00"), s.lowerScore);
        assertEquals(2, s.upperRaters);
        assertEquals(3, s.lowerRaters);
        assertEquals(new BigDecimal("88.60"), s.combinedScore);
        assertEquals(Outcome.RETAINED, s.outcome);
        assertEquals("黄槐镇", s.townName);
    }

    @Test
    void equalScoresShareARankAndTheUnscoredComeLast() {
        List<SecretaryResult> all = new ArrayList<>(List.of(result("b", "88.00"), result("a", null), result("c", "92.00"), result("d", "88.00")));
        TwoWayResults.rank(all);
        assertEquals(List.of("c", "b", "d", "a"), all.stream().map(s -> s.townCode).toList());
        assertEquals(1, all.get(0).rank);
        assertEquals(2, all.get(1).rank);
        assertEquals(2, all.get(2).rank);
        assertNull(all.get(3).rank);
    }

    private static SecretaryResult result(String town, String combined) {
        SecretaryResult s = new SecretaryResult();
        s.townCode = town;
        s.combinedScore = combined == null ? null : new BigDecimal(combined);
        return s;
    }

    private static Evaluation e(RaterKind kind, int score) {
        return new Evaluation(null, 1, kind, kind + "-" + score, TwoWayRules.ratingOf(score), score, null, DAY);
    }

}
