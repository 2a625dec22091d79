package org.jiceng.module.shunyi.appraisal.internal;

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

/** A county's appraisal year and its scheme in the scoring engine. */
@Entity
@Table(name = "sap_year")
public class YearEntity {
    @Id
    @SequenceGenerator(name = "sap_year_seq", sequenceName = "sap_year_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sap_year_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "county_code", nullable = false)
    String countyCode;

    @Column(name = "appraisal_year", nullable = false)
    int year;

    @Column(name = "scheme_id", nullable = false)
    long schemeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    YearState state;

    @Column(name = "computed_on")
    LocalDate computedOn;

    @Column(name = "computed_by")
    String computedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
