package org.jiceng.module.guangzong.studytraining.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** The exam figures of a jurisdiction (a year's or all), with a row per township (county organs under the county's code). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "examFigures")
public class ExamFigures {
    public String jurisdictionCode;
    public String name;
    /** The year asked for; null for every year. */
    public Integer year;
    /** Exams held (the county's; 0 on a township's row), of them closed. */
    public int exams;
    public int closed;
    /** Scores entered (a member sitting an exam), distinct members who sat any, scores at or above the pass mark. */
    public long sittings;
    public long takers;
    public long passed;
    public BigDecimal passRate;
    public String passPercent;
    public BigDecimal averageScore;
    /** Top scorers selected for revolutionary-site training, and of them trained there. */
    public long selected;
    public long trained;
    public List<ExamFigures> towns = new ArrayList<>();
}
