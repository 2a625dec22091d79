package org.jiceng.module.guangzong.inspectiontours.internal;

/** How a unit is inspected: 机动式 (a mobile special inspection), 麻雀式 (one unit dissected in depth), 跟踪式 (a follow-up of earlier rectification). */
public enum Mode {
    MOBILE("机动式专项巡察"), SPARROW("麻雀式解剖巡察"), FOLLOW_UP("跟踪式整改巡察");

    private final String zh;

    Mode(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
