package org.jiceng.core.checklists.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

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

import org.jiceng.checklist.EvaluationStatus;

/** An evaluation of a subject against one criteria set version. */
@Entity
@Table(name = "checklist_evaluation")
public class EvaluationEntity {
    @Id
    @SequenceGenerator(name = "checklist_evaluation_seq", sequenceName = "checklist_evaluation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checklist_evaluation_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "set_id")
    long setId;

    @Column(name = "set_key")
    String setKey;

    @Column(name = "set_version")
    int setVersion;

    @Column(name = "subject_type")
    String subjectType;

    @Column(name = "subject_id")
    String subjectId;

    @Column(name = "subject_jurisdiction_code")
    String subjectJurisdictionCode;

    @Column(name = "evaluator")
    String evaluator;

    @Column(name = "evaluator_unit")
    String evaluatorUnit;

    @Column(name = "evaluator_jurisdiction_code")
    String evaluatorJurisdictionCode;

    @Column(name = "cross_inspection")
    boolean crossInspection;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    EvaluationStatus status;

    @Column(name = "passed")
    Boolean passed;

    @Column(name = "met_count")
    Integer metCount;

    @Column(name = "score_total")
    BigDecimal scoreTotal;

    @Column(name = "share_met")
    BigDecimal shareMet;

    @Column(name = "submitted_at")
    LocalDateTime submittedAt;

    @Column(name = "updated_at")
    LocalDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
