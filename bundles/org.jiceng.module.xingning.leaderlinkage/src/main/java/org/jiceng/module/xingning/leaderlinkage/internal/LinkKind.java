package org.jiceng.module.xingning.leaderlinkage.internal;

import org.jiceng.registry.JurisdictionLevel;

/** What a leader is linked to: 1 town (镇街), 1 province-designated poor village (省定贫困村), 1 weak and lax village (软弱涣散村). */
public enum LinkKind {
    TOWN("镇街", JurisdictionLevel.TOWNSHIP), POOR_VILLAGE("省定贫困村", JurisdictionLevel.VILLAGE), WEAK_VILLAGE("软弱涣散村", JurisdictionLevel.VILLAGE);

    private final String zh;
    private final JurisdictionLevel level;

    LinkKind(String zh, JurisdictionLevel level) {
        this.zh = zh;
        this.level = level;
    }

    public String zh() {
        return zh;
    }

    /** The level of the jurisdiction a link of this kind names. */
    public JurisdictionLevel level() {
        return level;
    }

    public boolean village() {
        return level == JurisdictionLevel.VILLAGE;
    }
}
