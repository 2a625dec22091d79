package org.jiceng.module.wugang.villageappraisal.internal;

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

/** One record of a cadre's performance dossier (业绩考核档案). */
@Entity
@Table(name = "wva_record")
public class RecordEntity {
    @Id
    @SequenceGenerator(name = "wva_record_seq", sequenceName = "wva_record_seq", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wva_record_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "cadre_id", nullable = false)
    long cadreId;

    @Column(name = "member_id", nullable = false)
    long memberId;

    @Column(name = "village_code", nullable = false)
    String villageCode;

    @Column(name = "appraisal_year", nullable = false)
    int year;

    @Column(name = "recorded_on", nullable = false)
    LocalDate recordedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    RecordCategory category;

    @Column(name = "points", nullable = false)
    double points;

    @Column(name = "description", nullable = false)
    String description;

    @Column(name = "recorded_by", nullable = false)
    String recordedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
