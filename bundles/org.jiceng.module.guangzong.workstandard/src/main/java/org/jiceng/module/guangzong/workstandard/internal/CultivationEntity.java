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

/** A training course or practice post of a young cadre. */
@Entity
@Table(name = "gws_cultivation")
public class CultivationEntity {
    @Id
    @SequenceGenerator(name = "gws_cultivation_seq", sequenceName = "gws_cultivation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gws_cultivation_seq")
    @Column(name = "id")
    public Long id;

    @Column(name = "pool_id", nullable = false)
    public long poolId;

    @Column(name = "jurisdiction_code", nullable = false)
    public String jurisdictionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public CultivationKind kind;

    @Column(name = "title", nullable = false)
    public String title;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "note")
    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
