-- 武冈 first secretaries (wugang-first-secretaries). Tables of the module carry its prefix (wfs_).
-- A secretary is the core's assignment (role first-secretary): rows here point at it by assignment_id
-- and copy its village's code for scoped queries.

-- Presence in the village, one row per secretary and day: worked there by day, stayed there at night.
CREATE SEQUENCE wfs_presence_seq START WITH 100 INCREMENT BY 100;
CREATE TABLE wfs_presence (
    id BIGINT NOT NULL PRIMARY KEY,
    assignment_id BIGINT NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    logged_on DATE NOT NULL,
    day_in_village BOOLEAN NOT NULL,
    night_in_village BOOLEAN NOT NULL,
    note VARCHAR(500),
    logged_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_wfs_presence_day UNIQUE (assignment_id, logged_on)
);
CREATE INDEX ix_wfs_presence_jurisdiction ON wfs_presence (jurisdiction_code, logged_on);

-- Weekly work reports (每周工作动态), one per secretary and ISO week.
CREATE SEQUENCE wfs_weekly_report_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE wfs_weekly_report (
    id BIGINT NOT NULL PRIMARY KEY,
    assignment_id BIGINT NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    week_key VARCHAR(8) NOT NULL,
    week_start DATE NOT NULL,
    due_on DATE NOT NULL,
    submitted_on DATE NOT NULL,
    summary VARCHAR(2000) NOT NULL,
    submitted_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_wfs_weekly_report_week UNIQUE (assignment_id, week_key)
);
CREATE INDEX ix_wfs_weekly_report_week ON wfs_weekly_report (week_start);

-- Half-yearly reports (半年述职), one per secretary and half year.
CREATE SEQUENCE wfs_half_year_report_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE wfs_half_year_report (
    id BIGINT NOT NULL PRIMARY KEY,
    assignment_id BIGINT NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    half_key VARCHAR(7) NOT NULL,
    due_on DATE NOT NULL,
    submitted_on DATE NOT NULL,
    summary VARCHAR(4000) NOT NULL,
    submitted_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_wfs_half_year_report_half UNIQUE (assignment_id, half_key)
);

-- Eliminations (末位淘汰): proposed when the ranking flags a secretary, decided by the county, then replaced.
CREATE SEQUENCE wfs_elimination_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE wfs_elimination (
    id BIGINT NOT NULL PRIMARY KEY,
    assignment_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    member_name VARCHAR(100) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    ranking_group VARCHAR(12) NOT NULL,
    period_month VARCHAR(7) NOT NULL,
    last_place_streak INT NOT NULL,
    total DOUBLE PRECISION NOT NULL,
    grade VARCHAR(32),
    state VARCHAR(16) NOT NULL,
    proposed_on DATE NOT NULL,
    decided_by VARCHAR(100),
    decided_on DATE,
    decision_note VARCHAR(1000),
    replacement_assignment_id BIGINT,
    replacement_member_id BIGINT,
    replaced_on DATE,
    version BIGINT NOT NULL,
    CONSTRAINT uq_wfs_elimination_month UNIQUE (assignment_id, period_month)
);
CREATE INDEX ix_wfs_elimination_jurisdiction ON wfs_elimination (jurisdiction_code);
