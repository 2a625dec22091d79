package org.jiceng.module.xingning.rotationtalent.internal;

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

import org.jiceng.cadre.CadreRank;
import org.jiceng.cadre.PostLevel;

/** One cadre's move in a plan: from the post held (a core position) to another unit. */
@Entity
@Table(name = "xrt_move")
public class MoveEntity {
    @Id
    @SequenceGenerator(name = "xrt_move_seq", sequenceName = "xrt_move_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xrt_move_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "plan_id", nullable = false)
    long planId;

    /** Where the post left is (the scope the move belongs to). */
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "town_code", nullable = false)
    String townCode;

    @Column(name = "member_id", nullable = false)
    long memberId;

    @Column(name = "member_name", nullable = false)
    String memberName;

    @Column(name = "from_position_id", nullable = false)
    long fromPositionId;

    @Column(name = "from_unit", nullable = false)
    String fromUnit;

    @Column(name = "from_title", nullable = false)
    String fromTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_level", nullable = false)
    PostLevel fromLevel;

    /** Start of the tenure in the unit, and its years on the plan's reference day, when proposed. */
    @Column(name = "tenure_since", nullable = false)
    LocalDate tenureSince;

    @Column(name = "tenure_years", nullable = false)
    int tenureYears;

    @Column(name = "due", nullable = false)
    boolean due;

    @Column(name = "exception_reason")
    String exceptionReason;

    @Column(name = "to_unit", nullable = false)
    String toUnit;

    @Column(name = "to_jurisdiction_code", nullable = false)
    String toJurisdictionCode;

    @Column(name = "to_title", nullable = false)
    String toTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_rank", nullable = false)
    CadreRank toRank;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_level", nullable = false)
    PostLevel toLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    MoveStatus status = MoveStatus.PROPOSED;

    @Column(name = "proposed_by", nullable = false)
    String proposedBy;

    @Column(name = "proposed_on", nullable = false)
    LocalDate proposedOn;

    @Column(name = "approved_by")
    String approvedBy;

    @Column(name = "approved_on")
    LocalDate approvedOn;

    @Column(name = "executed_on")
    LocalDate executedOn;

    /** The core position the move created. */
    @Column(name = "new_position_id")
    Long newPositionId;

    @Column(name = "deferred_reason")
    String deferredReason;

    @Column(name = "deferred_on")
    LocalDate deferredOn;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    MoveView toView(int planYear) {
        MoveView v = new MoveView();
        v.id = id;
        v.planId = planId;
        v.planYear = planYear;
        v.jurisdictionCode = jurisdictionCode;
        v.townCode = townCode;
        v.memberId = memberId;
        v.memberName = memberName;
        v.fromPositionId = fromPositionId;
        v.fromUnit = fromUnit;
        v.fromTitle = fromTitle;
        v.fromLevel = fromLevel;
        v.tenureSince = tenureSince;
        v.tenureYears = tenureYears;
        v.due = due;
        v.exceptionReason = exceptionReason;
        v.toUnit = toUnit;
        v.toJurisdictionCode = toJurisdictionCode;
        v.toTitle = toTitle;
        v.toRank = toRank;
        v.toLevel = toLevel;
        v.status = status;
        v.proposedOn = proposedOn;
        v.approvedBy = approvedBy;
        v.approvedOn = approvedOn;
        v.executedOn = executedOn;
        v.newPositionId = newPositionId;
        v.deferredReason = deferredReason;
        v.deferredOn = deferredOn;
        v.version = version;
        return v;
    }
}
