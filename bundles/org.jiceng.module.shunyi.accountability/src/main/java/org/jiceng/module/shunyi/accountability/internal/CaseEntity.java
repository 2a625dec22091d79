package org.jiceng.module.shunyi.accountability.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** An accountability case against a person answerable for Party-building duty. */
@Entity
@Table(name = "sac_case")
public class CaseEntity {
    @Id
    @SequenceGenerator(name = "sac_case_seq", sequenceName = "sac_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sac_case_seq")
    @Column(name = "id")
    Long id;

    /** Where the unit answerable is. */
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "responsibility", nullable = false)
    Responsibility responsibility;

    @Column(name = "person_name", nullable = false)
    String personName;

    /** The core's member, when the person is one. */
    @Column(name = "member_id")
    Long memberId;

    @Column(name = "unit", nullable = false)
    String unit;

    @Column(name = "behaviour_id", nullable = false)
    long behaviourId;

    /** The core's problem that caused the case, if any. */
    @Column(name = "problem_id")
    Long problemId;

    @Column(name = "facts", nullable = false)
    String facts;

    @Column(name = "opened_on", nullable = false)
    LocalDate openedOn;

    @Column(name = "opened_by", nullable = false)
    String openedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    CaseState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "penalty")
    Penalty penalty;

    @Column(name = "decided_on")
    LocalDate decidedOn;

    @Column(name = "decided_by")
    String decidedBy;

    @Column(name = "decision_note")
    String decisionNote;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    CaseView toView(BehaviourView behaviour) {
        CaseView v = new CaseView();
        v.id = id;
        v.jurisdictionCode = jurisdictionCode;
        v.responsibility = responsibility;
        v.responsibilityZh = responsibility.zh();
        v.personName = personName;
        v.memberId = memberId;
        v.unit = unit;
        v.behaviour = behaviour;
        v.problemId = problemId;
        v.facts = facts;
        v.openedOn = openedOn;
        v.openedBy = openedBy;
        v.state = state;
        v.penalty = penalty;
        v.penaltyZh = penalty == null ? null : penalty.zh();
        v.decidedOn = decidedOn;
        v.decidedBy = decidedBy;
        v.decisionNote = decisionNote;
        v.version = version;
        return v;
    }
}
