-- Problems and rectification: problems, their history, linked accountability actions.
CREATE SEQUENCE problem_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE problem (
    id BIGINT NOT NULL PRIMARY KEY,
    source VARCHAR(20) NOT NULL,
    subject_type VARCHAR(32) NOT NULL,
    subject_id VARCHAR(64) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL REFERENCES jurisdiction (code),
    category VARCHAR(100) NOT NULL,
    severity VARCHAR(8) NOT NULL,
    description VARCHAR(2000) NOT NULL,
    found_by VARCHAR(100) NOT NULL,
    found_on DATE NOT NULL,
    deadline DATE NOT NULL,
    status VARCHAR(16) NOT NULL,
    plan_text VARCHAR(2000),
    responsible VARCHAR(100),
    completion VARCHAR(2000),
    rectified_on DATE,
    verified_by VARCHAR(100),
    verified_by_finder BOOLEAN,
    verified_on DATE,
    reopen_count INTEGER NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_problem_jurisdiction ON problem (jurisdiction_code);
CREATE INDEX ix_problem_status_deadline ON problem (status, deadline);

CREATE SEQUENCE problem_history_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE problem_history (
    id BIGINT NOT NULL PRIMARY KEY,
    problem_id BIGINT NOT NULL REFERENCES problem (id),
    change_type VARCHAR(16) NOT NULL,
    status VARCHAR(16) NOT NULL,
    change_date DATE NOT NULL,
    changed_by VARCHAR(100) NOT NULL,
    change_text VARCHAR(2000),
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX ix_problem_history_problem ON problem_history (problem_id);

CREATE SEQUENCE problem_accountability_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE problem_accountability (
    id BIGINT NOT NULL PRIMARY KEY,
    problem_id BIGINT NOT NULL REFERENCES problem (id),
    action_type VARCHAR(16) NOT NULL,
    target_member_id BIGINT REFERENCES party_member (id),
    target_organization_id BIGINT REFERENCES party_organization (id),
    action_date DATE NOT NULL,
    decided_by VARCHAR(200) NOT NULL,
    note VARCHAR(1000)
);
CREATE INDEX ix_problem_accountability_problem ON problem_accountability (problem_id);
