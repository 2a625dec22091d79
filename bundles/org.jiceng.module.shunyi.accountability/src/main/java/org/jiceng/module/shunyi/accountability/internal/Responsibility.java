package org.jiceng.module.shunyi.accountability.internal;

/** Who answers (追究对象): every holder of Party-building duty the rules name. */
public enum Responsibility {
    /** 领导小组 (answered by the person named for it). */
    LEADING_GROUP("领导小组"),
    /** 领导小组负责人. */
    LEADING_GROUP_HEAD("领导小组负责人"),
    /** 领导小组成员单位 (answered by its head). */
    MEMBER_UNIT("领导小组成员单位"),
    /** 领导班子主要负责人. */
    TEAM_PRINCIPAL("领导班子主要负责人");

    private final String zh;

    Responsibility(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
