package org.jiceng.module.shunyi.supervision.internal;

import java.util.List;

import org.jiceng.procedure.ProcedureDefinition;
import org.jiceng.procedure.StepDefinition;

/**
 * The two procedures of 顺义's rules, as definitions of the procedure engine: guidance (《党建工作督导办法》,
 * six steps) and inspection (《党建工作督查办法》, five steps). Findings are recorded from the step where
 * the team is at work until the revisit, which may pass only once every finding is re-checked.
 */
public enum Kind {
    GUIDANCE("督导", "shunyi-supervision-guidance", "党建工作督导", List.of(
            new StepDefinition("open", "立项督导", "督导立项(对象、事项、督导组)", List.of(), null, 10),
            new StepDefinition("plan", "确定方案", "督导方案", List.of(), null, 10),
            new StepDefinition("conduct", "开展督导", "督导记录", List.of(), null, 30),
            new StepDefinition("feedback", "反馈意见", "反馈意见书", List.of(), null, 10),
            new StepDefinition("revisit", "问题回访", "回访记录", List.of(), null, 60),
            new StepDefinition("summary", "总结情况", "督导总结", List.of(), null, 15)), "conduct",
            "revisit"), INSPECTION("督查", "shunyi-supervision-inspection", "党建工作督查", List.of(
                    new StepDefinition("itemize", "分解立项", "督查立项(任务分解)", List.of(), null, 10),
                    new StepDefinition("ledger", "台账督办", "督办台账", List.of(), null, 30),
                    new StepDefinition("report", "督查报告", "督查报告", List.of(), null, 10),
                    new StepDefinition("chase", "督查催报", "催报记录", List.of(), null, 15),
                    new StepDefinition("recheck", "回访复核", "复核记录", List.of(), null, 30)), "ledger", "recheck");

    private final String zh;
    private final String definitionKey;
    private final String definitionName;
    private final List<StepDefinition> steps;
    private final String findingsFrom;
    private final String recheck;

    Kind(String zh, String definitionKey, String definitionName, List<StepDefinition> steps, String findingsFrom, String recheck) {
        this.zh = zh;
        this.definitionKey = definitionKey;
        this.definitionName = definitionName;
        this.steps = steps;
        this.findingsFrom = findingsFrom;
        this.recheck = recheck;
    }

    public String zh() {
        return zh;
    }

    String definitionKey() {
        return definitionKey;
    }

    List<StepDefinition> steps() {
        return steps;
    }

    ProcedureDefinition definition() {
        return new ProcedureDefinition(null, definitionKey, null, definitionName, Store.MODULE_ID, steps, null);
    }

    /** The index of a step of this kind, or -1. */
    int indexOf(String stepKey) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).key().equals(stepKey)) {
                return i;
            }
        }
        return -1;
    }

    /** The step from which the team records findings (开展督导, 台账督办). */
    String findingsFrom() {
        return findingsFrom;
    }

    /** The step that re-checks the findings (问题回访, 回访复核): findings are recorded until it is done, and it passes once all are verified. */
    String recheck() {
        return recheck;
    }
}
