package org.jiceng.module.shunyi.indicators.internal;

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

/** An indicator of a county's system, under one aspect and one domain. */
@Entity
@Table(name = "sin_indicator")
public class IndicatorEntity {
    @Id
    @SequenceGenerator(name = "sin_indicator_seq", sequenceName = "sin_indicator_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sin_indicator_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "county_code", nullable = false)
    String countyCode;

    @Column(name = "code", nullable = false)
    String code;

    @Column(name = "name", nullable = false)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "aspect", nullable = false)
    Aspect aspect;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_domain", nullable = false)
    PartyDomain domain;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    IndicatorView toView() {
        IndicatorView v = new IndicatorView();
        v.id = id;
        v.countyCode = countyCode;
        v.code = code;
        v.name = name;
        v.aspect = aspect;
        v.aspectZh = aspect.zh();
        v.domain = domain;
        v.domainZh = domain.zh();
        v.version = version;
        return v;
    }
}
