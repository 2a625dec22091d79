package org.jiceng.module.shunyi.indicators.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A folded project (折子工程): a unit's project carrying out an item of the work points, under an indicator. */
@Entity
@Table(name = "sin_project")
public class ProjectEntity {
    @Id
    @SequenceGenerator(name = "sin_project_seq", sequenceName = "sin_project_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sin_project_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "county_code", nullable = false)
    String countyCode;

    @Column(name = "plan_year", nullable = false)
    int year;

    @Column(name = "work_item_id", nullable = false)
    long workItemId;

    @Column(name = "indicator_id", nullable = false)
    long indicatorId;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "unit", nullable = false)
    String unit;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "starts_on", nullable = false)
    LocalDate startsOn;

    @Column(name = "deadline", nullable = false)
    LocalDate deadline;

    @Column(name = "created_by", nullable = false)
    String createdBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
