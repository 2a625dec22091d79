package org.jiceng.module.xiajiang.threemembers.internal;

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

/** A candidate sent to a target for a year; the core keeps the matching assignment. */
@Entity
@Table(name = "x3m_dispatch")
public class DispatchEntity {
    @Id
    @SequenceGenerator(name = "x3m_seq", sequenceName = "x3m_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "x3m_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "work_year", nullable = false)
    int workYear;

    @Column(name = "candidate_id", nullable = false)
    long candidateId;

    @Column(name = "target_id", nullable = false)
    long targetId;

    @Column(name = "member_id", nullable = false)
    long memberId;

    @Column(name = "name", nullable = false)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false)
    MemberRole role;

    @Enumerated(EnumType.STRING)
    @Column(name = "sector_domain", nullable = false)
    SectorDomain domain;

    @Column(name = "target_name", nullable = false)
    String targetName;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "non_leading", nullable = false)
    boolean nonLeading;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    SelectionChannel channel;

    @Column(name = "assignment_id")
    Long assignmentId;

    @Column(name = "start_date", nullable = false)
    LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    DispatchStatus status;

    @Column(name = "appointment_no")
    String appointmentNo;

    @Column(name = "appointed_on")
    LocalDate appointedOn;

    @Column(name = "assessment_total")
    Double assessmentTotal;

    @Column(name = "assessment_grade")
    String assessmentGrade;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    Outcome outcome;

    @Column(name = "dispatched_by", nullable = false)
    String dispatchedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    DispatchView toView() {
        DispatchView v = new DispatchView();
        v.id = id;
        v.year = workYear;
        v.candidateId = candidateId;
        v.targetId = targetId;
        v.memberId = memberId;
        v.name = name;
        v.role = role;
        v.roleZh = role.zh();
        v.domain = domain;
        v.targetName = targetName;
        v.jurisdictionCode = jurisdictionCode;
        v.nonLeading = nonLeading;
        v.channel = channel;
        v.assignmentId = assignmentId;
        v.startDate = startDate;
        v.endDate = endDate;
        v.status = status;
        v.appointmentNo = appointmentNo;
        v.appointedOn = appointedOn;
        v.assessmentTotal = assessmentTotal;
        v.assessmentGrade = assessmentGrade;
        v.outcome = outcome;
        v.dispatchedBy = dispatchedBy;
        v.version = version;
        return v;
    }
}
