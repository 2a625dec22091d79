package org.jiceng.module.wugang.standingdelegates.internal;

/** What delegates do together: the studio's activity day, a research or inspection visit, a city committee meeting attended. */
public enum DutyKind {
    /** 党代表活动日: held by a studio; the roll lists every delegate of the studio, present or absent. */
    ACTIVITY_DAY("党代表活动日"),
    /** 调研: a research visit, with its report. */
    RESEARCH("调研"),
    /** 视察: an inspection visit, with its report. */
    INSPECTION("视察"),
    /** 列席: an important meeting of the city committee attended. */
    MEETING("列席市委会议");

    private final String nameZh;

    DutyKind(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** A visit is only on record with its report (调研报告, 视察报告). */
    boolean needsReport() {
        return this == RESEARCH || this == INSPECTION;
    }

    /** Everything but a committee meeting is organized by a studio from its own delegates. */
    boolean byStudio() {
        return this != MEETING;
    }
}
