package org.jiceng.module.xiajiang.threemembers.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A dispatch reviewed against its role's duty checklist; the evaluation lives in the core checklist engine. */
@Entity
@Table(name = "x3m_duty_review")
public class DutyReviewEntity {
    @Id
    @SequenceGenerator(name = "x3m_seq", sequenceName = "x3m_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "x3m_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "dispatch_id", nullable = false)
    long dispatchId;

    @Column(name = "evaluation_id", nullable = false)
    long evaluationId;

    @Column(name = "passed", nullable = false)
    boolean passed;

    @Column(name = "met_count", nullable = false)
    int metCount;

    @Column(name = "reviewed_on", nullable = false)
    LocalDate reviewedOn;

    @Column(name = "reviewed_by", nullable = false)
    String reviewedBy;

    DutyReviewView toView() {
        return new DutyReviewView(id, dispatchId, evaluationId, passed, metCount, reviewedOn, reviewedBy);
    }
}
