package org.jiceng.module.shunyi.supervision.internal;

import org.jiceng.common.RuleViolationException;

/** The rules of the supervision and inspection procedures the module adds to the engines', apart from storage so they are tested alone. */
final class SupervisionRules {
    static final String RULE_FINDINGS_CLOSED = "findings-closed";
    static final String RULE_FINDINGS_NOT_VERIFIED = "findings-not-rechecked";
    static final String RULE_FINDING_NOT_RECTIFIED = "finding-not-rectified";

    private SupervisionRules() {
    }

    /**
     * A team records findings while it is at work: from the step where it works (开展督导, 台账督办)
     * until the revisit is done. {@code current} is the index of the instance's open step (the number
     * of steps once it is completed).
     */
    static void requireFindingsOpen(Kind kind, int current) {
        int from = kind.indexOf(kind.findingsFrom());
        int until = kind.indexOf(kind.recheck());
        if (current < from || current > until) {
            throw new RuleViolationException(RULE_FINDINGS_CLOSED, "A " + kind.zh() + " item records findings from its step "
                    + kind.steps().get(from).name() + " until " + kind.steps().get(until).name() + " is done; this one is "
                    + (current < from ? "not there yet" : "past it"));
        }
    }

    /** The revisit (问题回访, 回访复核) passes once every finding is re-checked and verified on the problems engine. */
    static void requireRechecked(Kind kind, String stepKey, long unverified) {
        if (stepKey.equals(kind.recheck()) && unverified > 0) {
            throw new RuleViolationException(RULE_FINDINGS_NOT_VERIFIED, unverified + " finding(s) of the item are not verified yet: "
                    + kind.steps().get(kind.indexOf(stepKey)).name() + " passes once every finding is rectified and re-checked");
        }
    }
}
