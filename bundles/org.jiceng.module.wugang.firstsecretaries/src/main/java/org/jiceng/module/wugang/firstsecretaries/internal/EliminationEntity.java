package org.jiceng.module.wugang.firstsecretaries.internal;

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

/** An elimination (末位淘汰) of one secretary: proposed by the ranking, decided by the county, then replaced. */
@Entity
@Table(name = "wfs_elimination")
public class EliminationEntity {
    @Id
    @SequenceGenerator(name = "wfs_elimination_seq", sequenceName = "wfs_elimination_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wfs_elimination_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "assignment_id", nullable = false)
    long assignmentId;

    @Column(name = "member_id", nullable = false)
    long memberId;

    @Column(name = "member_name", nullable = false)
    String memberName;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "ranking_group", nullable = false)
    String rankingGroup;

    /** The third month last in a row. */
    @Column(name = "period_month", nullable = false)
    String month;

    @Column(name = "last_place_streak", nullable = false)
    int lastPlaceStreak;

    @Column(name = "total", nullable = false)
    double total;

    @Column(name = "grade")
    String grade;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    EliminationState state = EliminationState.PROPOSED;

    @Column(name = "proposed_on", nullable = false)
    LocalDate proposedOn;

    @Column(name = "decided_by")
    String decidedBy;

    @Column(name = "decided_on")
    LocalDate decidedOn;

    @Column(name = "decision_note")
    String decisionNote;

    @Column(name = "replacement_assignment_id")
    Long replacementAssignmentId;

    @Column(name = "replacement_member_id")
    Long replacementMemberId;

    @Column(name = "replaced_on")
    LocalDate replacedOn;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    EliminationView toView() {
        EliminationView v = new EliminationView();
        v.id = id;
        v.assignmentId = assignmentId;
        v.memberId = memberId;
        v.memberName = memberName;
        v.jurisdictionCode = jurisdictionCode;
        v.rankingGroup = rankingGroup;
        v.month = month;
        v.lastPlaceStreak = lastPlaceStreak;
        v.total = total;
        v.grade = grade;
        v.state = state;
        v.proposedOn = proposedOn;
        v.decidedBy = decidedBy;
        v.decidedOn = decidedOn;
        v.decisionNote = decisionNote;
        v.replacementAssignmentId = replacementAssignmentId;
        v.replacementMemberId = replacementMemberId;
        v.replacedOn = replacedOn;
        v.version = version;
        return v;
    }
}
