package org.jiceng.module.shunyi.supervision.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.jiceng.common.RuleViolationException;
import org.jiceng.procedure.StepDefinition;
import org.junit.jupiter.api.Test;

class SupervisionRulesTest {
    @Test
    void theProceduresHaveTheStepsOfTheRules() {
        assertEquals(List.of("立项督导", "确定方案", "开展督导", "反馈意见", "问题回访", "总结情况"), Kind.GUIDANCE.steps().stream().map(StepDefinition::name).toList());
        assertEquals(List.of("分解立项", "台账督办", "督查报告", "督查催报", "回访复核"), Kind.INSPECTION.steps().stream().map(StepDefinition::name).toList());
        for (Kind k : Kind.values()) {
            assertEquals(true, k.indexOf(k.findingsFrom()) < k.indexOf(k.recheck()), k.name());
        }
    }

    @Test
    void findingsAreRecordedFromTheWorkingStepUntilTheRevisitIsDone() {
        // guidance: 开展督导 (2) … 问题回访 (4)
        assertEquals(SupervisionRules.RULE_FINDINGS_CLOSED,
                assertThrows(RuleViolationException.class, () -> SupervisionRules.requireFindingsOpen(Kind.GUIDANCE, 1)).rule());
        SupervisionRules.requireFindingsOpen(Kind.GUIDANCE, 2);
        SupervisionRules.requireFindingsOpen(Kind.GUIDANCE, 4);
        assertThrows(RuleViolationException.class, () -> SupervisionRules.requireFindingsOpen(Kind.GUIDANCE, 5));
        // inspection: 台账督办 (1) … 回访复核 (4); completed (5) is past it
        SupervisionRules.requireFindingsOpen(Kind.INSPECTION, 1);
        assertThrows(RuleViolationException.class, () -> SupervisionRules.requireFindingsOpen(Kind.INSPECTION, 5));
    }

    @Test
    void theRevisitPassesOnceEveryFindingIsVerified() {
        SupervisionRules.requireRechecked(Kind.GUIDANCE, "revisit", 0);
        SupervisionRules.requireRechecked(Kind.GUIDANCE, "feedback", 3);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> SupervisionRules.requireRechecked(Kind.INSPECTION, "recheck", 2));
        assertEquals(SupervisionRules.RULE_FINDINGS_NOT_VERIFIED, e.rule());
    }
}
