package org.jiceng.module.guangzong.villageassets.internal;

import java.math.BigDecimal;
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

/** A village's activity venue. */
@Entity
@Table(name = "gva_venue")
public class VenueEntity {
    @Id
    @SequenceGenerator(name = "gva_venue_seq", sequenceName = "gva_venue_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gva_venue_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "village_code", nullable = false)
    String villageCode;

    @Column(name = "village_name", nullable = false)
    String villageName;

    @Column(name = "township_code")
    String townshipCode;

    @Column(name = "county_code")
    String countyCode;

    @Column(name = "organization_id")
    Long organizationId;

    @Column(name = "organization_name")
    String organizationName;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "address")
    String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "improvement", nullable = false)
    Improvement improvement;

    @Column(name = "investment", nullable = false)
    BigDecimal investment;

    @Column(name = "registered_on", nullable = false)
    LocalDate registeredOn;

    @Column(name = "registered_by", nullable = false)
    String registeredBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    VenueView toView() {
        VenueView v = new VenueView();
        v.id = id;
        v.villageCode = villageCode;
        v.villageName = villageName;
        v.townshipCode = townshipCode;
        v.organizationId = organizationId;
        v.organizationName = organizationName;
        v.name = name;
        v.address = address;
        v.improvement = improvement;
        v.investment = investment;
        v.registeredOn = registeredOn;
        v.registeredBy = registeredBy;
        v.version = version;
        return v;
    }
}
