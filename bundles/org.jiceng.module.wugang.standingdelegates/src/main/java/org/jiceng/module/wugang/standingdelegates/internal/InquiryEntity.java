package org.jiceng.module.wugang.standingdelegates.internal;

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

/** An inquiry (询问) or questioning (质询) of a delegate addressed to a unit, and its answer. */
@Entity
@Table(name = "wsd_inquiry")
class InquiryEntity {
    @Id
    @SequenceGenerator(name = "wsd_inquiry_gen", sequenceName = "wsd_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wsd_inquiry_gen")
    @Column(name = "id")
    Long id;
    @Column(name = "delegate_id", nullable = false)
    long delegateId;
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    InquiryKind kind;
    @Column(name = "addressed_to", nullable = false)
    String addressedTo;
    @Column(name = "question", nullable = false)
    String question;
    @Column(name = "asked_on", nullable = false)
    LocalDate askedOn;
    @Column(name = "answer")
    String answer;
    @Column(name = "answered_on")
    LocalDate answeredOn;
    @Column(name = "recorded_by", nullable = false)
    String recordedBy;
    @Version
    @Column(name = "version", nullable = false)
    long version;
}
