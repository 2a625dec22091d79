package org.jiceng.module.shunyi.twonew.internal;

/** The post a reserve talent is kept for. */
public enum IntendedPost {
    /** 村党组织书记. */
    VILLAGE_SECRETARY,
    /** 社区党组织书记. */
    COMMUNITY_SECRETARY,
    /** 村、社区"两委"委员. */
    COMMITTEE_MEMBER
}
