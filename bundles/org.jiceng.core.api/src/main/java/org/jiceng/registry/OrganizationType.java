package org.jiceng.registry;

/** Kind of Party organization: 党委 committee, 党工委 working committee, 党总支 general branch, 党支部 branch, 联合党支部 joint branch. */
public enum OrganizationType {
    COMMITTEE, WORKING_COMMITTEE, GENERAL_BRANCH, BRANCH, JOINT_BRANCH
}
