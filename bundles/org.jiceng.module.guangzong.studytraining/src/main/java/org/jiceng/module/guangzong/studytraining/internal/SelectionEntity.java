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

/** A top scorer of an exam selected for revolutionary-site training (each member once), and that training once held. */
@Entity
@Table(name = "gst_selection")
public class SelectionEntity {
    @Id
    @SequenceGenerator(name = "gst_selection_seq", sequenceName = "gst_selection_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gst_selection_seq")
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

    @Column(name = "exam_rank", nullable = false)
    int examRank;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    SelectionStatus status;

    @Column(name = "site")
    String site;

    @Column(name = "trained_on")
    LocalDate trainedOn;

    @Column(name = "note")
    String note;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
