package org.jiceng.module.shunyi.appraisal.internal;

import java.time.LocalDate;

/** A decision on the use of a result, as read. */
public class DecisionView {
    public Long id;
    public int year;
    public long unitId;
    public String unitName;
    public String jurisdictionCode;
    public String grade;
    public Measure measure;
    public String measureZh;
    /** The person it is taken against; empty when against the unit. */
    public String personName;
    public LocalDate decidedOn;
    public String decidedBy;
    public String note;
    public long version;
}
