package org.jiceng.orglife;

/** The kinds of organizational life a branch files and records. */
public enum ActivityType {
    /** 支部党员大会 */
    BRANCH_MEMBER_MEETING("支部党员大会"),
    /** 支委会 */
    COMMITTEE_MEETING("支委会"),
    /** 党小组会 */
    GROUP_MEETING("党小组会"),
    /** 党课 */
    PARTY_LESSON("党课"),
    /** 主题党日, on a fixed day each month */
    THEMED_PARTY_DAY("主题党日"),
    /** 组织生活会 */
    ORGANIZATIONAL_LIFE_MEETING("组织生活会"),
    /** 民主评议党员 */
    DEMOCRATIC_EVALUATION("民主评议党员"),
    /** 志愿服务 */
    VOLUNTEERING("志愿服务");

    private final String nameZh;

    ActivityType(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
