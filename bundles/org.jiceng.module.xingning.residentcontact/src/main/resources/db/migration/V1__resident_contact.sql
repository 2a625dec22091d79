-- 兴宁 驻点联系群众 (xingning-resident-contact). Tables of the module carry its prefix (xrc_).
-- Residents' problems are problems of the core's problems engine (source RESIDENT_CONTACT); the module keeps
-- what the engine has no place for: the level handling a problem (village, town, city), that level's deadline and
-- the escalations, plus the stationed cadres, the households each village registers and the household visits.

-- A village as the county registers it for the visits: its households (the denominator of 进户率).
CREATE SEQUENCE xrc_village_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE xrc_village (
    id BIGINT NOT NULL PRIMARY KEY,
    village_code VARCHAR(12) NOT NULL,
    town_code VARCHAR(12) NOT NULL,
    households INT NOT NULL,
    updated_on DATE NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_xrc_village_code UNIQUE (village_code)
);
CREATE INDEX ix_xrc_village_town ON xrc_village (town_code);

-- A town cadre stationed in a village (驻点), from a day until the stationing ends.
CREATE SEQUENCE xrc_station_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE xrc_station (
    id BIGINT NOT NULL PRIMARY KEY,
    village_code VARCHAR(12) NOT NULL,
    town_code VARCHAR(12) NOT NULL,
    member_id BIGINT NOT NULL,
    member_name VARCHAR(100) NOT NULL,
    started_on DATE NOT NULL,
    ended_on DATE,
    version BIGINT NOT NULL
);
CREATE INDEX ix_xrc_station_village ON xrc_station (village_code);
CREATE INDEX ix_xrc_station_member ON xrc_station (member_id);

-- A household visited by a stationed cadre on a day (走访入户).
CREATE SEQUENCE xrc_visit_seq START WITH 200 INCREMENT BY 200;
CREATE TABLE xrc_visit (
    id BIGINT NOT NULL PRIMARY KEY,
    village_code VARCHAR(12) NOT NULL,
    town_code VARCHAR(12) NOT NULL,
    household VARCHAR(40) NOT NULL,
    member_id BIGINT NOT NULL,
    visited_on DATE NOT NULL,
    note VARCHAR(500),
    version BIGINT NOT NULL
);
CREATE INDEX ix_xrc_visit_village ON xrc_visit (village_code, visited_on);
CREATE INDEX ix_xrc_visit_town ON xrc_visit (town_code, visited_on);
CREATE INDEX ix_xrc_visit_member ON xrc_visit (member_id);

-- A resident's problem: its problem on the engine, the level handling it and that level's deadline, escalations, resolution.
CREATE SEQUENCE xrc_problem_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE xrc_problem (
    id BIGINT NOT NULL PRIMARY KEY,
    village_code VARCHAR(12) NOT NULL,
    town_code VARCHAR(12) NOT NULL,
    problem_id BIGINT NOT NULL,
    visit_id BIGINT,
    raised_on DATE NOT NULL,
    handling_level VARCHAR(8) NOT NULL,
    level_since DATE NOT NULL,
    level_deadline DATE NOT NULL,
    town_on DATE,
    town_reason VARCHAR(1000),
    city_on DATE,
    city_reason VARCHAR(1000),
    city_unit VARCHAR(100),
    resolved_on DATE,
    resolution VARCHAR(2000),
    version BIGINT NOT NULL
);
CREATE INDEX ix_xrc_problem_village ON xrc_problem (village_code, raised_on);
CREATE INDEX ix_xrc_problem_town ON xrc_problem (town_code, raised_on);
CREATE INDEX ix_xrc_problem_open ON xrc_problem (resolved_on, level_deadline);
