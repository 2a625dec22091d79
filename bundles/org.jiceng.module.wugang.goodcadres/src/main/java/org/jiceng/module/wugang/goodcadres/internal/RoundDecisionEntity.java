package org.jiceng.module.wugang.goodcadres.internal;

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

/** One round's decision on one nomination; written once, never changed (the procedure step keeps the same record). */
@Entity
@Table(name = "wgc_round_decision")
public class RoundDecisionEntity {
    @Id
    @SequenceGenerator(name = "wgc_round_decision_seq", sequenceName = "wgc_round_decision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wgc_round_decision_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "nomination_id", nullable = false)
    long nominationId;

    @Column(name = "campaign_id", nullable = false)
    long campaignId;

    @Column(name = "round_key", nullable = false)
    String roundKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    Outcome outcome;

    @Column(name = "reason")
    String reason;

    @Column(name = "decided_on", nullable = false)
    LocalDate decidedOn;

    @Column(name = "decided_by", nullable = false)
    String decidedBy;

    RoundDecisionView toView() {
        RoundDecisionView v = new RoundDecisionView();
        v.id = id;
        v.round = roundKey;
        v.roundName = Round.ofKey("round", roundKey).nameZh();
        v.outcome = outcome;
        v.reason = reason;
        v.decidedOn = decidedOn;
        v.decidedBy = decidedBy;
        return v;
    }
}
