package org.jiceng.core.scoring.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** An entered or computed indicator value. */
@Entity
@Table(name = "scoring_value")
public class ValueEntity {
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

    @Column(name = "indicator_key")
    String indicatorKey;

    @Column(name = "score_value")
    double value;

    @Column(name = "entered_by")
    String enteredBy;

    @Column(name = "entered_at")
    LocalDateTime enteredAt;
}
