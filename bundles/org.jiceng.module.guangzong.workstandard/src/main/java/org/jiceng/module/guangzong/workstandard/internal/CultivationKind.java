package org.jiceng.module.guangzong.workstandard.internal;

/** Cultivation (培养): a training course (培训), or a practice post (实践锻炼: 基层一线、重点项目、信访维稳、乡村振兴 …). */
public enum CultivationKind {
    TRAINING, PRACTICE_POST
}
