package org.jiceng.module.shunyi.twonew.internal;

/** How the Party covers a unit (党组织覆盖方式). */
public enum Coverage {
    /** 单独组建: an organization of its own, which needs three full members. */
    OWN("单独组建"),
    /** 联合组建: a joint organization (联合党支部) with other units of the area or trade. */
    JOINT("联合组建"),
    /** Not covered yet (未覆盖). */
    NONE("未覆盖");

    private final String zh;

    Coverage(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
