package org.jiceng.cadre;

/** Lists a cadre can be on: 改非 moved to a non-leading post, 优秀年轻干部人才库 talent pool, 后备干部 reserve. */
public enum DesignationType {
    NON_LEADING, TALENT_POOL, RESERVE
}
