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

/** A periodic management assessment of a young cadre: one per period (2025, or 2025-H1 / 2025-H2). */
@Entity
@Table(name = "gws_assessment")
public class AssessmentEntity {
    @Id
    @SequenceGenerator(name = "gws_assessment_seq", sequenceName = "gws_assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gws_assessment_seq")
    @Column(name = "id")
    public Long id;

    @Column(name = "pool_id", nullable = false)
    public long poolId;

    @Column(name = "jurisdiction_code", nullable = false)
    public String jurisdictionCode;

    @Column(name = "period", nullable = false)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade", nullable = false)
    public AssessmentGrade grade;

    @Column(name = "assessed_on", nullable = false)
    public LocalDate assessedOn;

    @Column(name = "note")
    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
