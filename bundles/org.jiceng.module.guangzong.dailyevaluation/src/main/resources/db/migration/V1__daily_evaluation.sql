-- 广宗 daily quantified evaluation of Party members and cadres (guangzong-daily-evaluation). Tables carry the prefix gde_.
-- People evaluated are registry members: rows point at the member by id and copy the codes scoped queries filter by.

-- A county's evaluation year, with its scheme on the core's scoring engine; open for entries until the county closes it.
CREATE SEQUENCE gde_year_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE gde_year (
    id BIGINT NOT NULL PRIMARY KEY,
    county_code VARCHAR(12) NOT NULL,
    evaluation_year INT NOT NULL,
    scheme_id BIGINT NOT NULL,
    state VARCHAR(16) NOT NULL,
    opened_by VARCHAR(100) NOT NULL,
    opened_on DATE NOT NULL,
    closed_by VARCHAR(100),
    closed_on DATE,
    version BIGINT NOT NULL,
    CONSTRAINT uq_gde_year UNIQUE (county_code, evaluation_year)
);

-- A pilot township's evaluation of a year (试点乡镇), registered by the county.
CREATE SEQUENCE gde_township_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE gde_township (
    id BIGINT NOT NULL PRIMARY KEY,
    evaluation_year INT NOT NULL,
    county_code VARCHAR(12) NOT NULL,
    township_code VARCHAR(12) NOT NULL,
    township_name VARCHAR(100) NOT NULL,
    registered_by VARCHAR(100) NOT NULL,
    registered_on DATE NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_gde_township UNIQUE (evaluation_year, township_code)
);

-- A member or cadre on a township's evaluation of a year (one evaluation a member and year), with the result the
-- engine last computed: points per board, total, ranks in the township and the county, grade.
CREATE SEQUENCE gde_member_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gde_member (
    id BIGINT NOT NULL PRIMARY KEY,
    township_id BIGINT NOT NULL,
    evaluation_year INT NOT NULL,
    member_id BIGINT NOT NULL,
    member_name VARCHAR(100) NOT NULL,
    post VARCHAR(100),
    jurisdiction_code VARCHAR(12) NOT NULL,
    township_code VARCHAR(12) NOT NULL,
    county_code VARCHAR(12) NOT NULL,
    work_points DOUBLE PRECISION,
    virtue_points DOUBLE PRECISION,
    study_points DOUBLE PRECISION,
    total DOUBLE PRECISION,
    rank_in_township INT,
    township_size INT,
    county_rank INT,
    county_size INT,
    grade VARCHAR(32),
    consequence VARCHAR(200),
    enrolled_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_gde_member UNIQUE (evaluation_year, member_id)
);
CREATE INDEX ix_gde_member_township ON gde_member (township_id);
CREATE INDEX ix_gde_member_county ON gde_member (county_code, evaluation_year);

-- A dated score entry (日常记分): an item of a board, its points (negative for deductions), why and who recorded it.
CREATE SEQUENCE gde_entry_seq START WITH 100 INCREMENT BY 100;
CREATE TABLE gde_entry (
    id BIGINT NOT NULL PRIMARY KEY,
    evaluated_id BIGINT NOT NULL,
    township_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    county_code VARCHAR(12) NOT NULL,
    evaluation_year INT NOT NULL,
    board VARCHAR(16) NOT NULL,
    item_key VARCHAR(40) NOT NULL,
    recorded_on DATE NOT NULL,
    points DOUBLE PRECISION NOT NULL,
    reason VARCHAR(500) NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_gde_entry_evaluated ON gde_entry (evaluated_id, board);
CREATE INDEX ix_gde_entry_county ON gde_entry (county_code, evaluation_year);
