-- 武冈 village cadre 100-point appraisal (wugang-village-cadre-appraisal). Tables of the module carry its prefix (wva_).
-- A cadre appraised is a registry member holding a village post (the core's position of rank VILLAGE): rows here
-- point at the member and the position by id and copy the village's and township's codes for scoped queries.

-- The appraisal year of a county: open for entries, computed, approved (closed), subsidies paid.
CREATE SEQUENCE wva_year_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE wva_year (
    id BIGINT NOT NULL PRIMARY KEY,
    county_code VARCHAR(12) NOT NULL,
    appraisal_year INT NOT NULL,
    state VARCHAR(16) NOT NULL,
    computed_on DATE,
    approved_by VARCHAR(100),
    approved_on DATE,
    paid_by VARCHAR(100),
    paid_on DATE,
    version BIGINT NOT NULL,
    CONSTRAINT uq_wva_year UNIQUE (county_code, appraisal_year)
);

-- A cadre appraised in a year (one row per member and year: a secretary who is also the committee's director,
-- 一肩挑, is appraised once), with the township's hand scores and, once computed, the engine's result and what
-- it fixes: the lost-work subsidy, the award and the selection flag.
CREATE SEQUENCE wva_cadre_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE wva_cadre (
    id BIGINT NOT NULL PRIMARY KEY,
    appraisal_year INT NOT NULL,
    member_id BIGINT NOT NULL,
    member_name VARCHAR(100) NOT NULL,
    position_id BIGINT NOT NULL,
    title VARCHAR(100) NOT NULL,
    village_code VARCHAR(12) NOT NULL,
    township_code VARCHAR(12) NOT NULL,
    county_code VARCHAR(12) NOT NULL,
    economy DOUBLE PRECISION,
    masses DOUBLE PRECISION,
    total DOUBLE PRECISION,
    rank_in_township INT,
    township_size INT,
    grade VARCHAR(32),
    consequence VARCHAR(200),
    subsidy DECIMAL(12, 2),
    award DECIMAL(12, 2),
    selection_candidate BOOLEAN NOT NULL,
    enrolled_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_wva_cadre_member UNIQUE (appraisal_year, member_id)
);
CREATE INDEX ix_wva_cadre_village ON wva_cadre (village_code, appraisal_year);
CREATE INDEX ix_wva_cadre_county ON wva_cadre (county_code, appraisal_year);

-- The performance dossier (业绩考核档案): work records with points, dated within the cadre's appraisal year.
CREATE SEQUENCE wva_record_seq START WITH 100 INCREMENT BY 100;
CREATE TABLE wva_record (
    id BIGINT NOT NULL PRIMARY KEY,
    cadre_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    village_code VARCHAR(12) NOT NULL,
    appraisal_year INT NOT NULL,
    recorded_on DATE NOT NULL,
    category VARCHAR(16) NOT NULL,
    points DOUBLE PRECISION NOT NULL,
    description VARCHAR(1000) NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_wva_record_cadre ON wva_record (cadre_id, category);

-- The leadership team (村级班子) of a village in a year: the township's hand scores and the engine's result.
CREATE SEQUENCE wva_team_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE wva_team (
    id BIGINT NOT NULL PRIMARY KEY,
    appraisal_year INT NOT NULL,
    village_code VARCHAR(12) NOT NULL,
    village_name VARCHAR(100) NOT NULL,
    township_code VARCHAR(12) NOT NULL,
    county_code VARCHAR(12) NOT NULL,
    collective DOUBLE PRECISION,
    building DOUBLE PRECISION,
    cadres_average DOUBLE PRECISION,
    total DOUBLE PRECISION,
    rank_in_township INT,
    township_size INT,
    grade VARCHAR(32),
    consequence VARCHAR(200),
    awarded BOOLEAN NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_wva_team_village UNIQUE (appraisal_year, village_code)
);
CREATE INDEX ix_wva_team_county ON wva_team (county_code, appraisal_year);
