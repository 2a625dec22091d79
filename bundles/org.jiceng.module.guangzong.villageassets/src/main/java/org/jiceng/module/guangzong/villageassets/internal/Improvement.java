package org.jiceng.module.guangzong.villageassets.internal;

/** What the county's programme for the 两室 (the Party members' activity room and the service room) did to a venue. */
public enum Improvement {
    /** Up to the standard before the programme. */
    NONE("未改造"),
    /** Hardware and software brought up to the standard in the existing rooms (软硬件规范完善). */
    REFITTED("规范完善"),
    /** Rebuilt or extended (改扩建). */
    EXPANDED("改扩建"),
    /** Built anew (新建). */
    NEW("新建");

    private final String nameZh;

    Improvement(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
