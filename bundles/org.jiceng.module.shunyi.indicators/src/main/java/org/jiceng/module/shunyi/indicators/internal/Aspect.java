package org.jiceng.module.shunyi.indicators.internal;

/** The three aspects the indicator system divides Party-building work into (3个方面). */
public enum Aspect {
    LEADERSHIP("党的领导"), BUILDING("党的建设"), WORK("党的工作");

    private final String zh;

    Aspect(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
