package org.jiceng.module.xingning.rotationtalent.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** One jurisdiction's rotation plan for one year (年度干部交流轮岗计划). */
@Entity
@Table(name = "xrt_plan")
public class PlanEntity {
    @Id
    @SequenceGenerator(name = "xrt_plan_seq", sequenceName = "xrt_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xrt_plan_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "plan_year", nullable = false)
    int year;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "note")
    String note;

    @Column(name = "created_by", nullable = false)
    String createdBy;

    @Column(name = "created_on", nullable = false)
    LocalDate createdOn;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
