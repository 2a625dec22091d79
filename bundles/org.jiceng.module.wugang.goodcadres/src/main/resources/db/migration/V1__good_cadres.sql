-- 武冈 good-cadre selection (wugang-good-cadres). Tables of the module carry its prefix (wgc_).
-- Nominees are the core's members (member_id, name and jurisdiction copied at nomination for scoped
-- lists); each nomination's five rounds run as one instance of the core's procedure engine.

-- A selection campaign (一年一度好干部评选), held by the county.
CREATE SEQUENCE wgc_campaign_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE wgc_campaign (
    id BIGINT NOT NULL PRIMARY KEY,
    jurisdiction_code VARCHAR(12) NOT NULL,
    selection_year INT NOT NULL,
    title VARCHAR(200) NOT NULL,
    nomination_deadline DATE NOT NULL,
    quota INT NOT NULL,
    notice_from DATE,
    notice_to DATE,
    created_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_wgc_campaign_year UNIQUE (jurisdiction_code, selection_year)
);

-- A nomination (推荐) of one member through one channel; one per member and campaign.
CREATE SEQUENCE wgc_nomination_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE wgc_nomination (
    id BIGINT NOT NULL PRIMARY KEY,
    campaign_id BIGINT NOT NULL,
    channel VARCHAR(16) NOT NULL,
    member_id BIGINT NOT NULL,
    member_name VARCHAR(100) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    nominator VARCHAR(200) NOT NULL,
    reason VARCHAR(1000) NOT NULL,
    nominated_on DATE NOT NULL,
    nominated_by VARCHAR(100) NOT NULL,
    procedure_instance_id BIGINT,
    status VARCHAR(16) NOT NULL,
    current_round VARCHAR(16),
    last_decided_on DATE,
    version BIGINT NOT NULL,
    CONSTRAINT uq_wgc_nomination_member UNIQUE (campaign_id, member_id)
);
CREATE INDEX ix_wgc_nomination_campaign ON wgc_nomination (campaign_id, status);
CREATE INDEX ix_wgc_nomination_jurisdiction ON wgc_nomination (jurisdiction_code);

-- The decision of one round on one nomination: passed on, or eliminated with the reason.
CREATE SEQUENCE wgc_round_decision_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE wgc_round_decision (
    id BIGINT NOT NULL PRIMARY KEY,
    nomination_id BIGINT NOT NULL,
    campaign_id BIGINT NOT NULL,
    round_key VARCHAR(16) NOT NULL,
    outcome VARCHAR(16) NOT NULL,
    reason VARCHAR(1000),
    decided_on DATE NOT NULL,
    decided_by VARCHAR(100) NOT NULL,
    CONSTRAINT uq_wgc_round_decision_round UNIQUE (nomination_id, round_key)
);
CREATE INDEX ix_wgc_round_decision_campaign ON wgc_round_decision (campaign_id, round_key, outcome);

-- An objection (异议) raised against a nominee during the public notice, and its finding.
CREATE SEQUENCE wgc_objection_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE wgc_objection (
    id BIGINT NOT NULL PRIMARY KEY,
    nomination_id BIGINT NOT NULL,
    campaign_id BIGINT NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    content VARCHAR(2000) NOT NULL,
    raised_by VARCHAR(100) NOT NULL,
    raised_on DATE NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    status VARCHAR(16) NOT NULL,
    finding VARCHAR(2000),
    resolved_on DATE,
    resolved_by VARCHAR(100),
    version BIGINT NOT NULL
);
CREATE INDEX ix_wgc_objection_nomination ON wgc_objection (nomination_id, status);
