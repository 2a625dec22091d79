package org.jiceng.module.shunyi.supervision.internal;

/** The two levels of supervision teams (区-处两级督导组): led by district-level or division-level cadres. */
public enum Team {
    DISTRICT("区级督导组"), DIVISION("处级督导组");

    private final String zh;

    Team(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
