package org.jiceng.core.procedures.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** One step of a procedure definition version. */
@Entity
@Table(name = "procedure_step_definition")
public class ProcedureStepDefinitionEntity {
    @Id
    @SequenceGenerator(name = "procedure_step_definition_seq", sequenceName = "procedure_step_definition_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "procedure_step_definition_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "definition_id")
    long definitionId;

    @Column(name = "step_index")
    int index;

    @Column(name = "step_key")
    String key;

    @Column(name = "name")
    String name;

    @Column(name = "record_label")
    String record;

    /** Attachment names, one a line. */
    @Column(name = "required_attachments")
    String requiredAttachments;

    @Column(name = "step_role")
    String role;

    @Column(name = "deadline_days")
    Integer deadlineDays;
}
