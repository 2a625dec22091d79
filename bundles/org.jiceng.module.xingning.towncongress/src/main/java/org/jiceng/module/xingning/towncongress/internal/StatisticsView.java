package org.jiceng.module.xingning.towncongress.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import org.jiceng.common.Shares;

/** Annual-session statistics of a jurisdiction for one year, in total and per town (REST and SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "statistics")
public class StatisticsView {
    public String jurisdictionCode;
    public int year;
    /** Towns in the subtree, and how many of them held (closed) their annual session that year. */
    public int towns;
    public Counts total = new Counts();
    public List<Counts> perTown = new ArrayList<>();

    /** One town's figures, or the sum. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "counts")
    public static class Counts {
        public String townCode;
        public String townName;
        public int sessionsHeld;
        public int delegates;
        public int delegatesAttending;
        public BigDecimal attendanceRate = BigDecimal.ZERO;
        public int proposalsFiled;
        public int acceptedAsProposals;
        public int acceptedAsOpinions;
        public int proposalsHandled;
        public int proposalsReplied;
        public int proposalsSatisfied;
        public int evaluationBallots;
        public int ratedSatisfied;
        public int ratedBasicallySatisfied;
        public int ratedDissatisfied;
        public BigDecimal satisfactionRate = BigDecimal.ZERO;

        void add(Counts c) {
            sessionsHeld += c.sessionsHeld;
            delegates += c.delegates;
            delegatesAttending += c.delegatesAttending;
            proposalsFiled += c.proposalsFiled;
            acceptedAsProposals += c.acceptedAsProposals;
            acceptedAsOpinions += c.acceptedAsOpinions;
            proposalsHandled += c.proposalsHandled;
            proposalsReplied += c.proposalsReplied;
            proposalsSatisfied += c.proposalsSatisfied;
            evaluationBallots += c.evaluationBallots;
            ratedSatisfied += c.ratedSatisfied;
            ratedBasicallySatisfied += c.ratedBasicallySatisfied;
            ratedDissatisfied += c.ratedDissatisfied;
        }

        void rates() {
            attendanceRate = Shares.of(delegatesAttending, delegates);
            satisfactionRate = Shares.of(ratedSatisfied + ratedBasicallySatisfied, ratedSatisfied + ratedBasicallySatisfied + ratedDissatisfied);
        }
    }
}
