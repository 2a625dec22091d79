package org.jiceng.module.xingning.rotationtalent.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** A rotation plan with the count of its moves by status. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "plan")
public class PlanView {
    public Long id;
    public String jurisdictionCode;
    public int year;
    public String title;
    public String note;
    public LocalDate createdOn;
    public int proposed;
    public int approved;
    public int executed;
    public int deferred;
    public long version;
}
