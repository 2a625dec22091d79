package org.jiceng.module.xingning.residentcontact.internal;

/** Who handles a resident's problem: the village first, then the town, then the city's units (市镇村三级联动). */
public enum Level {
    VILLAGE("村级"), TOWN("镇级"), CITY("市级");

    private final String zh;

    Level(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    /** The level above, or null above the city (nothing is escalated beyond it). */
    Level above() {
        return this == CITY ? null : values()[ordinal() + 1];
    }
}
