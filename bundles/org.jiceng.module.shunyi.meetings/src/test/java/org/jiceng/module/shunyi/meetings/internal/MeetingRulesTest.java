package org.jiceng.module.shunyi.meetings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.common.RuleViolationException;
import org.jiceng.procedure.StepDefinition;
import org.junit.jupiter.api.Test;

class MeetingRulesTest {
    private static final LocalDate DAY = LocalDate.of(2017, 5, 10);

    @Test
    void theChainRunsFromTheTopicMeetingToTheAnnualSummaryAndTheRoundsGoUpAndDownFourTimes() {
        assertEquals(List.of("专题会", "督查分析会", "领导小组会", "区委常委会", "年度总结会"), MeetingRules.CHAIN.steps().stream().map(StepDefinition::name).toList());
        assertEquals(List.of("up-1", "down-1", "up-2", "down-2", "up-3", "down-3", "up-4", "down-4"),
                MeetingRules.ROUNDS.steps().stream().map(StepDefinition::key).toList());
    }

    @Test
    void aStepIsPassedAtAHeldMeetingOfItsKindNotBeforeThePreviousStep() {
        MeetingRules.requireMeetingFits("topic", MeetingKind.TOPIC, MeetingState.HELD, DAY, DAY, false);
        assertEquals(MeetingRules.RULE_NOT_OF_STEP,
                rule(() -> MeetingRules.requireMeetingFits("topic", MeetingKind.ANALYSIS, MeetingState.HELD, DAY, null,
                        false)));
        assertEquals(MeetingRules.RULE_NOT_HELD,
                rule(() -> MeetingRules.requireMeetingFits("topic", MeetingKind.TOPIC, MeetingState.PLANNED, null, null,
                        false)));
        assertEquals(MeetingRules.RULE_BEFORE_MATTER, rule(() -> MeetingRules.requireMeetingFits("analysis", MeetingKind.ANALYSIS, MeetingState.HELD,
                DAY.minusDays(1), DAY, false)));
    }

    @Test
    void theStandingCommitteeDecidesAfterFourUpsAndDowns() {
        assertEquals(MeetingRules.RULE_ROUNDS_INCOMPLETE,
                rule(() -> MeetingRules.requireMeetingFits("standing-committee", MeetingKind.STANDING_COMMITTEE,
                        MeetingState.HELD, DAY, DAY, false)));
        MeetingRules.requireMeetingFits("standing-committee", MeetingKind.STANDING_COMMITTEE, MeetingState.HELD, DAY, DAY, true);
    }

    private static String rule(Runnable r) {
        return assertThrows(RuleViolationException.class, r::run).rule();
    }
}
