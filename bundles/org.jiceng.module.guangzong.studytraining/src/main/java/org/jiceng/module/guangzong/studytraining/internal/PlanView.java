package org.jiceng.module.guangzong.studytraining.internal;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** A 3-year plan, with the yearly plans made under it. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "plan")
public class PlanView {
    public long id;
    public String jurisdictionCode;
    public String title;
    public int startYear;
    public int endYear;
    public String content;
    public List<YearlyPlanView> years = new ArrayList<>();
    public long version;
}
