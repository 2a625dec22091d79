-- 广宗 work standard and young cadre pool (guangzong-work-standard). Tables of the module carry its prefix (gws_).
-- The standard (10 categories, 57 tasks) and the evaluations (self-check 自查, township check 乡镇检查) live in the
-- core's checklist engine; a check points at its evaluations by id and copies their results for the figures.

-- The year's check of one village or community Party organization: its self-check, then its township's check.
CREATE SEQUENCE gws_check_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gws_check (
    id BIGINT NOT NULL PRIMARY KEY,
    organization_id BIGINT NOT NULL,
    organization_name VARCHAR(200) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    township_code VARCHAR(12) NOT NULL,
    check_year INT NOT NULL,
    criteria_key VARCHAR(100) NOT NULL,
    criteria_version INT NOT NULL,
    self_evaluation_id BIGINT NOT NULL,
    self_met INT NOT NULL,
    self_passed BOOLEAN NOT NULL,
    self_checked_on DATE NOT NULL,
    self_checker VARCHAR(100) NOT NULL,
    township_evaluation_id BIGINT,
    township_met INT,
    township_passed BOOLEAN,
    township_checked_on DATE,
    township_checker VARCHAR(100),
    unmet_categories VARCHAR(500),
    unmet_tasks VARCHAR(2000),
    recorded_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_gws_check_year UNIQUE (organization_id, check_year)
);
CREATE INDEX ix_gws_check_scope ON gws_check (jurisdiction_code, check_year);

-- A young cadre in the pool (优秀年轻干部人才库): the core's TALENT_POOL designation, and how the stay ended
-- (APPOINTED to a post the core's cadre record shows, or LEFT with a reason).
CREATE SEQUENCE gws_pool_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gws_pool (
    id BIGINT NOT NULL PRIMARY KEY,
    member_id BIGINT NOT NULL,
    member_name VARCHAR(100) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    birth_date DATE NOT NULL,
    age_at_selection INT NOT NULL,
    designation_id BIGINT NOT NULL,
    selected_on DATE NOT NULL,
    selected_by VARCHAR(100) NOT NULL,
    selection_note VARCHAR(500),
    status VARCHAR(16) NOT NULL,
    ended_on DATE,
    end_reason VARCHAR(500),
    position_id BIGINT,
    position_unit VARCHAR(200),
    position_title VARCHAR(100),
    version BIGINT NOT NULL
);
CREATE INDEX ix_gws_pool_scope ON gws_pool (jurisdiction_code, status);
CREATE INDEX ix_gws_pool_member ON gws_pool (member_id);

-- Cultivation (培养): training courses and practice posts (实践锻炼) of a young cadre.
CREATE SEQUENCE gws_cultivation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gws_cultivation (
    id BIGINT NOT NULL PRIMARY KEY,
    pool_id BIGINT NOT NULL REFERENCES gws_pool (id),
    jurisdiction_code VARCHAR(12) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    title VARCHAR(200) NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE,
    note VARCHAR(500),
    recorded_by VARCHAR(100) NOT NULL
);
CREATE INDEX ix_gws_cultivation_pool ON gws_cultivation (pool_id);

-- Management (管理): the periodic assessment of a young cadre, one per period (a year, or a half: 2025-H1).
CREATE SEQUENCE gws_assessment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gws_assessment (
    id BIGINT NOT NULL PRIMARY KEY,
    pool_id BIGINT NOT NULL REFERENCES gws_pool (id),
    jurisdiction_code VARCHAR(12) NOT NULL,
    period VARCHAR(10) NOT NULL,
    grade VARCHAR(24) NOT NULL,
    assessed_on DATE NOT NULL,
    note VARCHAR(500),
    recorded_by VARCHAR(100) NOT NULL,
    CONSTRAINT uq_gws_assessment_period UNIQUE (pool_id, period)
);
