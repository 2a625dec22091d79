-- 广宗 dossier audit (guangzong-dossier-audit). Tables of the module carry its prefix (gda_).
-- Members, their organizations and their development events are the core's; these tables keep
-- what the audit and the clearing add to them, by member id and village code.

-- An audit campaign (农村党员档案专项审核) of one county: the members in scope are the rural
-- members (probationary or full, active, of a village-level organization) under the age limit on
-- the day it starts.
CREATE SEQUENCE gda_campaign_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gda_campaign (
    id BIGINT NOT NULL PRIMARY KEY,
    county_code VARCHAR(12) NOT NULL,
    title VARCHAR(200) NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    age_limit INT NOT NULL,
    status VARCHAR(16) NOT NULL,
    opened_by VARCHAR(100) NOT NULL,
    closed_on DATE,
    closed_by VARCHAR(100),
    version BIGINT NOT NULL,
    CONSTRAINT uq_gda_campaign_title UNIQUE (county_code, title)
);

-- One member's dossier in a campaign: PENDING until audited, PASSED, or FINDINGS until every
-- finding is fixed and the re-audit passes it (PASSED with rectified = true).
CREATE SEQUENCE gda_dossier_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gda_dossier (
    id BIGINT NOT NULL PRIMARY KEY,
    campaign_id BIGINT NOT NULL REFERENCES gda_campaign (id),
    member_id BIGINT NOT NULL,
    member_name VARCHAR(100) NOT NULL,
    birth_date DATE NOT NULL,
    organization_id BIGINT NOT NULL,
    organization_name VARCHAR(200) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    township_code VARCHAR(12),
    status VARCHAR(16) NOT NULL,
    audited_on DATE,
    audited_by VARCHAR(100),
    rectified BOOLEAN NOT NULL,
    reaudited_on DATE,
    reaudited_by VARCHAR(100),
    version BIGINT NOT NULL,
    CONSTRAINT uq_gda_dossier_member UNIQUE (campaign_id, member_id)
);
CREATE INDEX ix_gda_dossier_scope ON gda_dossier (campaign_id, jurisdiction_code, status);

-- A finding (问题) of an audit against one criterion (TRUE 真实, ACCURATE 准确, COMPLETE 完整,
-- REGULAR 规范), and its fix (整改): on which day, by whom, how.
CREATE SEQUENCE gda_finding_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gda_finding (
    id BIGINT NOT NULL PRIMARY KEY,
    dossier_id BIGINT NOT NULL REFERENCES gda_dossier (id),
    campaign_id BIGINT NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    criterion VARCHAR(16) NOT NULL,
    kind VARCHAR(40) NOT NULL,
    description VARCHAR(1000),
    found_on DATE NOT NULL,
    fixed_on DATE,
    fixed_by VARCHAR(100),
    fix_note VARCHAR(1000),
    version BIGINT NOT NULL
);
CREATE INDEX ix_gda_finding_dossier ON gda_finding (dossier_id);
CREATE INDEX ix_gda_finding_campaign ON gda_finding (campaign_id, jurisdiction_code);

-- A village on the county's list of villages with no member developed for years (三年以上不发展
-- 党员村), with who answers for it and the measures; CLEARED once the core records an admission
-- as probationary member there on or after the day it was listed.
CREATE SEQUENCE gda_village_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gda_village (
    id BIGINT NOT NULL PRIMARY KEY,
    county_code VARCHAR(12) NOT NULL,
    village_code VARCHAR(12) NOT NULL,
    village_name VARCHAR(200) NOT NULL,
    township_code VARCHAR(12),
    threshold_years INT NOT NULL,
    last_admission DATE,
    members_at_listing BIGINT NOT NULL,
    listed_on DATE NOT NULL,
    listed_by VARCHAR(100) NOT NULL,
    responsible_cadre VARCHAR(100) NOT NULL,
    measures VARCHAR(2000) NOT NULL,
    status VARCHAR(16) NOT NULL,
    cleared_on DATE,
    developed INT NOT NULL,
    checked_at TIMESTAMP,
    version BIGINT NOT NULL
);
CREATE INDEX ix_gda_village_scope ON gda_village (county_code, village_code, status);
