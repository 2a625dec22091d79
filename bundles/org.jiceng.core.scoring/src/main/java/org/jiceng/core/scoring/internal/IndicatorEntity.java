package org.jiceng.core.scoring.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.jiceng.scoring.IndicatorSource;

/** An indicator of a scheme. */
@Entity
@Table(name = "scoring_indicator")
public class IndicatorEntity {
    @Id
    @SequenceGenerator(name = "scoring_seq", sequenceName = "scoring_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scoring_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "scheme_id")
    long schemeId;

    @Column(name = "sort_order")
    int order;

    @Column(name = "indicator_key")
    String key;

    @Column(name = "name")
    String name;

    @Column(name = "weight")
    double weight;

    @Column(name = "maximum")
    double maximum;

    @Enumerated(EnumType.STRING)
    @Column(name = "source")
    IndicatorSource source;

    @Column(name = "metric")
    String metric;
}
