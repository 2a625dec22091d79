package org.jiceng.module.shunyi.innovationcases.internal;

/** The field of Party-building work a case belongs to. */
public enum CaseArea {
    /** 组织生活与组织建设. */
    ORGANIZATION_BUILDING,
    /** 干部队伍与人才. */
    CADRES_AND_TALENT,
    /** 两新组织. */
    TWO_NEW_ORGANIZATIONS,
    /** 农村与社区治理. */
    VILLAGES_AND_COMMUNITIES,
    /** 督查考核与责任追究. */
    SUPERVISION_AND_ACCOUNTABILITY,
    /** 精准帮扶与民生. */
    PEOPLES_LIVELIHOOD, OTHER
}
