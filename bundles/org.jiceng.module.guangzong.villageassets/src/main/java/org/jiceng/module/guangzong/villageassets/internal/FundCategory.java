package org.jiceng.module.guangzong.villageassets.internal;

/**
 * The categories of the county's measures for village operating funds (《村级组织运转经费使用管理暂行办法》):
 * those a fund's scope of use may name, and those the measures forbid everywhere. The seed names the
 * measures, not their list; these are the module's reading of what such measures commonly allow.
 */
public enum FundCategory {
    OFFICE("办公费", true), UTILITIES("水电取暖费", true), ORGANIZATION_ACTIVITIES("组织活动经费", true), MEMBER_EDUCATION("党员教育培训",
            true), VENUE_MAINTENANCE("活动场所维护", true), PUBLIC_SERVICE("便民服务", true),
    /** Forbidden: entertaining guests (招待费). */
    HOSPITALITY("接待招待费", false),
    /** Forbidden: gifts and allowances handed out (发放福利、礼品). */
    GIFTS("发放福利礼品", false);

    private final String nameZh;
    private final boolean allowable;

    FundCategory(String nameZh, boolean allowable) {
        this.nameZh = nameZh;
        this.allowable = allowable;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Whether a fund's scope of use may name it at all. */
    public boolean allowable() {
        return allowable;
    }
}
