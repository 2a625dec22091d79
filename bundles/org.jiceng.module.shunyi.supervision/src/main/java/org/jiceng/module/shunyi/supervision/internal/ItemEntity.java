package org.jiceng.module.shunyi.supervision.internal;

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

/** A supervised matter: which unit, by which team, on which procedure instance. */
@Entity
@Table(name = "ssv_item")
public class ItemEntity {
    @Id
    @SequenceGenerator(name = "ssv_item_seq", sequenceName = "ssv_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ssv_item_seq")
    @Column(name = "id")
    Long id;

    /** Where the supervised unit is. */
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    Kind kind;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "unit", nullable = false)
    String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "team", nullable = false)
    Team team;

    @Column(name = "leader", nullable = false)
    String leader;

    /** A key task of the work points or the district committee (重点任务督导), else routine (日常督导). */
    @Column(name = "key_task", nullable = false)
    boolean keyTask;

    @Column(name = "opened_on", nullable = false)
    LocalDate openedOn;

    @Column(name = "opened_by", nullable = false)
    String openedBy;

    /** The procedure engine's instance that carries the steps. */
    @Column(name = "instance_id", nullable = false)
    long instanceId;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
