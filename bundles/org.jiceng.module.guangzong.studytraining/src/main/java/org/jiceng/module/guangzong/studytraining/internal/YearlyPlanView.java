package org.jiceng.module.guangzong.studytraining.internal;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** A yearly plan and its targets per township. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "yearlyPlan")
public class YearlyPlanView {
    public long id;
    public long planId;
    public String jurisdictionCode;
    public int year;
    public String title;
    /** The sum of the townships' targets. */
    public int target;
    public List<Target> targets = new ArrayList<>();
    public long version;

    /** A township's target. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "target")
    public static class Target {
        public String townCode;
        public String townName;
        public int target;
    }
}
