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

/** A delegate's yearly democratic evaluation: the counted records, the votes, the score and grade. */
@Entity
@Table(name = "wsd_evaluation")
class EvaluationEntity {
    @Id
    @SequenceGenerator(name = "wsd_evaluation_gen", sequenceName = "wsd_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wsd_evaluation_gen")
    @Column(name = "id")
    Long id;
    @Column(name = "delegate_id", nullable = false)
    long delegateId;
    @Column(name = "studio_id", nullable = false)
    long studioId;
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;
    @Column(name = "evaluation_year", nullable = false)
    int year;
    @Column(name = "evaluated_on", nullable = false)
    LocalDate evaluatedOn;
    @Column(name = "activity_days_held", nullable = false)
    int activityDaysHeld;
    @Column(name = "activity_days_attended", nullable = false)
    int activityDaysAttended;
    @Column(name = "visits", nullable = false)
    int visits;
    @Column(name = "proposals", nullable = false)
    int proposals;
    @Column(name = "meetings_and_inquiries", nullable = false)
    int meetingsAndInquiries;
    @Column(name = "contacts_complete", nullable = false)
    boolean contactsComplete;
    @Column(name = "votes_satisfied", nullable = false)
    int votesSatisfied;
    @Column(name = "votes_total", nullable = false)
    int votesTotal;
    @Column(name = "score", nullable = false)
    int score;
    @Enumerated(EnumType.STRING)
    @Column(name = "grade", nullable = false)
    Grade grade;
    @Column(name = "evaluated_by", nullable = false)
    String evaluatedBy;
}
