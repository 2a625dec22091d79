package org.jiceng.module.guangzong.dailyevaluation.internal;

import java.time.LocalDate;

/** A county's evaluation year and where it stands. */
public class YearView {
    public String countyCode;
    public int year;
    public String state;
    public long schemeId;
    public String openedBy;
    public LocalDate openedOn;
    public String closedBy;
    public LocalDate closedOn;
    public long version;

    static YearView of(YearEntity y) {
        YearView v = new YearView();
        v.countyCode = y.countyCode;
        v.year = y.year;
        v.state = y.state.name();
        v.schemeId = y.schemeId;
        v.openedBy = y.openedBy;
        v.openedOn = y.openedOn;
        v.closedBy = y.closedBy;
        v.closedOn = y.closedOn;
        v.version = y.version;
        return v;
    }
}
