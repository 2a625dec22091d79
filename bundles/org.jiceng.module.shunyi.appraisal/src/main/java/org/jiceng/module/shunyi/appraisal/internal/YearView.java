package org.jiceng.module.shunyi.appraisal.internal;

import java.time.LocalDate;

/** An appraisal year as read: its state and how far entry got. */
public class YearView {
    public Long id;
    public String countyCode;
    public int year;
    public YearState state;
    public long schemeId;
    public long units;
    /** Units with every indicator scored. */
    public long unitsScored;
    public LocalDate computedOn;
    public String computedBy;
    public long version;
}
