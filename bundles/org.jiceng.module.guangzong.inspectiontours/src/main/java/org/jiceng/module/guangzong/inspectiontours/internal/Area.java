package org.jiceng.module.guangzong.inspectiontours.internal;

/** What the inspection looks at, the six problem areas of the county's rules (seed 000, 真督实查). */
public enum Area {
    RESPONSIBILITY("党建责任意识淡化"), LEADERSHIP("班子领导力弱化"), VENUE("党组织阵地不达标"), ORGANIZATIONAL_LIFE("组织生活不规范"), MEMBERS_ROLE("党员作用发挥不到位"), SYSTEMS(
            "相关制度落实不到位");

    private final String zh;

    Area(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
