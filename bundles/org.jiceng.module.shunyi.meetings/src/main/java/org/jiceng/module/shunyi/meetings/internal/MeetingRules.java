package org.jiceng.module.shunyi.meetings.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.jiceng.common.RuleViolationException;
import org.jiceng.procedure.ProcedureDefinition;
import org.jiceng.procedure.StepDefinition;

/** The chain's and 四上四下's procedures and the rules the module adds to the engine's, apart from storage so they are tested alone. */
final class MeetingRules {
    static final String RULE_KEPT_BY_COUNTY = "meetings-kept-by-county";
    static final String RULE_HELD = "meeting-already-held";
    static final String RULE_NOT_HELD = "meeting-not-held";
    static final String RULE_NOT_OF_STEP = "meeting-not-of-step";
    static final String RULE_BEFORE_MATTER = "meeting-before-step";
    static final String RULE_ROUNDS_INCOMPLETE = "four-ups-four-downs-incomplete";

    static final String CHAIN_KEY = "shunyi-meeting-chain";
    static final String ROUNDS_KEY = "shunyi-four-ups-four-downs";
    static final String SUBJECT_TYPE = "SHUNYI_MATTER";

    /** The chain: a step per meeting, its record the meeting's conclusion on the matter. */
    static final ProcedureDefinition CHAIN = new ProcedureDefinition(null, CHAIN_KEY, null, "党建工作会议机制", Store.MODULE_ID,
            Arrays.stream(MeetingKind.values()).map(k -> new StepDefinition(k.stepKey(), k.zh(), k.zh() + "议定事项", List.of(), null, null)).toList(),
            null);

    /** 四上四下: the matter goes up (问题, 进展, 考核成果, 经验) and down (部署, 督导, 结果运用, 推广) four times. */
    static final ProcedureDefinition ROUNDS = new ProcedureDefinition(null, ROUNDS_KEY, null, "四上四下工作法", Store.MODULE_ID, List.of(
            new StepDefinition("up-1", "一上: 调查研究,问题上得来", "调研报告", List.of(), null, null),
            new StepDefinition("down-1", "一下: 部署下得去", "部署文件", List.of(), null, null),
            new StepDefinition("up-2", "二上: 进展反馈上得来", "进展情况报告", List.of(), null, null),
            new StepDefinition("down-2", "二下: 任务督导下得去", "督导安排", List.of(), null, null),
            new StepDefinition("up-3", "三上: 督查考核成果上得来", "督查考核结果", List.of(), null, null),
            new StepDefinition("down-3", "三下: 考核结果运用、压力传导下去", "结果运用决定", List.of(), null, null),
            new StepDefinition("up-4", "四上: 经验典型总结上来", "经验总结", List.of(), null, null),
            new StepDefinition("down-4", "四下: 工作模式推广下去", "推广方案", List.of(), null, null)), null);

    private MeetingRules() {
    }

    static void requirePlanned(long id, MeetingState state) {
        if (state != MeetingState.PLANNED) {
            throw new RuleViolationException(RULE_HELD, "Meeting " + id + " is held already: its minutes are kept as recorded");
        }
    }

    /**
     * A matter passes a step of the chain at a held meeting of that step's kind, not before the step
     * before it was passed; the standing committee decides only after the matter went up and down four
     * times.
     */
    static void requireMeetingFits(String stepKey, MeetingKind kind, MeetingState state, LocalDate heldOn, LocalDate previousStep,
            boolean roundsComplete) {
        MeetingKind wanted = MeetingKind.ofStep(stepKey);
        if (wanted != kind) {
            throw new RuleViolationException(RULE_NOT_OF_STEP,
                    "The step " + (wanted == null ? stepKey : wanted.zh()) + " is passed at a " + (wanted == null
                            ? "meeting of its kind"
                            : wanted.zh()) + ", not at a " + kind.zh());
        }
        if (state != MeetingState.HELD) {
            throw new RuleViolationException(RULE_NOT_HELD, "The " + kind.zh() + " is not held yet: a matter passes a meeting that was held");
        }
        if (previousStep != null && heldOn.isBefore(previousStep)) {
            throw new RuleViolationException(RULE_BEFORE_MATTER,
                    "The " + kind.zh() + " was held on " + heldOn + ", before the matter's previous step ("
                            + previousStep + ")");
        }
        if (kind == MeetingKind.STANDING_COMMITTEE && !roundsComplete) {
            throw new RuleViolationException(RULE_ROUNDS_INCOMPLETE,
                    "The standing committee decides a matter after it went up and down four times (四上四下)");
        }
    }
}
