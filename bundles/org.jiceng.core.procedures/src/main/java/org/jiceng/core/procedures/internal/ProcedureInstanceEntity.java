package org.jiceng.core.procedures.internal;

import java.time.LocalDate;
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

import org.jiceng.procedure.ProcedureStatus;

/** One run of a procedure definition. */
@Entity
@Table(name = "procedure_instance")
public class ProcedureInstanceEntity {
    @Id
    @SequenceGenerator(name = "procedure_instance_seq", sequenceName = "procedure_instance_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "procedure_instance_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "definition_id")
    long definitionId;

    @Column(name = "definition_key")
    String definitionKey;

    @Column(name = "definition_version")
    int definitionVersion;

    @Column(name = "subject_type")
    String subjectType;

    @Column(name = "subject_id")
    String subjectId;

    @Column(name = "jurisdiction_code")
    String jurisdictionCode;

    @Column(name = "title")
    String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    ProcedureStatus status;

    @Column(name = "current_step")
    int currentStep;

    /** Due date of the current step while running (null without a deadline, and once completed or closed). */
    @Column(name = "current_due")
    LocalDate currentDue;

    @Column(name = "started_by")
    String startedBy;

    @Column(name = "started_on")
    LocalDate startedOn;

    @Column(name = "started_at")
    LocalDateTime startedAt;

    @Column(name = "closed_by")
    String closedBy;

    @Column(name = "closed_on")
    LocalDate closedOn;

    @Column(name = "close_reason")
    String closeReason;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
