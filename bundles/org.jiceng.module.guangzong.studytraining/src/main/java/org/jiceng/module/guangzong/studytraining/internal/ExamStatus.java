package org.jiceng.module.guangzong.studytraining.internal;

/** An exam takes scores while open; closing it fixes the ranking and allows the selection. */
public enum ExamStatus {
    OPEN, CLOSED
}
