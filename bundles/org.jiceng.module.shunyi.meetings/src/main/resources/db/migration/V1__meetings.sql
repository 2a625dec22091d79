-- 顺义 党建工作会议机制 and 四上四下 (shunyi-meetings). Tables of the module carry its prefix (smt_).
-- The steps of a matter live in the core's procedure engine; the module keeps the meetings and which instances carry a matter.

-- A meeting of the county's chain, planned for the year and then held with its minutes (fixed people, fixed cycle).
CREATE SEQUENCE smt_meeting_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE smt_meeting (
    id BIGINT NOT NULL PRIMARY KEY,
    county_code VARCHAR(12) NOT NULL,
    kind VARCHAR(24) NOT NULL,
    plan_year INT NOT NULL,
    seq INT NOT NULL,
    subject VARCHAR(300) NOT NULL,
    planned_on DATE NOT NULL,
    state VARCHAR(12) NOT NULL,
    held_on DATE,
    chaired_by VARCHAR(50),
    attendees INT,
    minutes VARCHAR(4000),
    recorded_by VARCHAR(100),
    version BIGINT NOT NULL,
    CONSTRAINT uq_smt_meeting_seq UNIQUE (county_code, plan_year, kind, seq)
);

-- A matter carried along the chain and up and down four times (四上四下): two procedure instances.
CREATE SEQUENCE smt_matter_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE smt_matter (
    id BIGINT NOT NULL PRIMARY KEY,
    county_code VARCHAR(12) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    title VARCHAR(300) NOT NULL,
    opened_on DATE NOT NULL,
    opened_by VARCHAR(100) NOT NULL,
    chain_instance_id BIGINT NOT NULL,
    rounds_instance_id BIGINT NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_smt_matter_jurisdiction ON smt_matter (jurisdiction_code);
