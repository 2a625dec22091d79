package org.jiceng.module.xingning.reservecadres.internal;

/** Why a village's reserves are under focused training (重点培养), as the seed lists the villages. */
public enum FocusReason {
    /** 党组织书记超过57岁. */
    SECRETARY_OVER_57,
    /** 现任党组织书记能力弱. */
    SECRETARY_WEAK,
    /** 软弱涣散: the village's Party organization is weak and lax in the registry. */
    WEAK_LAX,
    /** 相对贫困村. */
    RELATIVELY_POOR
}
