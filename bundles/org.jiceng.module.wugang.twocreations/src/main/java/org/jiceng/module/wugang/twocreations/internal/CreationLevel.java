package org.jiceng.module.wugang.twocreations.internal;

/** The two creations: a branch is first accepted as standardized, and only then may become a model branch. */
public enum CreationLevel {
    /** 标准化党支部: 4 aspects, 13 acceptance criteria. */
    STANDARDIZED("标准化党支部"),
    /** 示范化党支部: 6 more aspects, 25 criteria, on top of being standardized. */
    MODEL("示范化党支部");

    private final String nameZh;

    CreationLevel(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
