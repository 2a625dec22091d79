-- 顺义 党建工作督导 and 督查 (shunyi-supervision). Tables of the module carry its prefix (ssv_).
-- The steps live in the core's procedure engine and the findings' rectification in its problems engine;
-- the module keeps what they do not: the supervised matter and which problems its team found.

-- A supervision item: a guidance (督导) or inspection (督查) of a unit by a team, run as a procedure instance.
CREATE SEQUENCE ssv_item_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE ssv_item (
    id BIGINT NOT NULL PRIMARY KEY,
    jurisdiction_code VARCHAR(12) NOT NULL,
    kind VARCHAR(12) NOT NULL,
    title VARCHAR(300) NOT NULL,
    unit VARCHAR(100) NOT NULL,
    team VARCHAR(12) NOT NULL,
    leader VARCHAR(50) NOT NULL,
    key_task BOOLEAN NOT NULL,
    opened_on DATE NOT NULL,
    opened_by VARCHAR(100) NOT NULL,
    instance_id BIGINT NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_ssv_item_jurisdiction ON ssv_item (jurisdiction_code, kind);

-- A finding of an item's team: a problem reported to the problems engine, rectified, revisited and re-checked there.
CREATE SEQUENCE ssv_finding_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE ssv_finding (
    id BIGINT NOT NULL PRIMARY KEY,
    item_id BIGINT NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    problem_id BIGINT NOT NULL,
    found_on DATE NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_ssv_finding_item ON ssv_finding (item_id);
CREATE INDEX ix_ssv_finding_jurisdiction ON ssv_finding (jurisdiction_code);
