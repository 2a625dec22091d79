package org.jiceng.module.guangzong.workstandard.internal;

/** Where a young cadre stands: in the pool, appointed to a post (used, 使用), or left the pool with a reason. */
public enum PoolStatus {
    IN_POOL, APPOINTED, LEFT
}
