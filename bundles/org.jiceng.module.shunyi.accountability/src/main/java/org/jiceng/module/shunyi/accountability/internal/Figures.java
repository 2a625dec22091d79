package org.jiceng.module.shunyi.accountability.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

/** Accountability in figures: the catalogue's size, cases per class and per unit, penalties. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "figures")
public class Figures {
    public String jurisdictionCode;
    public LocalDate asOf;
    /** Classes and behaviours of the county's catalogue (顺义: 10 and 44). */
    public long catalogueClasses;
    public long catalogueBehaviours;
    public FigureRow total;
    @XmlElement(name = "class")
    public List<FigureRow> classes;
    @XmlElement(name = "unit")
    public List<FigureRow> units;

    /** One row: the whole, a class of the catalogue or a township (the county's own units under its code). */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "figureRow")
    public static class FigureRow {
        public String key;
        public String name;
        public long cases;
        public long open;
        public long decided;
        public long dismissed;
        /** Cases linked to the problem that caused them. */
        public long linkedToProblem;
        public Map<Penalty, Long> penalties = new EnumMap<>(Penalty.class);

        FigureRow() {
        }

        FigureRow(String key, String name) {
            this.key = key;
            this.name = name;
        }

        void add(CaseView c) {
            cases++;
            switch (c.state) {
                case OPEN -> open++;
                case DECIDED -> decided++;
                case DISMISSED -> dismissed++;
            }
            linkedToProblem += c.problemId != null ? 1 : 0;
            if (c.penalty != null) {
                penalties.merge(c.penalty, 1L, Long::sum);
            }
        }
    }
}
