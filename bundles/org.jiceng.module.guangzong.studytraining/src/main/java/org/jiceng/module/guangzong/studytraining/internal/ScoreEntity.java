package org.jiceng.module.guangzong.studytraining.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** One member's score in one exam; where the member's organization lies (and its township) kept for the figures. */
@Entity
@Table(name = "gst_score")
public class ScoreEntity {
    @Id
    @SequenceGenerator(name = "gst_score_seq", sequenceName = "gst_score_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gst_score_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "exam_id", nullable = false)
    long examId;

    @Column(name = "member_id", nullable = false)
    long memberId;

    @Column(name = "member_name", nullable = false)
    String memberName;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "town_code")
    String townCode;

    @Column(name = "score", nullable = false)
    int score;

    @Column(name = "entered_by", nullable = false)
    String enteredBy;
}
