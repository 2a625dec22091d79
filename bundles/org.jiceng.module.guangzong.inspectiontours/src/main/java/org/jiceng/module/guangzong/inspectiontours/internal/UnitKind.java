package org.jiceng.module.guangzong.inspectiontours.internal;

/** The kinds of unit the county inspects, as the registry knows them: a township's Party committee, a village, a county organ, a two-new organization. */
public enum UnitKind {
    TOWNSHIP_COMMITTEE("乡镇党委"), VILLAGE("村党组织"), COUNTY_ORGAN("县直机关"), TWO_NEW("两新组织");

    private final String zh;

    UnitKind(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
