package org.jiceng.core.procedures.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** Who completed a step of an instance, when, with which record. */
@Entity
@Table(name = "procedure_step_record")
public class ProcedureStepRecordEntity {
    @Id
    @SequenceGenerator(name = "procedure_step_record_seq", sequenceName = "procedure_step_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "procedure_step_record_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "instance_id")
    long instanceId;

    @Column(name = "step_index")
    int index;

    @Column(name = "step_key")
    String key;

    @Column(name = "completed_by")
    String completedBy;

    @Column(name = "completed_by_role")
    String completedByRole;

    @Column(name = "completed_on")
    LocalDate completedOn;

    @Column(name = "recorded_at")
    LocalDateTime recordedAt;

    @Column(name = "record_text")
    String record;

    /** Attachment names, one a line. */
    @Column(name = "attachments")
    String attachments;
}
