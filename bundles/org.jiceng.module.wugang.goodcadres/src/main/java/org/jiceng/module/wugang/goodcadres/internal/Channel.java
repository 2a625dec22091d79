package org.jiceng.module.wugang.goodcadres.internal;

/** The four ways a candidate is put forward (四种民主推荐方式). */
public enum Channel {
    /** 单位推荐 */
    UNIT("单位推荐"),
    /** 个人推荐 */
    INDIVIDUAL("个人推荐"),
    /** 社会推荐 */
    PUBLIC("社会推荐"),
    /** 本人自荐: the nominee is the nominator. */
    SELF("本人自荐");

    private final String nameZh;

    Channel(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
