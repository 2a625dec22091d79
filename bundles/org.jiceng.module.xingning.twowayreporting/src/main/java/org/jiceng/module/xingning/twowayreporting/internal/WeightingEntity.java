package org.jiceng.module.xingning.twowayreporting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A county's weighting of the two directions and its thresholds, once it changed the defaults. */
@Entity
@Table(name = "xtw_weighting")
public class WeightingEntity {
    @Id
    @Column(name = "county_code")
    String countyCode;

    @Column(name = "upper_weight", nullable = false)
    int upperWeight;

    @Column(name = "lower_weight", nullable = false)
    int lowerWeight;

    @Column(name = "recommend_score", nullable = false)
    BigDecimal recommendScore;

    @Column(name = "talk_score", nullable = false)
    BigDecimal talkScore;

    @Column(name = "updated_by", nullable = false)
    String updatedBy;

    @Column(name = "updated_on", nullable = false)
    LocalDate updatedOn;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    Weighting toWeighting() {
        return new Weighting(countyCode, upperWeight, lowerWeight, recommendScore, talkScore, false, version);
    }
}
