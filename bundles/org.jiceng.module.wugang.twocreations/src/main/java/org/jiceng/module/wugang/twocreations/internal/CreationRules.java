package org.jiceng.module.wugang.twocreations.internal;

import java.util.Objects;
import java.util.Set;

import org.jiceng.common.RuleViolationException;
import org.jiceng.registry.OrganizationType;

/**
 * 武冈's rules for the two creations, as plain checks over values. The order of the work is the
 * seed's: a branch applies, checks itself against the criteria, is inspected by the discipline and
 * organization committee member of another township (各乡镇纪检组织委员交叉检查), and the county
 * accepts it; a model branch is built on a standardized one (在标准化党支部的基础上).
 */
final class CreationRules {
    static final String NOT_A_BRANCH = "application-not-a-branch";
    static final String DUPLICATE = "application-duplicate";
    static final String MODEL_REQUIRES_STANDARDIZED = "model-requires-standardized";
    static final String SELF_CHECK_CLOSED = "self-check-closed";
    static final String CROSS_BEFORE_SELF_CHECK = "cross-inspection-before-self-check";
    static final String CROSS_SELF_CHECK_FAILED = "cross-inspection-self-check-failed";
    static final String CROSS_SAME_TOWNSHIP = "cross-inspection-same-township";
    static final String CROSS_OUTSIDE_COUNTY = "cross-inspection-outside-county";
    static final String CROSS_DONE = "cross-inspection-done";
    static final String ACCEPTANCE_BEFORE_SELF_CHECK = "acceptance-before-self-check";
    static final String ACCEPTANCE_BEFORE_CROSS = "acceptance-before-cross-inspection";
    static final String ACCEPTANCE_CROSS_FAILED = "acceptance-cross-inspection-failed";
    static final String ACCEPTANCE_DECIDED = "acceptance-already-decided";
    static final String ACCEPTANCE_BY_COUNTY = "acceptance-by-county";

    /** Party committees and working committees lead the creation; the branches are what is created. */
    private static final Set<OrganizationType> BRANCHES = Set.of(OrganizationType.BRANCH, OrganizationType.GENERAL_BRANCH,
            OrganizationType.JOINT_BRANCH);

    private CreationRules() {
    }

    static void checkApplicant(OrganizationType type, String name) {
        if (!BRANCHES.contains(type)) {
            throw new RuleViolationException(NOT_A_BRANCH, name + " is a " + type + ": only branches (党支部, 党总支, 联合党支部) apply for the two creations");
        }
    }

    /** @param alreadyApplied an application of the branch for the level and year exists */
    static void checkNotApplied(boolean alreadyApplied, CreationLevel level, int year) {
        if (alreadyApplied) {
            throw new RuleViolationException(DUPLICATE,
                    "The branch has already applied for " + level + " in " + year + ": one application a level a year");
        }
    }

    /** @param standardizedSince the earliest year the branch was accepted as standardized, or null */
    static void checkModelBuildsOnStandardized(CreationLevel level, Integer standardizedSince, int year) {
        if (level == CreationLevel.MODEL && (standardizedSince == null || standardizedSince > year)) {
            throw new RuleViolationException(MODEL_REQUIRES_STANDARDIZED,
                    "A model branch is built on a standardized one: the branch has no accepted standardized application in " + year + " or before");
        }
    }

    /** A self-check may be repeated (after rectification) until the cross-inspection has been done. */
    static void checkSelfCheckOpen(Stage stage) {
        if (stage != Stage.APPLIED && stage != Stage.SELF_CHECKED) {
            throw new RuleViolationException(SELF_CHECK_CLOSED, "The application is " + stage + ": self-checks end with the cross-inspection");
        }
    }

    /**
     * @param branchTownship    the township the branch lies in (null for a county organ's branch)
     * @param inspectorTownship the township whose inspector inspects
     * @param inspectorCounty   the county that township lies in
     */
    static void checkCrossInspection(Stage stage, Boolean selfCheckPassed, String branchTownship, String inspectorTownship, String inspectorCounty,
            String branchCounty) {
        if (stage == Stage.APPLIED) {
            throw new RuleViolationException(CROSS_BEFORE_SELF_CHECK,
                    "The branch has not checked itself yet: the self-check comes before the cross-inspection");
        }
        if (stage != Stage.SELF_CHECKED) {
            throw new RuleViolationException(CROSS_DONE, "The application is " + stage + ": it has been cross-inspected already");
        }
        if (!Boolean.TRUE.equals(selfCheckPassed)) {
            throw new RuleViolationException(CROSS_SELF_CHECK_FAILED,
                    "The branch's latest self-check did not pass: it rectifies and checks itself again before it is inspected");
        }
        if (!Objects.equals(inspectorCounty, branchCounty)) {
            throw new RuleViolationException(CROSS_OUTSIDE_COUNTY,
                    "The inspector's township " + inspectorTownship + " is not in the branch's county " + branchCounty);
        }
        if (inspectorTownship.equals(branchTownship)) {
            throw new RuleViolationException(CROSS_SAME_TOWNSHIP,
                    "A cross-inspection is made by another township's inspector, not by " + inspectorTownship + " where the branch lies");
        }
    }

    /** @param countyLevel the decision is taken in a county-level jurisdiction's scope */
    static void checkAcceptance(Stage stage, Boolean crossPassed, boolean approve, boolean countyLevel) {
        if (stage.decided()) {
            throw new RuleViolationException(ACCEPTANCE_DECIDED, "The application was already decided: " + stage);
        }
        if (stage == Stage.APPLIED) {
            throw new RuleViolationException(ACCEPTANCE_BEFORE_SELF_CHECK,
                    "The branch has not checked itself yet: acceptance comes after the self-check");
        }
        if (stage == Stage.SELF_CHECKED) {
            throw new RuleViolationException(ACCEPTANCE_BEFORE_CROSS, "The branch has not been cross-inspected yet: acceptance comes after it");
        }
        if (!countyLevel) {
            throw new RuleViolationException(ACCEPTANCE_BY_COUNTY,
                    "Acceptance (验收) is the county's decision: take it in the county's scope, not a township's or a village's");
        }
        if (approve && !Boolean.TRUE.equals(crossPassed)) {
            throw new RuleViolationException(ACCEPTANCE_CROSS_FAILED, "The cross-inspection did not pass: the branch cannot be accepted this year");
        }
    }
}
