package org.jiceng.module.shunyi.indicators.internal;

/** Where a task, a milestone or a project stands: done by its day, done late, due, or slipping (its day passed, not done). */
public enum Progress {
    DONE("按期完成"), DONE_LATE("逾期完成"), DUE("推进中"), SLIPPING("滞后");

    private final String zh;

    Progress(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    boolean done() {
        return this == DONE || this == DONE_LATE;
    }
}
