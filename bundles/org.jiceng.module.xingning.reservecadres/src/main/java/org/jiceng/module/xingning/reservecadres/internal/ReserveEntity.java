package org.jiceng.module.xingning.reservecadres.internal;

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

/** One person cultivated by one village for one term in one role. */
@Entity
@Table(name = "xrv_reserve")
public class ReserveEntity {
    @Id
    @SequenceGenerator(name = "xrv_reserve_seq", sequenceName = "xrv_reserve_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xrv_reserve_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "member_id", nullable = false)
    long memberId;

    @Column(name = "member_name", nullable = false)
    String memberName;

    /** The core's RESERVE designation (cadre roles only). */
    @Column(name = "designation_id")
    Long designationId;

    /** The village or community. */
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "town_code", nullable = false)
    String townCode;

    /** The village's Party organization whose term this is. */
    @Column(name = "organization_id", nullable = false)
    long organizationId;

    @Column(name = "term_start", nullable = false)
    LocalDate termStart;

    @Column(name = "term_end")
    LocalDate termEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    ReserveRole role;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    ReserveStatus status = ReserveStatus.IN_TRAINING;

    @Column(name = "since", nullable = false)
    LocalDate since;

    @Column(name = "note")
    String note;

    @Column(name = "focused", nullable = false)
    boolean focused;

    @Enumerated(EnumType.STRING)
    @Column(name = "focus_reason")
    FocusReason focusReason;

    @Column(name = "focused_since")
    LocalDate focusedSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    Outcome outcome;

    @Column(name = "outcome_on")
    LocalDate outcomeOn;

    @Column(name = "outcome_reason")
    String outcomeReason;

    @Column(name = "entered_by", nullable = false)
    String enteredBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    ReserveView toView(String villageName, int trainingHours) {
        ReserveView v = new ReserveView();
        v.id = id;
        v.memberId = memberId;
        v.memberName = memberName;
        v.designationId = designationId;
        v.villageCode = jurisdictionCode;
        v.villageName = villageName;
        v.townCode = townCode;
        v.organizationId = organizationId;
        v.termStart = termStart;
        v.termEnd = termEnd;
        v.role = role;
        v.status = status;
        v.since = since;
        v.note = note;
        v.focused = focused;
        v.focusReason = focusReason;
        v.focusedSince = focusedSince;
        v.outcome = outcome;
        v.outcomeOn = outcomeOn;
        v.outcomeReason = outcomeReason;
        v.trainingHours = trainingHours;
        v.version = version;
        return v;
    }
}
