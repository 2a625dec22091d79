package org.jiceng.module.guangzong.dailyevaluation.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A pilot township's evaluation of a year, registered by the county. */
@Entity
@Table(name = "gde_township")
public class TownshipEntity {
    @Id
    @SequenceGenerator(name = "gde_township_seq", sequenceName = "gde_township_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gde_township_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "evaluation_year", nullable = false)
    int year;

    @Column(name = "county_code", nullable = false)
    String countyCode;

    @Column(name = "township_code", nullable = false)
    String townshipCode;

    @Column(name = "township_name", nullable = false)
    String townshipName;

    @Column(name = "registered_by", nullable = false)
    String registeredBy;

    @Column(name = "registered_on", nullable = false)
    LocalDate registeredOn;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
