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

/** A county's appraisal year and where it stands. */
@Entity
@Table(name = "wva_year")
public class YearEntity {
    @Id
    @SequenceGenerator(name = "wva_year_seq", sequenceName = "wva_year_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wva_year_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "county_code", nullable = false)
    String countyCode;

    @Column(name = "appraisal_year", nullable = false)
    int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    YearState state = YearState.OPEN;

    @Column(name = "computed_on")
    LocalDate computedOn;

    @Column(name = "approved_by")
    String approvedBy;

    @Column(name = "approved_on")
    LocalDate approvedOn;

    @Column(name = "paid_by")
    String paidBy;

    @Column(name = "paid_on")
    LocalDate paidOn;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
