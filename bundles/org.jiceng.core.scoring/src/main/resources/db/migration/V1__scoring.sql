-- Scoring and ranking engine: schemes (indicators, grade bands), entered and computed values,
-- the subjects of each period and the computed results.
CREATE SEQUENCE scoring_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE scoring_scheme (
    id BIGINT NOT NULL PRIMARY KEY,
    scheme_key VARCHAR(64) NOT NULL,
    name VARCHAR(200) NOT NULL,
    subject_kind VARCHAR(16) NOT NULL,
    period_kind VARCHAR(16) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL REFERENCES jurisdiction (code),
    last_place_periods INTEGER,
    module_id VARCHAR(64),
    version BIGINT NOT NULL,
    CONSTRAINT uq_scoring_scheme_key UNIQUE (scheme_key)
);
CREATE TABLE scoring_indicator (
    id BIGINT NOT NULL PRIMARY KEY,
    scheme_id BIGINT NOT NULL REFERENCES scoring_scheme (id),
    sort_order INTEGER NOT NULL,
    indicator_key VARCHAR(64) NOT NULL,
    name VARCHAR(200) NOT NULL,
    weight DOUBLE PRECISION NOT NULL,
    maximum DOUBLE PRECISION NOT NULL,
    source VARCHAR(16) NOT NULL,
    metric VARCHAR(64)
);
CREATE INDEX ix_scoring_indicator_scheme ON scoring_indicator (scheme_id);
CREATE TABLE scoring_grade (
    id BIGINT NOT NULL PRIMARY KEY,
    scheme_id BIGINT NOT NULL REFERENCES scoring_scheme (id),
    sort_order INTEGER NOT NULL,
    grade VARCHAR(32) NOT NULL,
    minimum DOUBLE PRECISION NOT NULL
);
CREATE INDEX ix_scoring_grade_scheme ON scoring_grade (scheme_id);
CREATE TABLE scoring_subject (
    id BIGINT NOT NULL PRIMARY KEY,
    scheme_id BIGINT NOT NULL REFERENCES scoring_scheme (id),
    period VARCHAR(8) NOT NULL,
    subject_id VARCHAR(64) NOT NULL,
    name VARCHAR(200) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL REFERENCES jurisdiction (code),
    group_key VARCHAR(64) NOT NULL,
    CONSTRAINT uq_scoring_subject UNIQUE (scheme_id, period, subject_id)
);
CREATE TABLE scoring_value (
    id BIGINT NOT NULL PRIMARY KEY,
    scheme_id BIGINT NOT NULL REFERENCES scoring_scheme (id),
    period VARCHAR(8) NOT NULL,
    subject_id VARCHAR(64) NOT NULL,
    indicator_key VARCHAR(64) NOT NULL,
    score_value DOUBLE PRECISION NOT NULL,
    entered_by VARCHAR(100) NOT NULL,
    entered_at TIMESTAMP NOT NULL,
    CONSTRAINT uq_scoring_value UNIQUE (scheme_id, period, subject_id, indicator_key)
);
CREATE TABLE scoring_result (
    id BIGINT NOT NULL PRIMARY KEY,
    scheme_id BIGINT NOT NULL REFERENCES scoring_scheme (id),
    period VARCHAR(8) NOT NULL,
    subject_id VARCHAR(64) NOT NULL,
    name VARCHAR(200) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    group_key VARCHAR(64) NOT NULL,
    total DOUBLE PRECISION NOT NULL,
    rank_in_group INTEGER NOT NULL,
    group_size INTEGER NOT NULL,
    grade VARCHAR(32),
    last_place_streak INTEGER NOT NULL,
    flagged BOOLEAN NOT NULL,
    CONSTRAINT uq_scoring_result UNIQUE (scheme_id, period, subject_id)
);
CREATE INDEX ix_scoring_result_jurisdiction ON scoring_result (scheme_id, period, jurisdiction_code);
