-- 顺义 党建工作责任追究 (shunyi-accountability). Tables of the module carry its prefix (sac_).

-- The catalogue of a county's rules (《党建工作责任追究办法》): classes of failing Party-building duty ...
CREATE SEQUENCE sac_class_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sac_class (
    id BIGINT NOT NULL PRIMARY KEY,
    county_code VARCHAR(12) NOT NULL,
    code VARCHAR(8) NOT NULL,
    name VARCHAR(200) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_sac_class_code UNIQUE (county_code, code)
);

-- ... and the behaviours of each class.
CREATE SEQUENCE sac_behaviour_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sac_behaviour (
    id BIGINT NOT NULL PRIMARY KEY,
    class_id BIGINT NOT NULL,
    county_code VARCHAR(12) NOT NULL,
    code VARCHAR(12) NOT NULL,
    description VARCHAR(500) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_sac_behaviour_code UNIQUE (county_code, code)
);

-- An accountability case: a responsible person, the behaviour of the catalogue, the problem behind it, the decision.
CREATE SEQUENCE sac_case_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sac_case (
    id BIGINT NOT NULL PRIMARY KEY,
    jurisdiction_code VARCHAR(12) NOT NULL,
    responsibility VARCHAR(32) NOT NULL,
    person_name VARCHAR(50) NOT NULL,
    member_id BIGINT,
    unit VARCHAR(200) NOT NULL,
    behaviour_id BIGINT NOT NULL,
    problem_id BIGINT,
    facts VARCHAR(4000) NOT NULL,
    opened_on DATE NOT NULL,
    opened_by VARCHAR(100) NOT NULL,
    state VARCHAR(12) NOT NULL,
    penalty VARCHAR(32),
    decided_on DATE,
    decided_by VARCHAR(100),
    decision_note VARCHAR(2000),
    version BIGINT NOT NULL
);
CREATE INDEX ix_sac_case_jurisdiction ON sac_case (jurisdiction_code, state);
CREATE INDEX ix_sac_case_behaviour ON sac_case (behaviour_id);
