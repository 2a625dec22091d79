-- Step procedures: versioned definitions with ordered steps; instances with one record per completed step.
CREATE SEQUENCE procedure_definition_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE procedure_definition (
    id BIGINT NOT NULL PRIMARY KEY,
    definition_key VARCHAR(64) NOT NULL,
    definition_version INTEGER NOT NULL,
    name VARCHAR(200) NOT NULL,
    module_id VARCHAR(64),
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT uq_procedure_definition UNIQUE (definition_key, definition_version)
);

CREATE SEQUENCE procedure_step_definition_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE procedure_step_definition (
    id BIGINT NOT NULL PRIMARY KEY,
    definition_id BIGINT NOT NULL REFERENCES procedure_definition (id),
    step_index INTEGER NOT NULL,
    step_key VARCHAR(64) NOT NULL,
    name VARCHAR(200) NOT NULL,
    record_label VARCHAR(500),
    required_attachments VARCHAR(2000),
    step_role VARCHAR(64),
    deadline_days INTEGER,
    CONSTRAINT uq_procedure_step_definition UNIQUE (definition_id, step_index)
);

CREATE SEQUENCE procedure_instance_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE procedure_instance (
    id BIGINT NOT NULL PRIMARY KEY,
    definition_id BIGINT NOT NULL REFERENCES procedure_definition (id),
    definition_key VARCHAR(64) NOT NULL,
    definition_version INTEGER NOT NULL,
    subject_type VARCHAR(32) NOT NULL,
    subject_id VARCHAR(64) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL REFERENCES jurisdiction (code),
    title VARCHAR(200) NOT NULL,
    status VARCHAR(16) NOT NULL,
    current_step INTEGER NOT NULL,
    current_due DATE,
    started_by VARCHAR(100) NOT NULL,
    started_on DATE NOT NULL,
    started_at TIMESTAMP NOT NULL,
    closed_by VARCHAR(100),
    closed_on DATE,
    close_reason VARCHAR(500),
    version BIGINT NOT NULL
);
CREATE INDEX ix_procedure_instance_jurisdiction ON procedure_instance (jurisdiction_code);
CREATE INDEX ix_procedure_instance_definition ON procedure_instance (definition_key);
CREATE INDEX ix_procedure_instance_due ON procedure_instance (status, current_due);

CREATE SEQUENCE procedure_step_record_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE procedure_step_record (
    id BIGINT NOT NULL PRIMARY KEY,
    instance_id BIGINT NOT NULL REFERENCES procedure_instance (id),
    step_index INTEGER NOT NULL,
    step_key VARCHAR(64) NOT NULL,
    completed_by VARCHAR(100) NOT NULL,
    completed_by_role VARCHAR(64),
    completed_on DATE NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    record_text VARCHAR(4000) NOT NULL,
    attachments VARCHAR(2000),
    CONSTRAINT uq_procedure_step_record UNIQUE (instance_id, step_index)
);
