package org.jiceng.module.wugang.standingdelegates.internal;

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

/** A delegate's proposal or suggestion, through assignment (a problem on the engine), answer and the delegate's satisfaction. */
@Entity
@Table(name = "wsd_proposal")
class ProposalEntity {
    @Id
    @SequenceGenerator(name = "wsd_proposal_gen", sequenceName = "wsd_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wsd_proposal_gen")
    @Column(name = "id")
    Long id;
    @Column(name = "delegate_id", nullable = false)
    long delegateId;
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    ProposalKind kind;
    @Column(name = "title", nullable = false)
    String title;
    @Column(name = "content", nullable = false)
    String content;
    @Column(name = "filed_on", nullable = false)
    LocalDate filedOn;
    @Column(name = "filed_by", nullable = false)
    String filedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    ProposalStatus status = ProposalStatus.FILED;
    @Column(name = "handling_unit")
    String handlingUnit;
    @Column(name = "deadline")
    LocalDate deadline;
    @Column(name = "problem_id")
    Long problemId;
    @Column(name = "answer")
    String answer;
    @Column(name = "answered_on")
    LocalDate answeredOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "satisfaction")
    Satisfaction satisfaction;
    @Column(name = "satisfaction_on")
    LocalDate satisfactionOn;
    @Version
    @Column(name = "version", nullable = false)
    long version;
}
