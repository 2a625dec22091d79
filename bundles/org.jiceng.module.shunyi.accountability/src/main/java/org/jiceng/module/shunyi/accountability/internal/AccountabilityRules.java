package org.jiceng.module.shunyi.accountability.internal;

import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;

/** The rules of 《党建工作责任追究办法》 the module enforces, apart from storage so they are tested alone. */
final class AccountabilityRules {
    static final String RULE_NOT_IN_CATALOGUE = "behaviour-not-in-catalogue";
    static final String RULE_DECIDED = "case-already-decided";
    static final String RULE_CATALOGUE_BY_COUNTY = "catalogue-kept-by-county";
    static final String RULE_CODE_TAKEN = "catalogue-code-taken";

    private AccountabilityRules() {
    }

    /** A case is decided once: with a penalty (失责必问), or closed without liability and the reason said. */
    static void requireDecision(CaseState state, Penalty penalty, String note) {
        if (state == null || state == CaseState.OPEN) {
            throw new ValidationException("state", "must be DECIDED or DISMISSED");
        }
        if (state == CaseState.DECIDED && penalty == null) {
            throw new ValidationException("penalty", "is required to decide a case");
        }
        if (state == CaseState.DISMISSED && penalty != null) {
            throw new ValidationException("penalty", "must be empty when the case is closed without liability");
        }
        if (state == CaseState.DISMISSED && (note == null || note.isBlank())) {
            throw new ValidationException("note", "is required to close a case without liability: say why");
        }
    }

    static void requireOpen(long id, CaseState state) {
        if (state != CaseState.OPEN) {
            throw new RuleViolationException(RULE_DECIDED, "Accountability case " + id + " is " + state + " already");
        }
    }

    /** A behaviour's code starts with its class's ("03-02" is in class "03"). */
    static void requireBehaviourOfClass(String classCode, String behaviourCode) {
        if (!behaviourCode.startsWith(classCode + "-") || behaviourCode.length() == classCode.length() + 1) {
            throw new ValidationException("code", "must be the class's code, a dash and the behaviour's number (" + classCode + "-01)");
        }
    }
}
