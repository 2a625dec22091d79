package org.jiceng.module.xiajiang.threemembers.internal;

/** What the year-end assessment entails: 通报表扬 commendation, 约谈提醒和通报批评 criticism, or neither. */
public enum Outcome {
    COMMENDED, CRITICIZED, NONE
}
