package org.jiceng.module.guangzong.studytraining.internal;

/** A training batch is planned (members enrolled) until its attendance is recorded. */
public enum BatchStatus {
    PLANNED, HELD
}
