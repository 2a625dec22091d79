package org.jiceng.registry;

/** The five stages of member development (发展党员): 入党申请人 applicant → 入党积极分子 activist → 发展对象 candidate → 预备党员 probationary → 正式党员 full. */
public enum MemberStage {
    APPLICANT, ACTIVIST, CANDIDATE, PROBATIONARY, FULL
}
