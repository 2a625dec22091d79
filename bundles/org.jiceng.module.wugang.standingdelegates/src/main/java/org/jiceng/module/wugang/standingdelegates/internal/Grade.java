package org.jiceng.module.wugang.standingdelegates.internal;

/** The grades of the yearly democratic evaluation (民主评议). */
public enum Grade {
    EXCELLENT("优秀"), COMPETENT("称职"), BASICALLY_COMPETENT("基本称职"), INCOMPETENT("不称职");

    private final String nameZh;

    Grade(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
