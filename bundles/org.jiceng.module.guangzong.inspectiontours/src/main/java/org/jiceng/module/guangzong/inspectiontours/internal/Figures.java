package org.jiceng.module.guangzong.inspectiontours.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import org.jiceng.common.Shares;
import org.jiceng.problem.AccountabilityAction;
import org.jiceng.problem.Problem;
import org.jiceng.problem.ProblemStatus;

/** The county's inspection in figures: units inspected per kind, visits per mode, problems and their rectification, accountability per type; in all and per round. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "figures")
public class Figures {
    public String jurisdictionCode;
    /** The year the rounds started in; null for every round. */
    public Integer year;
    public LocalDate asOf;
    public long rounds;
    public FigureRow total;
    @XmlElement(name = "round")
    public List<FigureRow> perRound;

    /** One row: the whole (units counted once over the rounds) or a round. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "figureRow")
    public static class FigureRow {
        public String key;
        public String name;
        /** Units inspected, each counted once: township Party committees, villages, county organs, two-new organizations. */
        public long townshipCommittees;
        public long villages;
        public long countyOrgans;
        public long twoNewOrganizations;
        public long visits;
        public long mobile;
        public long sparrow;
        public long followUp;
        public long problemsFound;
        public long rectified;
        public long verified;
        /** Findings whose follow-up check failed at least once. */
        public long reopened;
        public long overdue;
        public long talks;
        public long inquiryLetters;
        public long admonishments;
        public long sanctions;
        public long recalls;
        /** Rectified (verified included) of all problems found, in percent with one decimal rounded down. */
        public BigDecimal rectificationRate;

        FigureRow() {
        }

        FigureRow(String key, String name) {
            this.key = key;
            this.name = name;
        }

        /** Counts a visit; its unit once per row ({@code units}: the keys of the units this row counted so far). */
        void add(VisitEntity v, Set<String> units) {
            visits++;
            mobile += v.mode == Mode.MOBILE ? 1 : 0;
            sparrow += v.mode == Mode.SPARROW ? 1 : 0;
            followUp += v.mode == Mode.FOLLOW_UP ? 1 : 0;
            if (units.add(v.unitKey)) {
                switch (v.unitKind) {
                    case TOWNSHIP_COMMITTEE -> townshipCommittees++;
                    case VILLAGE -> villages++;
                    case COUNTY_ORGAN -> countyOrgans++;
                    case TWO_NEW -> twoNewOrganizations++;
                }
            }
        }

        void add(Problem p) {
            problemsFound++;
            rectified += p.status() != null && p.status().isRectified() ? 1 : 0;
            verified += p.status() == ProblemStatus.VERIFIED ? 1 : 0;
            reopened += p.reopenCount() > 0 ? 1 : 0;
            overdue += p.overdue() ? 1 : 0;
            for (AccountabilityAction a : p.accountability()) {
                switch (a.type()) {
                    case TALK -> talks++;
                    case INQUIRY_LETTER -> inquiryLetters++;
                    case ADMONISHMENT -> admonishments++;
                    case SANCTION -> sanctions++;
                    case RECALL -> recalls++;
                }
            }
        }

        FigureRow rated() {
            rectificationRate = problemsFound == 0 ? null : Shares.percentDown(rectified, problemsFound);
            return this;
        }
    }
}
