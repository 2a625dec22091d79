package org.jiceng.module.guangzong.dailyevaluation.internal;

import java.time.LocalDate;

/** A pilot township's evaluation of a year, with how far it has come. */
public class TownshipView {
    public long id;
    public int year;
    public String townshipCode;
    public String townshipName;
    public long members;
    public long entries;
    public Double averageTotal;
    public String registeredBy;
    public LocalDate registeredOn;
    public long version;

    static TownshipView of(TownshipEntity t, long members, long entries, Double averageTotal) {
        TownshipView v = new TownshipView();
        v.id = t.id;
        v.year = t.year;
        v.townshipCode = t.townshipCode;
        v.townshipName = t.townshipName;
        v.members = members;
        v.entries = entries;
        v.averageTotal = averageTotal;
        v.registeredBy = t.registeredBy;
        v.registeredOn = t.registeredOn;
        v.version = t.version;
        return v;
    }
}
