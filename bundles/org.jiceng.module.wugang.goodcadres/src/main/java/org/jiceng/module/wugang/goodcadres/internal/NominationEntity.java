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
import javax.persistence.Version;

/**
 * A nomination of one of the core's members in a campaign. Its rounds run on the procedure
 * engine (procedureInstanceId); status and current round are kept here too so lists and figures
 * are one query, and they change in the same transaction as the round's decision.
 */
@Entity
@Table(name = "wgc_nomination")
public class NominationEntity {
    @Id
    @SequenceGenerator(name = "wgc_nomination_seq", sequenceName = "wgc_nomination_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wgc_nomination_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "campaign_id", nullable = false)
    long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    Channel channel;

    @Column(name = "member_id", nullable = false)
    long memberId;

    @Column(name = "member_name", nullable = false)
    String memberName;

    /** The member's jurisdiction when nominated: what scoped reads filter by. */
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    /** Who put the nominee forward: a unit, a person, the public source, or the nominee (self). */
    @Column(name = "nominator", nullable = false)
    String nominator;

    @Column(name = "reason", nullable = false)
    String reason;

    @Column(name = "nominated_on", nullable = false)
    LocalDate nominatedOn;

    @Column(name = "nominated_by", nullable = false)
    String nominatedBy;

    @Column(name = "procedure_instance_id")
    Long procedureInstanceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    NominationStatus status = NominationStatus.IN_REVIEW;

    /** The round to decide next; after an elimination, the round that eliminated; null once approved. */
    @Column(name = "current_round")
    String currentRound = Round.FIRST_REVIEW.key();

    @Column(name = "last_decided_on")
    LocalDate lastDecidedOn;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    Round round() {
        return currentRound == null ? null : Round.ofKey("round", currentRound);
    }

    /** The day the next decision may be dated from at the earliest. */
    LocalDate lastDay() {
        return lastDecidedOn == null ? nominatedOn : lastDecidedOn;
    }

    NominationView toView() {
        NominationView v = new NominationView();
        v.id = id;
        v.campaignId = campaignId;
        v.channel = channel;
        v.channelName = channel.nameZh();
        v.memberId = memberId;
        v.memberName = memberName;
        v.jurisdictionCode = jurisdictionCode;
        v.nominator = nominator;
        v.reason = reason;
        v.nominatedOn = nominatedOn;
        v.nominatedBy = nominatedBy;
        v.procedureInstanceId = procedureInstanceId;
        v.status = status;
        v.round = currentRound;
        Round r = round();
        v.roundName = r == null ? null : r.nameZh();
        v.lastDecidedOn = lastDecidedOn;
        v.version = version;
        return v;
    }
}
