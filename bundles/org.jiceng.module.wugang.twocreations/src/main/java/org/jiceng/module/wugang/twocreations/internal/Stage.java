package org.jiceng.module.wugang.twocreations.internal;

/** Where an application stands: applied (申报), self-checked (自查), cross-inspected (交叉检查), then the county's acceptance (验收). */
public enum Stage {
    APPLIED, SELF_CHECKED, CROSS_INSPECTED, ACCEPTED, REJECTED;

    boolean decided() {
        return this == ACCEPTED || this == REJECTED;
    }
}
