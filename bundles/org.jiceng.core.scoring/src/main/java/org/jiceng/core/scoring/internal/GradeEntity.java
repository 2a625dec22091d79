package org.jiceng.core.scoring.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A grade band of a scheme. */
@Entity
@Table(name = "scoring_grade")
public class GradeEntity {
    @Id
    @SequenceGenerator(name = "scoring_seq", sequenceName = "scoring_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scoring_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "scheme_id")
    long schemeId;

    @Column(name = "sort_order")
    int order;

    @Column(name = "grade")
    String grade;

    @Column(name = "minimum")
    double minimum;

    @Column(name = "consequence")
    String consequence;
}
