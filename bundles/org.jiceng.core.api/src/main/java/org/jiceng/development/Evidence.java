package org.jiceng.development;

/** Records a development step needs on file. */
public enum Evidence {
    /** 入党申请书 */
    APPLICATION_LETTER,
    /** 谈话 (talk with the applicant) */
    TALK,
    /** 培养教育考察 (training and observation) */
    TRAINING,
    /** 推荐 (recommendation by members or the masses) */
    RECOMMENDATION,
    /** 政治审查 */
    POLITICAL_REVIEW,
    /** 公示 */
    PUBLIC_NOTICE,
    /** 支部大会决议 */
    BRANCH_RESOLUTION,
    /** 上级党委审批 */
    HIGHER_APPROVAL,
    /** 入党宣誓 */
    OATH,
    /** 转正申请 */
    CONVERSION_APPLICATION
}
