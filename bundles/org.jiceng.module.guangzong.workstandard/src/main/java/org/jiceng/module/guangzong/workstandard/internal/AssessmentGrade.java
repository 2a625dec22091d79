package org.jiceng.module.guangzong.workstandard.internal;

/** Grades of a periodic assessment: 优秀, 称职, 基本称职, 不称职. */
public enum AssessmentGrade {
    EXCELLENT("优秀"), COMPETENT("称职"), BASICALLY_COMPETENT("基本称职"), INCOMPETENT("不称职");

    final String nameZh;

    AssessmentGrade(String nameZh) {
        this.nameZh = nameZh;
    }
}
