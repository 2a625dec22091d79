-- Audit trail: one row per write of any persistence unit, chained by SHA-256 (see AuditChain).
-- seq runs 1, 2, 3 … without gaps; hash = SHA-256(prev_hash + canonical form of the row), so an
-- edited row breaks its own hash, a deleted row breaks the sequence and the next prev_hash, and a
-- cut-off tail no longer matches audit_chain_head. V10 is the accounts migration.
CREATE TABLE audit_entry (
    seq BIGINT NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP NOT NULL,
    username VARCHAR(100) NOT NULL,
    channel VARCHAR(16) NOT NULL,
    remote_address VARCHAR(64),
    caller_jurisdiction VARCHAR(12),
    jurisdiction_code VARCHAR(12),
    unit_name VARCHAR(100) NOT NULL,
    entity VARCHAR(100) NOT NULL,
    table_name VARCHAR(100),
    entity_id VARCHAR(200),
    action VARCHAR(16) NOT NULL,
    before_json VARCHAR(200000),
    after_json VARCHAR(200000),
    prev_hash VARCHAR(64) NOT NULL,
    hash VARCHAR(64) NOT NULL
);
CREATE INDEX ix_audit_entity ON audit_entry (entity, entity_id);
CREATE INDEX ix_audit_username ON audit_entry (username, occurred_at);
CREATE INDEX ix_audit_jurisdiction ON audit_entry (jurisdiction_code);
CREATE INDEX ix_audit_caller_jurisdiction ON audit_entry (caller_jurisdiction);
CREATE INDEX ix_audit_occurred ON audit_entry (occurred_at);

-- The tail of the chain; writers lock this one row for the last moment of their commit.
-- recording: whether the audit was on when last switched (a switch is itself an entry).
CREATE TABLE audit_chain_head (
    id INTEGER NOT NULL PRIMARY KEY,
    last_seq BIGINT NOT NULL,
    last_hash VARCHAR(64) NOT NULL,
    recording BOOLEAN NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash, recording)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', TRUE);
