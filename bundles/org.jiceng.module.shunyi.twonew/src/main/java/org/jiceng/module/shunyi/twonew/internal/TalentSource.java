package org.jiceng.module.shunyi.twonew.internal;

/** Where a reserve talent comes from (the district's 选派 pools, and the villages' and two-new organizations' own people). */
public enum TalentSource {
    /** 党政机关. */
    PARTY_AND_GOVERNMENT_ORGAN,
    /** 事业单位. */
    PUBLIC_INSTITUTION,
    /** 区属国企. */
    STATE_ENTERPRISE,
    /** 村、社区 (returned graduates, young members of the village). */
    VILLAGE_OR_COMMUNITY,
    /** 两新组织. */
    TWO_NEW_ORGANIZATION
}
