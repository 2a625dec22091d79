package org.jiceng.module.wugang.serviceday.internal;

/** The resident's rating of the handling, asked once the result is known. */
public enum Satisfaction {
    /** 满意. */
    SATISFIED,
    /** 基本满意. */
    BASICALLY_SATISFIED,
    /** 不满意. */
    DISSATISFIED
}
