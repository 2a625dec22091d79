package org.jiceng.module.xingning.towncongress.internal;

/** 满意 / 基本满意 / 不满意. */
public enum Rating {
    SATISFIED, BASICALLY_SATISFIED, DISSATISFIED
}
