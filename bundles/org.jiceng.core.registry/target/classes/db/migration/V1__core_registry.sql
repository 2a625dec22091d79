-- Core registry: jurisdiction tree (with closure table for subtree queries), organizations,
-- members and module enablement. Portable SQL: runs unchanged on H2 2.x and PostgreSQL.
CREATE TABLE jurisdiction (
    code VARCHAR(12) NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    jurisdiction_level VARCHAR(16) NOT NULL,
    parent_code VARCHAR(12) REFERENCES jurisdiction (code),
    depth INTEGER NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_jurisdiction_parent ON jurisdiction (parent_code);

-- One row per (ancestor, descendant) pair including the node itself at distance 0:
-- "everything below X" is an indexed equality lookup whatever the depth of the tree.
CREATE TABLE jurisdiction_closure (
    ancestor_code VARCHAR(12) NOT NULL REFERENCES jurisdiction (code),
    descendant_code VARCHAR(12) NOT NULL REFERENCES jurisdiction (code),
    distance INTEGER NOT NULL,
    PRIMARY KEY (ancestor_code, descendant_code)
);
CREATE INDEX ix_closure_descendant ON jurisdiction_closure (descendant_code);

-- EclipseLink reads a sequence value as the end of a block of allocationSize ids, so it starts at 50.
CREATE SEQUENCE party_organization_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE party_organization (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    org_type VARCHAR(32) NOT NULL,
    org_field VARCHAR(32) NOT NULL,
    parent_id BIGINT REFERENCES party_organization (id),
    jurisdiction_code VARCHAR(12) NOT NULL REFERENCES jurisdiction (code),
    term_start DATE,
    term_end DATE,
    status VARCHAR(16) NOT NULL,
    star_rating INTEGER,
    version BIGINT NOT NULL
);
CREATE INDEX ix_organization_jurisdiction ON party_organization (jurisdiction_code);
CREATE INDEX ix_organization_parent ON party_organization (parent_id);
CREATE INDEX ix_organization_term_end ON party_organization (term_end);

CREATE SEQUENCE party_member_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE party_member (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    gender VARCHAR(8) NOT NULL,
    birth_date DATE NOT NULL,
    education VARCHAR(32),
    organization_id BIGINT NOT NULL REFERENCES party_organization (id),
    stage VARCHAR(16) NOT NULL,
    application_date DATE,
    activist_date DATE,
    candidate_date DATE,
    probation_date DATE,
    full_date DATE,
    has_post BOOLEAN NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_member_organization ON party_member (organization_id);
CREATE INDEX ix_member_stage ON party_member (stage);

CREATE TABLE module_enablement (
    module_id VARCHAR(64) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL REFERENCES jurisdiction (code),
    enabled_at TIMESTAMP NOT NULL,
    PRIMARY KEY (module_id, jurisdiction_code)
);
