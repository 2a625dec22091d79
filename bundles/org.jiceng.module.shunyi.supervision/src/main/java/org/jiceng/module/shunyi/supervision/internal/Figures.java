package org.jiceng.module.shunyi.supervision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

/** A year of supervision in figures: items by kind and state, findings and how far their rectification got, in all, per kind and per place. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "figures")
public class Figures {
    public String jurisdictionCode;
    public int year;
    public LocalDate asOf;
    public FigureRow total;
    @XmlElement(name = "kind")
    public List<FigureRow> perKind;
    @XmlElement(name = "place")
    public List<FigureRow> perPlace;

    /** One row: the whole, a kind (GUIDANCE, INSPECTION) or a township (the county's own units under its code). */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "figureRow")
    public static class FigureRow {
        public String key;
        public String name;
        public long items;
        public long keyTasks;
        public long byDistrictTeams;
        public long completed;
        public long running;
        /** Running items whose current step is past its day. */
        public long overdueSteps;
        public long findings;
        public long rectified;
        public long verified;
        /** Findings whose re-check failed at least once. */
        public long reopened;
        public long overdueFindings;
        /** Rectified (verified included) of all findings, in percent with one decimal rounded down. */
        public BigDecimal rectificationRate;

        FigureRow() {
        }

        FigureRow(String key, String name) {
            this.key = key;
            this.name = name;
        }

        void add(ItemView i) {
            items++;
            keyTasks += i.keyTask ? 1 : 0;
            byDistrictTeams += i.team == Team.DISTRICT ? 1 : 0;
            completed += "COMPLETED".equals(i.status) ? 1 : 0;
            running += "RUNNING".equals(i.status) ? 1 : 0;
            overdueSteps += i.overdue ? 1 : 0;
        }

        void add(FindingView f) {
            findings++;
            rectified += "RECTIFIED".equals(f.status) || "VERIFIED".equals(f.status) ? 1 : 0;
            verified += "VERIFIED".equals(f.status) ? 1 : 0;
            reopened += f.reopenCount > 0 ? 1 : 0;
            overdueFindings += f.overdue ? 1 : 0;
        }

        FigureRow rated() {
            rectificationRate = findings == 0 ? null : org.jiceng.common.Shares.percentDown(rectified, findings);
            return this;
        }
    }
}
