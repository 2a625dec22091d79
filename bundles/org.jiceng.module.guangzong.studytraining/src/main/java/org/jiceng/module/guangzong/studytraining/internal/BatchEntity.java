package org.jiceng.module.guangzong.studytraining.internal;

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

/** One training batch (一期) of a township under a yearly plan; jurisdictionCode is the township. */
@Entity
@Table(name = "gst_batch")
public class BatchEntity {
    @Id
    @SequenceGenerator(name = "gst_batch_seq", sequenceName = "gst_batch_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gst_batch_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "yearly_plan_id", nullable = false)
    long yearlyPlanId;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "starts_on", nullable = false)
    LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    LocalDate endsOn;

    @Column(name = "hours", nullable = false)
    int hours;

    @Column(name = "content")
    String content;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    BatchStatus status;

    @Column(name = "entered_by", nullable = false)
    String enteredBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
