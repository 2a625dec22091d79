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

/** A duty performed together: an activity day, a research or inspection visit, a city committee meeting attended. */
@Entity
@Table(name = "wsd_duty")
class DutyEntity {
    @Id
    @SequenceGenerator(name = "wsd_duty_gen", sequenceName = "wsd_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wsd_duty_gen")
    @Column(name = "id")
    Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    DutyKind kind;
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;
    @Column(name = "studio_id")
    Long studioId;
    @Column(name = "held_on", nullable = false)
    LocalDate heldOn;
    @Column(name = "subject", nullable = false)
    String subject;
    @Column(name = "report")
    String report;
    @Column(name = "recorded_by", nullable = false)
    String recordedBy;
    @Version
    @Column(name = "version", nullable = false)
    long version;
}
