-- Acceptance checklists: versioned criteria sets (criteria with their aspect), evaluations and their answers.
CREATE SEQUENCE checklist_set_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE checklist_set (
    id BIGINT NOT NULL PRIMARY KEY,
    set_key VARCHAR(64) NOT NULL,
    name VARCHAR(200) NOT NULL,
    set_version INTEGER NOT NULL,
    minimum_score DECIMAL(12, 2),
    minimum_share_met DECIMAL(5, 4),
    defined_at TIMESTAMP NOT NULL,
    CONSTRAINT uq_checklist_set_key_version UNIQUE (set_key, set_version)
);

CREATE SEQUENCE checklist_criterion_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE checklist_criterion (
    id BIGINT NOT NULL PRIMARY KEY,
    set_id BIGINT NOT NULL REFERENCES checklist_set (id),
    aspect_index INTEGER NOT NULL,
    aspect_key VARCHAR(64) NOT NULL,
    aspect_name VARCHAR(200) NOT NULL,
    criterion_index INTEGER NOT NULL,
    criterion_key VARCHAR(64) NOT NULL,
    criterion_text VARCHAR(1000) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    maximum DECIMAL(12, 2),
    pass_score DECIMAL(12, 2),
    required BOOLEAN NOT NULL,
    jurisdiction_code VARCHAR(12),
    module_owner VARCHAR(100)
);
CREATE INDEX ix_checklist_criterion_set ON checklist_criterion (set_id);

CREATE SEQUENCE checklist_evaluation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE checklist_evaluation (
    id BIGINT NOT NULL PRIMARY KEY,
    set_id BIGINT NOT NULL REFERENCES checklist_set (id),
    set_key VARCHAR(64) NOT NULL,
    set_version INTEGER NOT NULL,
    subject_type VARCHAR(32) NOT NULL,
    subject_id VARCHAR(64) NOT NULL,
    subject_jurisdiction_code VARCHAR(12) NOT NULL REFERENCES jurisdiction (code),
    evaluator VARCHAR(100) NOT NULL,
    evaluator_unit VARCHAR(200) NOT NULL,
    evaluator_jurisdiction_code VARCHAR(12) NOT NULL REFERENCES jurisdiction (code),
    cross_inspection BOOLEAN NOT NULL,
    status VARCHAR(16) NOT NULL,
    passed BOOLEAN,
    met_count INTEGER,
    score_total DECIMAL(12, 2),
    share_met DECIMAL(5, 4),
    submitted_at TIMESTAMP,
    updated_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_checklist_evaluation_set ON checklist_evaluation (set_key, set_version, status);
CREATE INDEX ix_checklist_evaluation_jurisdiction ON checklist_evaluation (subject_jurisdiction_code);

CREATE SEQUENCE checklist_answer_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE checklist_answer (
    id BIGINT NOT NULL PRIMARY KEY,
    evaluation_id BIGINT NOT NULL REFERENCES checklist_evaluation (id),
    criterion_key VARCHAR(64) NOT NULL,
    met BOOLEAN,
    score DECIMAL(12, 2),
    evidence VARCHAR(2000),
    comment_text VARCHAR(2000)
);
CREATE INDEX ix_checklist_answer_evaluation ON checklist_answer (evaluation_id);
