-- Cadres: positions and list designations; generic assignments; relation transfers and mobile members.
CREATE SEQUENCE cadre_position_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cadre_position (
    id BIGINT NOT NULL PRIMARY KEY,
    member_id BIGINT NOT NULL REFERENCES party_member (id),
    unit VARCHAR(200) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL REFERENCES jurisdiction (code),
    organization_id BIGINT REFERENCES party_organization (id),
    title VARCHAR(100) NOT NULL,
    cadre_rank VARCHAR(16) NOT NULL,
    post_level VARCHAR(16) NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE,
    version BIGINT NOT NULL
);
CREATE INDEX ix_cadre_position_member ON cadre_position (member_id);
CREATE INDEX ix_cadre_position_jurisdiction ON cadre_position (jurisdiction_code);

CREATE SEQUENCE cadre_designation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cadre_designation (
    id BIGINT NOT NULL PRIMARY KEY,
    member_id BIGINT NOT NULL REFERENCES party_member (id),
    designation_type VARCHAR(16) NOT NULL,
    since_date DATE NOT NULL,
    until_date DATE,
    note VARCHAR(500),
    version BIGINT NOT NULL
);
CREATE INDEX ix_cadre_designation_member ON cadre_designation (member_id);

CREATE SEQUENCE assignment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE assignment (
    id BIGINT NOT NULL PRIMARY KEY,
    member_id BIGINT NOT NULL REFERENCES party_member (id),
    target_type VARCHAR(16) NOT NULL,
    target VARCHAR(100) NOT NULL,
    role VARCHAR(64) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL REFERENCES jurisdiction (code),
    start_date DATE NOT NULL,
    end_date DATE,
    dispatching_body VARCHAR(200) NOT NULL,
    status VARCHAR(16) NOT NULL,
    module_id VARCHAR(64),
    note VARCHAR(500),
    version BIGINT NOT NULL
);
CREATE INDEX ix_assignment_member ON assignment (member_id);
CREATE INDEX ix_assignment_jurisdiction ON assignment (jurisdiction_code);
CREATE INDEX ix_assignment_role ON assignment (role);

CREATE SEQUENCE relation_transfer_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE relation_transfer (
    id BIGINT NOT NULL PRIMARY KEY,
    member_id BIGINT NOT NULL REFERENCES party_member (id),
    from_organization_id BIGINT NOT NULL REFERENCES party_organization (id),
    to_organization_id BIGINT NOT NULL REFERENCES party_organization (id),
    letter_number VARCHAR(64) NOT NULL,
    issued_on DATE NOT NULL,
    validity_days INTEGER NOT NULL,
    status VARCHAR(16) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_relation_transfer_letter UNIQUE (letter_number)
);
CREATE INDEX ix_relation_transfer_member ON relation_transfer (member_id);

CREATE SEQUENCE relation_transfer_step_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE relation_transfer_step (
    id BIGINT NOT NULL PRIMARY KEY,
    transfer_id BIGINT NOT NULL REFERENCES relation_transfer (id),
    status VARCHAR(16) NOT NULL,
    step_date DATE NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    note VARCHAR(500)
);
CREATE INDEX ix_relation_transfer_step ON relation_transfer_step (transfer_id);

CREATE SEQUENCE mobile_member_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE mobile_member (
    id BIGINT NOT NULL PRIMARY KEY,
    member_id BIGINT NOT NULL REFERENCES party_member (id),
    location VARCHAR(200) NOT NULL,
    reason VARCHAR(200),
    since_date DATE NOT NULL,
    until_date DATE,
    contact VARCHAR(100),
    version BIGINT NOT NULL
);
CREATE INDEX ix_mobile_member_member ON mobile_member (member_id);
