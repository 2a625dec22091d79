package org.jiceng.module.xingning.twowayreporting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The weighting a round was closed with, written once at the closing and never changed: the round's result list is final. */
@Entity
@Table(name = "xtw_round_weighting")
public class RoundWeightingEntity {
    @Id
    @Column(name = "round_id")
    Long roundId;

    @Column(name = "county_code", nullable = false)
    String countyCode;

    @Column(name = "upper_weight", nullable = false)
    int upperWeight;

    @Column(name = "lower_weight", nullable = false)
    int lowerWeight;

    @Column(name = "recommend_score", nullable = false)
    BigDecimal recommendScore;

    @Column(name = "talk_score", nullable = false)
    BigDecimal talkScore;

    @Column(name = "fixed_on", nullable = false)
    LocalDate fixedOn;

    Weighting toWeighting() {
        return new Weighting(countyCode, upperWeight, lowerWeight, recommendScore, talkScore, false, null);
    }
}
