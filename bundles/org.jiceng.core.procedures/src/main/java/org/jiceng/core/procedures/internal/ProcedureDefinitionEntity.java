package org.jiceng.core.procedures.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** One version of a procedure definition. */
@Entity
@Table(name = "procedure_definition")
public class ProcedureDefinitionEntity {
    @Id
    @SequenceGenerator(name = "procedure_definition_seq", sequenceName = "procedure_definition_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "procedure_definition_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "definition_key")
    String key;

    @Column(name = "definition_version")
    int version;

    @Column(name = "name")
    String name;

    @Column(name = "module_id")
    String moduleId;

    @Column(name = "created_at")
    LocalDateTime createdAt;
}
