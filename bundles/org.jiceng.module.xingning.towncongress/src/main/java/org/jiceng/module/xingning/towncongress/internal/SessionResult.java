package org.jiceng.module.xingning.towncongress.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

/** A session's results as the higher organization department reads them over SOAP. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "sessionResult")
public class SessionResult {
    public long id;
    public String townCode;
    public String townName;
    public int year;
    public LocalDate convenedOn;
    public SessionStatus status;
    public int delegates;
    public Integer delegatesPresent;
    public boolean quorumReached;
    @XmlElement(name = "resolution")
    public List<String> resolutions = new ArrayList<>();
    @XmlElement(name = "election")
    public List<ElectionResult> elections = new ArrayList<>();
    @XmlElement(name = "evaluation")
    public List<EvaluationResult> evaluation = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "electionResult")
    public static class ElectionResult {
        public ElectionKind kind;
        public int seats;
        public Integer seatsFilled;
        public Integer votersPresent;
        @XmlElement(name = "candidate")
        public List<CandidateResult> candidates = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "candidateResult")
    public static class CandidateResult {
        public String name;
        public Integer votes;
        public CandidateOutcome outcome;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "evaluationResult")
    public static class EvaluationResult {
        public SubjectType subjectType;
        public String subjectName;
        public long satisfied;
        public long basicallySatisfied;
        public long dissatisfied;
        public BigDecimal satisfactionRate;
    }

    static SessionResult of(Views.Session s, List<Views.Election> elections, Views.Evaluation evaluation) {
        SessionResult r = new SessionResult();
        r.id = s.id();
        r.townCode = s.townCode();
        r.townName = s.townName();
        r.year = s.year();
        r.convenedOn = s.convenedOn();
        r.status = s.status();
        r.delegates = s.delegatesTotal();
        r.delegatesPresent = s.presentCount();
        r.quorumReached = s.quorumReached();
        for (Views.AgendaItem a : s.agenda()) {
            if (Boolean.TRUE.equals(a.adopted())) {
                r.resolutions.add(a.title() + ": " + a.outcome());
            }
        }
        for (Views.Election e : elections) {
            ElectionResult er = new ElectionResult();
            er.kind = e.kind();
            er.seats = e.seats();
            er.seatsFilled = e.seatsFilled();
            er.votersPresent = e.votersPresent();
            for (Views.Candidate c : e.candidates()) {
                CandidateResult cr = new CandidateResult();
                cr.name = c.name();
                cr.votes = c.votes();
                cr.outcome = c.outcome();
                er.candidates.add(cr);
            }
            r.elections.add(er);
        }
        for (Views.SubjectResult sr : evaluation.results()) {
            EvaluationResult e = new EvaluationResult();
            e.subjectType = sr.subjectType();
            e.subjectName = sr.subjectName();
            e.satisfied = sr.satisfied();
            e.basicallySatisfied = sr.basicallySatisfied();
            e.dissatisfied = sr.dissatisfied();
            e.satisfactionRate = sr.satisfactionRate();
            r.evaluation.add(e);
        }
        return r;
    }
}
