package org.jiceng.core.scoring.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A computed result of a subject in a period. */
@Entity
@Table(name = "scoring_result")
public class ResultEntity {
    @Id
    @SequenceGenerator(name = "scoring_seq", sequenceName = "scoring_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scoring_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "scheme_id")
    long schemeId;

    @Column(name = "period")
    String period;

    @Column(name = "subject_id")
    String subjectId;

    @Column(name = "name")
    String name;

    @Column(name = "jurisdiction_code")
    String jurisdictionCode;

    @Column(name = "group_key")
    String group;

    @Column(name = "total")
    double total;

    @Column(name = "rank_in_group")
    int rank;

    @Column(name = "group_size")
    int groupSize;

    @Column(name = "grade")
    String grade;

    @Column(name = "last_place_streak")
    int lastPlaceStreak;

    @Column(name = "flagged")
    boolean flagged;
}
