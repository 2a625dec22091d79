package org.jiceng.core.duties.internal;

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

import org.jiceng.duty.RaterKind;
import org.jiceng.duty.Rating;

/** One rater's evaluation of a report; never changed once given. */
@Entity
@Table(name = "duty_evaluation")
public class EvaluationEntity {
    @Id
    @SequenceGenerator(name = "duty_evaluation_seq", sequenceName = "duty_evaluation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duty_evaluation_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "report_id")
    long reportId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rater_kind")
    RaterKind raterKind;

    @Column(name = "rater")
    String rater;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating")
    Rating rating;

    @Column(name = "score")
    Integer score;

    @Column(name = "rating_comment")
    String comment;

    @Column(name = "rated_on")
    LocalDate ratedOn;
}
