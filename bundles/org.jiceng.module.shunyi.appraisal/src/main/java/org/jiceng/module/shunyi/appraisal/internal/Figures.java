package org.jiceng.module.shunyi.appraisal.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

/** A year's appraisal in figures: units by grade and kind, the analysis per indicator, and the use of the results per measure. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "figures")
public class Figures {
    public String jurisdictionCode;
    public int year;
    public YearState state;
    public LocalDate asOf;
    public long units;
    public long unitsScored;
    /** Units per grade, 优 良 中 差 in that order. */
    public Map<String, Long> grades = new LinkedHashMap<>();
    public double averageTotal;
    @XmlElement(name = "indicator")
    public List<IndicatorAnalysis> indicators;
    /** Decisions per measure, and per grade. */
    public Map<Measure, Long> measures = new LinkedHashMap<>();
    public Map<String, Long> decisionsPerGrade = new LinkedHashMap<>();
    public long decisions;

    /** The scores of one indicator across the units scored on it. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "indicatorAnalysis")
    public static class IndicatorAnalysis {
        public String key;
        public String name;
        public double maximum;
        public long scored;
        public double average;
        public double lowest;
        public double highest;
        /** The average as a share of the maximum, in percent with one decimal. */
        public double averagePercent;
    }
}
