package org.jiceng.module.xiajiang.threemembers.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** Feedback a member gave a unit: the problem itself is in the core's rectification engine. */
@Entity
@Table(name = "x3m_feedback")
public class FeedbackEntity {
    @Id
    @SequenceGenerator(name = "x3m_seq", sequenceName = "x3m_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "x3m_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "dispatch_id", nullable = false)
    long dispatchId;

    @Column(name = "problem_id", nullable = false)
    long problemId;

    @Column(name = "work_year", nullable = false)
    int workYear;

    @Column(name = "organization_id", nullable = false)
    long organizationId;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "recorded_by", nullable = false)
    String recordedBy;

    @Column(name = "recorded_on", nullable = false)
    LocalDate recordedOn;
}
