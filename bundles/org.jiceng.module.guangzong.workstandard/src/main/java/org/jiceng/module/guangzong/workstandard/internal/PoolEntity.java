package org.jiceng.module.guangzong.workstandard.internal;

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

/** A young cadre's stay in the pool: the core's TALENT_POOL designation, and how it ended. */
@Entity
@Table(name = "gws_pool")
public class PoolEntity {
    @Id
    @SequenceGenerator(name = "gws_pool_seq", sequenceName = "gws_pool_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gws_pool_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "member_id", nullable = false)
    long memberId;

    @Column(name = "member_name", nullable = false)
    String memberName;

    /** The member's organization's jurisdiction when selected: what scopes the record. */
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "birth_date", nullable = false)
    LocalDate birthDate;

    @Column(name = "age_at_selection", nullable = false)
    int ageAtSelection;

    @Column(name = "designation_id", nullable = false)
    long designationId;

    @Column(name = "selected_on", nullable = false)
    LocalDate selectedOn;

    @Column(name = "selected_by", nullable = false)
    String selectedBy;

    @Column(name = "selection_note")
    String selectionNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    PoolStatus status = PoolStatus.IN_POOL;

    @Column(name = "ended_on")
    LocalDate endedOn;

    @Column(name = "end_reason")
    String endReason;

    @Column(name = "position_id")
    Long positionId;

    @Column(name = "position_unit")
    String positionUnit;

    @Column(name = "position_title")
    String positionTitle;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
