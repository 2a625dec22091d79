package org.jiceng.module.xiajiang.threemembers.internal;

/** How a member was selected (选派方式). */
public enum SelectionChannel {
    /** 个人报名与组织推荐相结合: organs' commissioners (and supervisors). */
    APPLICATION_WITH_RECOMMENDATION,
    /** 统一派驻: two-new organizations' instructors (and supervisors). */
    UNIFIED_DISPATCH,
    /** 社会化招聘: two-new organizations' instructors. */
    SOCIAL_RECRUITMENT
}
