package org.jiceng.module.guangzong.dailyevaluation.internal;

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

/** A county's evaluation year and its scheme on the scoring engine. */
@Entity
@Table(name = "gde_year")
public class YearEntity {
    @Id
    @SequenceGenerator(name = "gde_year_seq", sequenceName = "gde_year_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gde_year_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "county_code", nullable = false)
    String countyCode;

    @Column(name = "evaluation_year", nullable = false)
    int year;

    @Column(name = "scheme_id", nullable = false)
    long schemeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    YearState state = YearState.OPEN;

    @Column(name = "opened_by", nullable = false)
    String openedBy;

    @Column(name = "opened_on", nullable = false)
    LocalDate openedOn;

    @Column(name = "closed_by")
    String closedBy;

    @Column(name = "closed_on")
    LocalDate closedOn;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
