-- 顺义 党建创新案例库 (shunyi-innovation-cases). Tables of the module carry its prefix (sic_).

-- A case of Party-building innovation: one case dissected, one class of problems solved, one mechanism formed.
CREATE SEQUENCE sic_case_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sic_case (
    id BIGINT NOT NULL PRIMARY KEY,
    jurisdiction_code VARCHAR(12) NOT NULL,
    unit VARCHAR(200) NOT NULL,
    title VARCHAR(200) NOT NULL,
    area VARCHAR(32) NOT NULL,
    dissection VARCHAR(4000) NOT NULL,
    problem VARCHAR(2000),
    mechanism VARCHAR(4000),
    module_id VARCHAR(64),
    state VARCHAR(12) NOT NULL,
    submitted_on DATE NOT NULL,
    submitted_by VARCHAR(100) NOT NULL,
    review_opinion VARCHAR(2000),
    reviewed_on DATE,
    reviewed_by VARCHAR(100),
    promoted_on DATE,
    promotion_note VARCHAR(2000),
    version BIGINT NOT NULL
);
CREATE INDEX ix_sic_case_jurisdiction ON sic_case (jurisdiction_code, state);

-- A unit that took up a promoted case.
CREATE SEQUENCE sic_adoption_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sic_adoption (
    id BIGINT NOT NULL PRIMARY KEY,
    case_id BIGINT NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    unit VARCHAR(200) NOT NULL,
    adopted_on DATE NOT NULL,
    result VARCHAR(2000),
    recorded_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_sic_adoption_unit UNIQUE (case_id, jurisdiction_code, unit)
);
CREATE INDEX ix_sic_adoption_jurisdiction ON sic_adoption (jurisdiction_code);
