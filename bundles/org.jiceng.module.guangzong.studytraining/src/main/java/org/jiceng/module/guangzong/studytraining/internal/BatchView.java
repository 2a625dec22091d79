package org.jiceng.module.guangzong.studytraining.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** A training batch of a township, with its enrolment and attendance counts. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "batch")
public class BatchView {
    public long id;
    public long yearlyPlanId;
    public int year;
    /** The township. */
    public String jurisdictionCode;
    public String townName;
    public String title;
    public LocalDate startsOn;
    public LocalDate endsOn;
    public int hours;
    public String content;
    public BatchStatus status;
    public long enrolled;
    public long attended;
    public long version;
}
