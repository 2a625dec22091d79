package org.jiceng.module.shunyi.indicators.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

/** A year of the closed loop in figures: the system's size, the plan, and how far tasks and projects got, per unit and domain. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "figures")
public class Figures {
    public String jurisdictionCode;
    public int year;
    public LocalDate asOf;
    /** Aspects and domains the county's indicators cover, and its indicators (顺义: 3, 5 and 16). */
    public long aspects;
    public long domains;
    public long indicators;
    /** Parts and items of the year's work points (顺义: 7 and 30). */
    public long workParts;
    public long workItems;
    public FigureRow total;
    @XmlElement(name = "domain")
    public List<FigureRow> perDomain;
    @XmlElement(name = "unit")
    public List<FigureRow> perUnit;

    /** One row: the whole, a domain or a unit. Rates are percent with one decimal, rounded down; empty when there is nothing to count. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "figureRow")
    public static class FigureRow {
        public String key;
        public String name;
        public long tasks;
        public long tasksDone;
        public long tasksSlipping;
        public BigDecimal taskCompletionRate;
        public long projects;
        public long projectsDone;
        /** Done by the deadline. */
        public long projectsOnTime;
        public long projectsSlipping;
        public BigDecimal projectCompletionRate;
        public BigDecimal projectOnTimeRate;
        public long milestones;
        public long milestonesDone;
        public long milestonesSlipping;

        FigureRow() {
        }

        FigureRow(String key, String name) {
            this.key = key;
            this.name = name;
        }

        void add(TaskView t) {
            tasks++;
            tasksDone += t.progress.done() ? 1 : 0;
            tasksSlipping += t.progress == Progress.SLIPPING ? 1 : 0;
        }

        void add(ProjectView p) {
            projects++;
            projectsDone += p.progress.done() ? 1 : 0;
            projectsOnTime += p.progress == Progress.DONE ? 1 : 0;
            projectsSlipping += p.progress == Progress.SLIPPING ? 1 : 0;
            for (MilestoneView m : p.milestones) {
                milestones++;
                milestonesDone += m.progress.done() ? 1 : 0;
                milestonesSlipping += m.progress == Progress.SLIPPING ? 1 : 0;
            }
        }

        FigureRow rated() {
            taskCompletionRate = IndicatorRules.percent(tasksDone, tasks);
            projectCompletionRate = IndicatorRules.percent(projectsDone, projects);
            projectOnTimeRate = IndicatorRules.percent(projectsOnTime, projects);
            return this;
        }
    }
}
