package org.jiceng.module.guangzong.villageassets.internal;

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

/** A county's stock-taking campaign of a year. */
@Entity
@Table(name = "gva_stocktake")
public class StocktakeEntity {
    @Id
    @SequenceGenerator(name = "gva_stocktake_seq", sequenceName = "gva_stocktake_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gva_stocktake_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "county_code", nullable = false)
    String countyCode;

    @Column(name = "year_of", nullable = false)
    int year;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "starts_on", nullable = false)
    LocalDate startsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    StocktakeStatus status = StocktakeStatus.OPEN;

    @Column(name = "opened_by", nullable = false)
    String openedBy;

    @Column(name = "closed_on")
    LocalDate closedOn;

    @Column(name = "closed_by")
    String closedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    StocktakeView toView() {
        StocktakeView v = new StocktakeView();
        v.id = id;
        v.countyCode = countyCode;
        v.year = year;
        v.title = title;
        v.startsOn = startsOn;
        v.status = status;
        v.openedBy = openedBy;
        v.closedOn = closedOn;
        v.closedBy = closedBy;
        v.version = version;
        return v;
    }
}
