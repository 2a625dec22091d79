-- 武冈 two creations (wugang-two-creations). Tables of the module carry its prefix (wtc_).
-- The criteria and the evaluations (self-check 自查, cross-inspection 交叉检查) live in the core's checklist
-- engine; an application points at its evaluations by id and copies their results for ranking and figures.

-- An application (创建申报) of one branch for one level (STANDARDIZED 标准化 / MODEL 示范化) in one year,
-- through the stages APPLIED → SELF_CHECKED → CROSS_INSPECTED → ACCEPTED or REJECTED (验收).
CREATE SEQUENCE wtc_application_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE wtc_application (
    id BIGINT NOT NULL PRIMARY KEY,
    organization_id BIGINT NOT NULL,
    organization_name VARCHAR(200) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    township_code VARCHAR(12),
    creation_level VARCHAR(16) NOT NULL,
    creation_year INT NOT NULL,
    criteria_key VARCHAR(100) NOT NULL,
    criteria_version INT NOT NULL,
    stage VARCHAR(16) NOT NULL,
    applied_on DATE NOT NULL,
    applied_by VARCHAR(100) NOT NULL,
    self_check_evaluation_id BIGINT,
    self_check_score DECIMAL(9, 2),
    self_check_passed BOOLEAN,
    self_checked_on DATE,
    cross_evaluation_id BIGINT,
    cross_score DECIMAL(9, 2),
    cross_met_count INT,
    cross_passed BOOLEAN,
    inspector VARCHAR(100),
    inspector_township VARCHAR(12),
    cross_inspected_on DATE,
    decided_by VARCHAR(100),
    decided_on DATE,
    decision_note VARCHAR(1000),
    version BIGINT NOT NULL,
    CONSTRAINT uq_wtc_application_year UNIQUE (organization_id, creation_level, creation_year)
);
CREATE INDEX ix_wtc_application_scope ON wtc_application (jurisdiction_code, creation_level, creation_year);
