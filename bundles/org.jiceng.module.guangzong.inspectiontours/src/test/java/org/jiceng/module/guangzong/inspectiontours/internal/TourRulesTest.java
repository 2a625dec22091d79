package org.jiceng.module.guangzong.inspectiontours.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.jiceng.common.RuleViolationException;
import org.junit.jupiter.api.Test;

class TourRulesTest {
    private static RoundEntity round(int number) {
        RoundEntity r = new RoundEntity();
        r.number = number;
        r.startsOn = LocalDate.of(2025, 3, 1);
        r.endsOn = LocalDate.of(2025, 3, 31);
        r.inspectorIds = "50,51";
        return r;
    }

    private static String rule(Runnable r) {
        return assertThrows(RuleViolationException.class, r::run).rule();
    }

    @Test
    void visitsAndFindingsLieWithinTheRoundsPeriod() {
        RoundEntity r = round(1);
        TourRules.requireWithinPeriod(r, LocalDate.of(2025, 3, 1), "A visit");
        TourRules.requireWithinPeriod(r, LocalDate.of(2025, 3, 31), "A visit");
        assertEquals(TourRules.RULE_OUTSIDE_PERIOD, rule(() -> TourRules.requireWithinPeriod(r, LocalDate.of(2025, 2, 28), "A visit")));
        assertEquals(TourRules.RULE_OUTSIDE_PERIOD, rule(() -> TourRules.requireWithinPeriod(r, LocalDate.of(2025, 4, 1), "A finding")));
    }

    @Test
    void aClosedRoundTakesNothingMore() {
        RoundEntity r = round(1);
        TourRules.requireOpen(r);
        r.closedOn = LocalDate.of(2025, 4, 2);
        assertEquals(TourRules.RULE_ROUND_CLOSED, rule(() -> TourRules.requireOpen(r)));
    }

    @Test
    void aFollowUpNeedsEarlierFindings() {
        TourRules.requireSomethingToFollowUp(Mode.MOBILE, 0, "张家村");
        TourRules.requireSomethingToFollowUp(Mode.FOLLOW_UP, 3, "张家村");
        assertEquals(TourRules.RULE_NOTHING_TO_FOLLOW_UP, rule(() -> TourRules.requireSomethingToFollowUp(Mode.FOLLOW_UP, 0, "张家村")));
        assertEquals(TourRules.RULE_ALREADY_INSPECTED, rule(() -> TourRules.requireNotVisited(true, 2, "张家村")));
    }

    @Test
    void theInspectorIsOneTheRoundSends() {
        TourRules.requireInspectorOfRound(round(1), 51);
        assertEquals(TourRules.RULE_INSPECTOR_NOT_IN_ROUND, rule(() -> TourRules.requireInspectorOfRound(round(1), 52)));
    }

    @Test
    void aCheckIsAFollowUpOfTheSameUnitsEarlierFinding() {
        VisitEntity v = new VisitEntity();
        v.mode = Mode.FOLLOW_UP;
        v.unitKey = "VILLAGE:J130531100200";
        v.unitName = "张家村";
        FindingEntity f = new FindingEntity();
        f.unitKey = v.unitKey;
        TourRules.requireFollowUpOf(v, 4, f, 1);
        assertEquals(TourRules.RULE_NOT_AN_EARLIER_FINDING, rule(() -> TourRules.requireFollowUpOf(v, 1, f, 1)));
        f.unitKey = "VILLAGE:J130531100201";
        assertEquals(TourRules.RULE_NOT_AN_EARLIER_FINDING, rule(() -> TourRules.requireFollowUpOf(v, 4, f, 1)));
        v.mode = Mode.SPARROW;
        assertEquals(TourRules.RULE_NOT_A_FOLLOW_UP, rule(() -> TourRules.requireFollowUpOf(v, 4, f, 1)));
    }

    @Test
    void aRoundClosesOnceEveryFindingIsVerified() {
        TourRules.requireAllVerified(1, 0);
        assertEquals(TourRules.RULE_FINDINGS_NOT_VERIFIED, rule(() -> TourRules.requireAllVerified(1, 2)));
    }
}
