package org.jiceng.module.shunyi.innovationcases.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jiceng.common.RuleViolationException;
import org.jiceng.registry.JurisdictionLevel;

/** The library's rules (《顺义区党建创新案例库建设办法》), apart from storage so they are tested alone. */
final class CaseRules {
    static final String RULE_NOT_MATURE = "case-not-mature";
    static final String RULE_NOT_SUBMITTED = "case-not-submitted";
    static final String RULE_NOT_ADMITTED = "case-not-admitted";
    static final String RULE_NOT_PROMOTED = "case-not-promoted";
    static final String RULE_LOCKED = "case-locked";
    static final String RULE_OWN_UNIT = "case-own-unit";
    static final String RULE_ALREADY_ADOPTED = "case-already-adopted";
    static final String RULE_BY_DISTRICT = "library-kept-by-district";

    private CaseRules() {
    }

    /**
     * Mature (成熟) means the three parts of the principle are there: the case dissected, the class of
     * problems it solves, the mechanism it formed; a case missing one is returned, never admitted.
     */
    static void requireMature(long id, String problem, String mechanism) {
        List<String> missing = new ArrayList<>();
        if (problem == null || problem.isBlank()) {
            missing.add("the class of problems it solves (解决一类问题)");
        }
        if (mechanism == null || mechanism.isBlank()) {
            missing.add("the mechanism it formed (形成一套机制)");
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException(RULE_NOT_MATURE, "Case " + id + " is not mature: it lacks " + String.join(" and ", missing));
        }
    }

    /** A case moves on only from the state the step expects. */
    static void requireState(long id, CaseState state, CaseState expected) {
        if (state != expected) {
            String rule = switch (expected) {
                case SUBMITTED -> RULE_NOT_SUBMITTED;
                case ADMITTED -> RULE_NOT_ADMITTED;
                case PROMOTED -> RULE_NOT_PROMOTED;
                case RETURNED -> RULE_LOCKED;
            };
            throw new RuleViolationException(rule, "Case " + id + " is " + state + ", not " + expected);
        }
    }

    /** Its unit edits a case while it is submitted or returned; once admitted, the library's text is fixed. */
    static void requireEditable(long id, CaseState state) {
        if (!Set.of(CaseState.SUBMITTED, CaseState.RETURNED).contains(state)) {
            throw new RuleViolationException(RULE_LOCKED, "Case " + id + " is " + state + ": its text is the library's now");
        }
    }

    /** Promoting means to other units: the unit whose case it is does not adopt it. */
    static void requireOtherUnit(long id, String caseCode, String caseUnit, String code, String unit) {
        if (caseCode.equals(code) && caseUnit.equals(unit)) {
            throw new RuleViolationException(RULE_OWN_UNIT, "Case " + id + " is " + unit + "'s own: it is promoted to other units");
        }
    }

    /** The library is kept by the district's organization department: review, promotion and adoptions are recorded at the district. */
    static void requireDistrict(JurisdictionLevel level, String code) {
        if (level != JurisdictionLevel.COUNTY) {
            throw new RuleViolationException(RULE_BY_DISTRICT, "The case library is kept by the district: review, promote and record adoptions at "
                    + "the district, not at " + code);
        }
    }
}
