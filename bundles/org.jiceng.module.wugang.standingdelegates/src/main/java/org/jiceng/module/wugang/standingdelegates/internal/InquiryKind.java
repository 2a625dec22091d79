package org.jiceng.module.wugang.standingdelegates.internal;

/** 询问 (an inquiry) or 质询 (a formal questioning) addressed to a unit. */
public enum InquiryKind {
    INQUIRY, QUESTIONING
}
