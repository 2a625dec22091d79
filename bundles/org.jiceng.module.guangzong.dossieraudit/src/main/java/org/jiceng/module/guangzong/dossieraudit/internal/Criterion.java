package org.jiceng.module.guangzong.dossieraudit.internal;

/** The four things a dossier must be (档案真实、准确、完整、规范). */
public enum Criterion {
    /** 真实: nothing forged or made up after the fact. */
    TRUE("真实"),
    /** 准确: names, dates and figures agree with each other and with the events. */
    ACCURATE("准确"),
    /** 完整: every record of every step is on file. */
    COMPLETE("完整"),
    /** 规范: filled in and signed as the rules say. */
    REGULAR("规范");

    private final String nameZh;

    Criterion(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
