package org.jiceng.module.shunyi.appraisal.internal;

/** What kind of unit is appraised: a member unit of the leading group, or a township's (street's) Party committee. */
public enum UnitKind {
    MEMBER_UNIT("领导小组成员单位"), TOWNSHIP("镇(街道)党(工)委");

    private final String zh;

    UnitKind(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
