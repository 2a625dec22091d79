-- 顺义 党建工作绩效考评 (shunyi-appraisal). Tables of the module carry its prefix (sap_).
-- Scores, totals, ranks and grades live in the core's scoring engine (one scheme per county); the module keeps
-- what the engine does not: the year's state, the units appraised and the use of the results.

-- A county's appraisal year: OPEN while scores are entered, COMPUTED once ranked and graded.
CREATE SEQUENCE sap_year_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sap_year (
    id BIGINT NOT NULL PRIMARY KEY,
    county_code VARCHAR(12) NOT NULL,
    appraisal_year INT NOT NULL,
    scheme_id BIGINT NOT NULL,
    state VARCHAR(12) NOT NULL,
    computed_on DATE,
    computed_by VARCHAR(100),
    version BIGINT NOT NULL,
    CONSTRAINT uq_sap_year UNIQUE (county_code, appraisal_year)
);

-- A unit appraised in a year (a member unit of the leading group, a township's Party committee) and its principal leader.
CREATE SEQUENCE sap_unit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sap_unit (
    id BIGINT NOT NULL PRIMARY KEY,
    year_id BIGINT NOT NULL,
    name VARCHAR(100) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    principal_name VARCHAR(50) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_sap_unit_name UNIQUE (year_id, name)
);
CREATE INDEX ix_sap_unit_jurisdiction ON sap_unit (jurisdiction_code);

-- A use of a unit's result (考核结果应用): a measure of its grade, against the unit or a person of it.
CREATE SEQUENCE sap_decision_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sap_decision (
    id BIGINT NOT NULL PRIMARY KEY,
    unit_id BIGINT NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    grade VARCHAR(4) NOT NULL,
    measure VARCHAR(32) NOT NULL,
    person_name VARCHAR(50),
    decided_on DATE NOT NULL,
    decided_by VARCHAR(100) NOT NULL,
    note VARCHAR(2000),
    version BIGINT NOT NULL
);
CREATE INDEX ix_sap_decision_unit ON sap_decision (unit_id);
CREATE INDEX ix_sap_decision_jurisdiction ON sap_decision (jurisdiction_code);
