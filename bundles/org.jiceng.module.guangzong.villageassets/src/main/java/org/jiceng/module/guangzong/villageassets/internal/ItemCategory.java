package org.jiceng.module.guangzong.villageassets.internal;

/** The three kinds of asset the county's measures register (主体建筑、活动场地、办公用品). */
public enum ItemCategory {
    /** A building, with its floor area; counted as one. */
    BUILDING("主体建筑"),
    /** A ground (square, court), with its area; counted as one. */
    GROUND("活动场地"),
    /** Equipment and office supplies, counted by quantity. */
    EQUIPMENT("办公用品及设备");

    private final String nameZh;

    ItemCategory(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Buildings and grounds are registered with an area. */
    boolean hasArea() {
        return this != EQUIPMENT;
    }
}
