package org.jiceng.module.xingning.leaderlinkage.internal;

/** A periodic check: the leader's own visit (走访调研) or an inspection organized by the city (督促检查). */
public enum CheckKind {
    VISIT("走访调研"), INSPECTION("督促检查");

    private final String zh;

    CheckKind(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
