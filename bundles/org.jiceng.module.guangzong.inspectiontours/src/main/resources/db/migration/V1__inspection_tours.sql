-- 广宗 基层党建巡察 (guangzong-inspection-tours). Tables of the module carry its prefix (gzt_).
-- The findings' rectification and the accountability actions live in the core's problems engine;
-- the module keeps what it does not: the inspection group, the rounds, the units visited and which
-- problems each visit found.

-- A member of the county's inspection group (巡察专员): named staff, or a member of the registry.
CREATE SEQUENCE gzt_inspector_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gzt_inspector (
    id BIGINT NOT NULL PRIMARY KEY,
    jurisdiction_code VARCHAR(12) NOT NULL,
    name VARCHAR(50) NOT NULL,
    post VARCHAR(100) NOT NULL,
    member_id BIGINT,
    appointed_on DATE NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_gzt_inspector_jurisdiction ON gzt_inspector (jurisdiction_code);

-- A round (轮次) of the county's inspection: its number, period and the inspectors it sends.
CREATE SEQUENCE gzt_round_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gzt_round (
    id BIGINT NOT NULL PRIMARY KEY,
    jurisdiction_code VARCHAR(12) NOT NULL,
    round_number INTEGER NOT NULL,
    title VARCHAR(200) NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    inspector_ids VARCHAR(200) NOT NULL,
    closed_on DATE,
    created_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_gzt_round_number UNIQUE (jurisdiction_code, round_number)
);

-- A unit inspected in a round, in one of the three modes (机动式, 麻雀式, 跟踪式).
CREATE SEQUENCE gzt_visit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gzt_visit (
    id BIGINT NOT NULL PRIMARY KEY,
    round_id BIGINT NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    unit_kind VARCHAR(20) NOT NULL,
    unit_key VARCHAR(40) NOT NULL,
    unit_name VARCHAR(200) NOT NULL,
    organization_id BIGINT,
    mode VARCHAR(12) NOT NULL,
    visited_on DATE NOT NULL,
    inspector_id BIGINT NOT NULL,
    note VARCHAR(2000),
    version BIGINT NOT NULL,
    CONSTRAINT uq_gzt_visit_unit UNIQUE (round_id, unit_key)
);
CREATE INDEX ix_gzt_visit_round ON gzt_visit (round_id);
CREATE INDEX ix_gzt_visit_jurisdiction ON gzt_visit (jurisdiction_code);
CREATE INDEX ix_gzt_visit_unit ON gzt_visit (unit_key);

-- A finding of a visit: the problem reported for it to the problems engine.
CREATE SEQUENCE gzt_finding_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gzt_finding (
    id BIGINT NOT NULL PRIMARY KEY,
    visit_id BIGINT NOT NULL,
    round_id BIGINT NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    unit_key VARCHAR(40) NOT NULL,
    area VARCHAR(20) NOT NULL,
    problem_id BIGINT NOT NULL,
    found_on DATE NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_gzt_finding_visit ON gzt_finding (visit_id);
CREATE INDEX ix_gzt_finding_round ON gzt_finding (round_id);
CREATE INDEX ix_gzt_finding_unit ON gzt_finding (unit_key);
CREATE INDEX ix_gzt_finding_jurisdiction ON gzt_finding (jurisdiction_code);
