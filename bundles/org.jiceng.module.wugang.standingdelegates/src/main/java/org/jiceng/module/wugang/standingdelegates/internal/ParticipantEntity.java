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

/** A delegate on a duty's roll, present or (on an activity day) absent. */
@Entity
@Table(name = "wsd_participant")
class ParticipantEntity {
    @Id
    @SequenceGenerator(name = "wsd_participant_gen", sequenceName = "wsd_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wsd_participant_gen")
    @Column(name = "id")
    Long id;
    @Column(name = "duty_id", nullable = false)
    long dutyId;
    @Column(name = "delegate_id", nullable = false)
    long delegateId;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    DutyKind kind;
    @Column(name = "held_on", nullable = false)
    LocalDate heldOn;
    @Column(name = "present", nullable = false)
    boolean present;
}
