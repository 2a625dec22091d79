package org.jiceng.module.xingning.towncongress.internal;

import javax.persistence.*;

/** One rating of one evaluation ballot, without the voter. */
@Entity
@Table(name = "xtc_evaluation_rating")
class EvaluationRatingEntity {
    @Id
    @SequenceGenerator(name = "xtc_rating_gen", sequenceName = "xtc_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xtc_rating_gen")
    @Column(name = "id")
    Long id;
    @Column(name = "session_id", nullable = false)
    long sessionId;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false)
    SubjectType subjectType;
    @Column(name = "subject_name", nullable = false)
    String subjectName;
    @Enumerated(EnumType.STRING)
    @Column(name = "rating", nullable = false)
    Rating rating;
}
