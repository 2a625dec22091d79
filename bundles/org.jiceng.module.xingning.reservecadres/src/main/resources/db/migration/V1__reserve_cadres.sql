-- Reserves and their training, of the xingning-reserve-cadres module. Tables of the module carry its prefix (xrv_).
CREATE SEQUENCE xrv_reserve_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE xrv_reserve (
    id BIGINT NOT NULL PRIMARY KEY,
    member_id BIGINT NOT NULL,
    member_name VARCHAR(100) NOT NULL,
    designation_id BIGINT,
    jurisdiction_code VARCHAR(12) NOT NULL,
    town_code VARCHAR(12) NOT NULL,
    organization_id BIGINT NOT NULL,
    term_start DATE NOT NULL,
    term_end DATE,
    role VARCHAR(32) NOT NULL,
    status VARCHAR(16) NOT NULL,
    since DATE NOT NULL,
    note VARCHAR(1000),
    focused BOOLEAN NOT NULL,
    focus_reason VARCHAR(32),
    focused_since DATE,
    outcome VARCHAR(16),
    outcome_on DATE,
    outcome_reason VARCHAR(1000),
    entered_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_xrv_reserve_village ON xrv_reserve (jurisdiction_code, term_start);
CREATE INDEX ix_xrv_reserve_member ON xrv_reserve (member_id);
CREATE INDEX ix_xrv_reserve_town ON xrv_reserve (town_code);

CREATE SEQUENCE xrv_training_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE xrv_training (
    id BIGINT NOT NULL PRIMARY KEY,
    reserve_id BIGINT NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    kind VARCHAR(32) NOT NULL,
    batch VARCHAR(200),
    started_on DATE NOT NULL,
    ended_on DATE,
    hours INTEGER NOT NULL,
    note VARCHAR(1000),
    entered_by VARCHAR(100) NOT NULL,
    CONSTRAINT fk_xrv_training_reserve FOREIGN KEY (reserve_id) REFERENCES xrv_reserve (id)
);
CREATE INDEX ix_xrv_training_reserve ON xrv_training (reserve_id);
