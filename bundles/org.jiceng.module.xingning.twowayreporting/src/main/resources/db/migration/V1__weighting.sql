-- The county's weighting of the two directions and its thresholds for the tie to advancement (xingning-two-way-reporting, prefix xtw_).
-- Rounds, reports and evaluations are the duty-reports engine's (duty_*); a county without a row here uses the module's defaults.
CREATE TABLE xtw_weighting (
    county_code VARCHAR(12) NOT NULL PRIMARY KEY,
    upper_weight INT NOT NULL,
    lower_weight INT NOT NULL,
    recommend_score DECIMAL(5, 2) NOT NULL,
    talk_score DECIMAL(5, 2) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    updated_on DATE NOT NULL,
    version BIGINT NOT NULL
);
-- The weighting a round was closed with: its result list stays what it was when the county changes its weighting later.
CREATE TABLE xtw_round_weighting (
    round_id BIGINT NOT NULL PRIMARY KEY,
    county_code VARCHAR(12) NOT NULL,
    upper_weight INT NOT NULL,
    lower_weight INT NOT NULL,
    recommend_score DECIMAL(5, 2) NOT NULL,
    talk_score DECIMAL(5, 2) NOT NULL,
    fixed_on DATE NOT NULL
);
CREATE INDEX ix_xtw_round_weighting_county ON xtw_round_weighting (county_code);
