-- 顺义 党建工作指标体系 and 折子工程 (shunyi-indicators). Tables of the module carry its prefix (sin_).

-- The county's indicator system (《关于建设顺义区党建工作指标体系的实施意见》): each indicator under one of
-- the three aspects (党的领导、党的建设、党的工作) and one of the five domains of Party building.
CREATE SEQUENCE sin_indicator_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sin_indicator (
    id BIGINT NOT NULL PRIMARY KEY,
    county_code VARCHAR(12) NOT NULL,
    code VARCHAR(8) NOT NULL,
    name VARCHAR(100) NOT NULL,
    aspect VARCHAR(16) NOT NULL,
    party_domain VARCHAR(16) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_sin_indicator_code UNIQUE (county_code, code)
);

-- A year's task of an indicator, assigned to a unit (a member unit of the leading group, a township).
CREATE SEQUENCE sin_task_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sin_task (
    id BIGINT NOT NULL PRIMARY KEY,
    county_code VARCHAR(12) NOT NULL,
    indicator_id BIGINT NOT NULL,
    plan_year INT NOT NULL,
    code VARCHAR(16) NOT NULL,
    title VARCHAR(500) NOT NULL,
    unit VARCHAR(100) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    due_on DATE NOT NULL,
    done_on DATE,
    done_note VARCHAR(2000),
    reported_by VARCHAR(100),
    version BIGINT NOT NULL,
    CONSTRAINT uq_sin_task_code UNIQUE (county_code, plan_year, code)
);
CREATE INDEX ix_sin_task_jurisdiction ON sin_task (jurisdiction_code, plan_year);

-- The year's work points (工作要点): numbered items under numbered parts.
CREATE SEQUENCE sin_work_item_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sin_work_item (
    id BIGINT NOT NULL PRIMARY KEY,
    county_code VARCHAR(12) NOT NULL,
    plan_year INT NOT NULL,
    part_number INT NOT NULL,
    part_title VARCHAR(200) NOT NULL,
    item_number INT NOT NULL,
    content VARCHAR(1000) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_sin_work_item_number UNIQUE (county_code, plan_year, item_number)
);

-- A folded project (折子工程): a work point's project for a unit, under an indicator, with a deadline ...
CREATE SEQUENCE sin_project_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sin_project (
    id BIGINT NOT NULL PRIMARY KEY,
    county_code VARCHAR(12) NOT NULL,
    plan_year INT NOT NULL,
    work_item_id BIGINT NOT NULL,
    indicator_id BIGINT NOT NULL,
    title VARCHAR(300) NOT NULL,
    unit VARCHAR(100) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    starts_on DATE NOT NULL,
    deadline DATE NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_sin_project_jurisdiction ON sin_project (jurisdiction_code, plan_year);

-- ... and its milestones, scheduled backwards from the deadline (倒排工期), reported done by the unit.
CREATE SEQUENCE sin_milestone_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sin_milestone (
    id BIGINT NOT NULL PRIMARY KEY,
    project_id BIGINT NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    seq INT NOT NULL,
    title VARCHAR(300) NOT NULL,
    duration_days INT NOT NULL,
    due_on DATE NOT NULL,
    done_on DATE,
    note VARCHAR(2000),
    reported_by VARCHAR(100),
    version BIGINT NOT NULL,
    CONSTRAINT uq_sin_milestone_seq UNIQUE (project_id, seq)
);
CREATE INDEX ix_sin_milestone_due ON sin_milestone (jurisdiction_code, due_on);
