package org.jiceng.module.xingning.reservecadres.internal;

/** How a reserve is trained: on trial, shadowing the committee, in a training batch, or placed as deputy branch secretary. */
public enum TrainingKind {
    /** 试用. */
    TRIAL,
    /** 跟班学习. */
    SHADOWING,
    /** 集中培训 (a batch). */
    BATCH,
    /** 挂任村支部副书记: for outstanding reserve cadres, not for activists. */
    DEPUTY_POST
}
