package org.jiceng.module.wugang.villageappraisal.internal;

import java.time.LocalDate;

/** A county's appraisal year: its state, who approved and paid it, and its version (for approving and paying). */
public class YearView {
    public String countyCode;
    public int year;
    /** OPEN, COMPUTED, APPROVED or PAID. */
    public String state;
    public LocalDate computedOn;
    public String approvedBy;
    public LocalDate approvedOn;
    public String paidBy;
    public LocalDate paidOn;
    public long version;

    static YearView of(YearEntity y) {
        YearView v = new YearView();
        v.countyCode = y.countyCode;
        v.year = y.year;
        v.state = y.state.name();
        v.computedOn = y.computedOn;
        v.approvedBy = y.approvedBy;
        v.approvedOn = y.approvedOn;
        v.paidBy = y.paidBy;
        v.paidOn = y.paidOn;
        v.version = y.version;
        return v;
    }

    static YearView notStarted(String county, int year) {
        YearView v = new YearView();
        v.countyCode = county;
        v.year = year;
        v.state = YearState.OPEN.name();
        return v;
    }
}
