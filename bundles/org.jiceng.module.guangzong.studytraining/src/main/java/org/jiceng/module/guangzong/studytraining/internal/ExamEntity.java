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

/** A periodic exam of the county's Party members and cadres (考学), with its pass mark; the selection of its top scorers is recorded on it. */
@Entity
@Table(name = "gst_exam")
public class ExamEntity {
    @Id
    @SequenceGenerator(name = "gst_exam_seq", sequenceName = "gst_exam_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gst_exam_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "held_on", nullable = false)
    LocalDate heldOn;

    @Column(name = "full_mark", nullable = false)
    int fullMark;

    @Column(name = "pass_mark", nullable = false)
    int passMark;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    ExamStatus status;

    @Column(name = "closed_on")
    LocalDate closedOn;

    @Column(name = "places")
    Integer places;

    @Column(name = "min_score")
    Integer minScore;

    @Column(name = "selected_on")
    LocalDate selectedOn;

    @Column(name = "entered_by", nullable = false)
    String enteredBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
