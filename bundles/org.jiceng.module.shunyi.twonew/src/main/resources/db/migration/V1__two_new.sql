-- 顺义 两新组织台账 (shunyi-two-new). Tables of the module carry its prefix (stn_).
-- Party organizations and members are the core's: rows point at them by id and copy the name for the ledger.

-- One ledger sheet per non-public enterprise or social organization (一企一表、一社一表).
CREATE SEQUENCE stn_sheet_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE stn_sheet (
    id BIGINT NOT NULL PRIMARY KEY,
    kind VARCHAR(24) NOT NULL,
    name VARCHAR(200) NOT NULL,
    credit_code VARCHAR(18) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    township_code VARCHAR(12) NOT NULL,
    category VARCHAR(50),
    employees INTEGER NOT NULL,
    party_members INTEGER NOT NULL,
    coverage VARCHAR(12) NOT NULL,
    organization_id BIGINT,
    organization_name VARCHAR(200),
    instructor VARCHAR(50),
    contact_name VARCHAR(50),
    contact_phone VARCHAR(30),
    closed_on DATE,
    closed_reason VARCHAR(500),
    updated_on DATE NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_stn_sheet_credit_code UNIQUE (credit_code)
);
CREATE INDEX ix_stn_sheet_township ON stn_sheet (township_code, kind);
CREATE INDEX ix_stn_sheet_organization ON stn_sheet (organization_id);

-- The reserve talent database for village and community cadres (村、社区干部队伍后备人才资源数据库).
CREATE SEQUENCE stn_talent_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE stn_talent (
    id BIGINT NOT NULL PRIMARY KEY,
    jurisdiction_code VARCHAR(12) NOT NULL,
    member_id BIGINT,
    name VARCHAR(50) NOT NULL,
    birth_date DATE NOT NULL,
    education VARCHAR(24) NOT NULL,
    source VARCHAR(32) NOT NULL,
    unit VARCHAR(200) NOT NULL,
    intended_post VARCHAR(24) NOT NULL,
    entered_on DATE NOT NULL,
    state VARCHAR(12) NOT NULL,
    posted_to VARCHAR(12),
    posted_on DATE,
    withdrawn_reason VARCHAR(500),
    entered_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_stn_talent_jurisdiction ON stn_talent (jurisdiction_code, state);
