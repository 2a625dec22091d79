package org.jiceng.core.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.jiceng.common.ValidationException;
import org.jiceng.scoring.GradeBand;
import org.jiceng.scoring.Indicator;
import org.jiceng.scoring.IndicatorSource;
import org.jiceng.scoring.PeriodKind;
import org.jiceng.scoring.Scheme;
import org.jiceng.scoring.SubjectKind;
import org.junit.jupiter.api.Test;

class ScoringRulesTest {
    private static final List<Indicator> SIX = List.of(
            new Indicator("presence", "在岗", 30.0, 30.0, IndicatorSource.MANUAL, null),
            new Indicator("nights", "住村", 20.0, 20.0, IndicatorSource.MANUAL, null),
            new Indicator("reports", "周报", 10.0, 4.0, IndicatorSource.MANUAL, null));

    @Test
    void totalsWeighValuesAgainstTheirMaximumAndClip() {
        assertEquals(30 + 10 + 5, ScoringRules.total(SIX, Map.of("presence", 30.0, "nights", 10.0, "reports", 2.0)));
        assertEquals(40.0, ScoringRules.total(SIX, Map.of("presence", 99.0, "reports", 4.0)), "clipped to the maximum, missing is 0");
    }

    @Test
    void tiesShareARankAndTheNextRankSkips() {
        Map<String, ScoringRules.Placement> p = ScoringRules.rank(List.of(new ScoringRules.Standing("a", "g", 90),
                new ScoringRules.Standing("b", "g", 80), new ScoringRules.Standing("c", "g", 80), new ScoringRules.Standing("d", "g", 70),
                new ScoringRules.Standing("x", "other", 10)));
        assertEquals(1, p.get("a").rank());
        assertEquals(2, p.get("b").rank());
        assertEquals(2, p.get("c").rank());
        assertEquals(4, p.get("d").rank());
        assertTrue(p.get("d").last());
        assertFalse(p.get("b").last());
        assertFalse(p.get("x").last(), "alone in a group is not last");
        assertEquals(4, p.get("a").groupSize());
    }

    @Test
    void everyoneTiedAtTheBottomIsLast() {
        Map<String, ScoringRules.Placement> p = ScoringRules.rank(List.of(new ScoringRules.Standing("a", "g", 90),
                new ScoringRules.Standing("b", "g", 60), new ScoringRules.Standing("c", "g", 60)));
        assertTrue(p.get("b").last() && p.get("c").last());
        assertEquals(2, p.get("c").rank());
    }

    @Test
    void gradesComeFromTheHighestBandReached() {
        List<GradeBand> bands = List.of(new GradeBand("良", 80.0, null), new GradeBand("优", 90.0, null), new GradeBand("中", 60.0, null),
                new GradeBand("差", 0.0, null));
        assertEquals("优", ScoringRules.grade(bands, 90));
        assertEquals("良", ScoringRules.grade(bands, 89.99));
        assertEquals("差", ScoringRules.grade(bands, 12));
        assertNull(ScoringRules.grade(List.of(new GradeBand("合格", 60.0, null)), 59));
    }

    @Test
    void schemesAreCheckedAsAWhole() {
        Scheme bad = new Scheme(null, "Bad Key", "x", SubjectKind.PERSON, PeriodKind.MONTH, "430581",
                List.of(new Indicator("a", "A", 0.0, 10.0, IndicatorSource.METRIC, null), new Indicator("a", "A", 1.0, 1.0, null, null)),
                List.of(), 1, null, null);
        ValidationException e = assertThrows(ValidationException.class, () -> ScoringRules.validate(bad));
        List<String> fields = e.errors().stream().map(f -> f.field()).toList();
        assertTrue(fields.containsAll(List.of("key", "lastPlacePeriods", "indicators[0].weight", "indicators[0].metric", "indicators[1].key")),
                fields.toString());
    }

    @Test
    void periodsAreParsedAndBounded() {
        assertTrue(PeriodKind.MONTH.isValid("2026-03"));
        assertFalse(PeriodKind.MONTH.isValid("2026-13"));
        assertEquals("2026-Q1", PeriodKind.QUARTER.example());
        assertEquals(java.time.LocalDate.of(2026, 6, 30), PeriodKind.HALF_YEAR.end("2026-H1"));
        assertEquals(java.time.LocalDate.of(2026, 3, 31), PeriodKind.MONTH.end("2026-03"));
        assertEquals(java.time.LocalDate.of(2026, 1, 26), PeriodKind.WEEK.start("2026-W05"));
    }
}
