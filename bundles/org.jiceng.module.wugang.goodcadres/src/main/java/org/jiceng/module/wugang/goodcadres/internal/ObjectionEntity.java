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

/** An objection (异议) raised against a nominee on the public notice, and what looking into it found. */
@Entity
@Table(name = "wgc_objection")
public class ObjectionEntity {
    @Id
    @SequenceGenerator(name = "wgc_objection_seq", sequenceName = "wgc_objection_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wgc_objection_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "nomination_id", nullable = false)
    long nominationId;

    @Column(name = "campaign_id", nullable = false)
    long campaignId;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "content", nullable = false)
    String content;

    /** Who raised it (a name, or 匿名 for a letter without one). */
    @Column(name = "raised_by", nullable = false)
    String raisedBy;

    @Column(name = "raised_on", nullable = false)
    LocalDate raisedOn;

    @Column(name = "recorded_by", nullable = false)
    String recordedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    ObjectionStatus status = ObjectionStatus.OPEN;

    @Column(name = "finding")
    String finding;

    @Column(name = "resolved_on")
    LocalDate resolvedOn;

    @Column(name = "resolved_by")
    String resolvedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    ObjectionView toView() {
        ObjectionView v = new ObjectionView();
        v.id = id;
        v.nominationId = nominationId;
        v.campaignId = campaignId;
        v.jurisdictionCode = jurisdictionCode;
        v.content = content;
        v.raisedBy = raisedBy;
        v.raisedOn = raisedOn;
        v.recordedBy = recordedBy;
        v.status = status;
        v.finding = finding;
        v.resolvedOn = resolvedOn;
        v.resolvedBy = resolvedBy;
        v.version = version;
        return v;
    }
}
