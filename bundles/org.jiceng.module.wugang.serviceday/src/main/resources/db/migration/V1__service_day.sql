-- 武冈 村级集中服务日 (wugang-service-day). Tables of the module carry its prefix (wsv_).
-- Members (cadres on duty, agents) are the core's: rows point at them by member_id and copy the name for the ledger.

-- A service day held in a village (every Monday, at the village venue); one per village and day.
CREATE SEQUENCE wsv_session_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE wsv_session (
    id BIGINT NOT NULL PRIMARY KEY,
    village_code VARCHAR(12) NOT NULL,
    township_code VARCHAR(12) NOT NULL,
    held_on DATE NOT NULL,
    venue VARCHAR(200) NOT NULL,
    note VARCHAR(1000),
    opened_by VARCHAR(100) NOT NULL,
    closed_on DATE,
    closed_by VARCHAR(100),
    version BIGINT NOT NULL,
    CONSTRAINT uq_wsv_session_day UNIQUE (village_code, held_on)
);
CREATE INDEX ix_wsv_session_township ON wsv_session (township_code, held_on);

-- The cadres sitting on a service day: village cadres and the cadre stationed in the village.
CREATE SEQUENCE wsv_duty_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE wsv_duty (
    id BIGINT NOT NULL PRIMARY KEY,
    session_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    member_name VARCHAR(100) NOT NULL,
    duty_role VARCHAR(24) NOT NULL,
    CONSTRAINT uq_wsv_duty_member UNIQUE (session_id, member_id)
);

-- A resident's application received on a service day and handled end to end by a cadre as agent.
CREATE SEQUENCE wsv_application_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE wsv_application (
    id BIGINT NOT NULL PRIMARY KEY,
    session_id BIGINT NOT NULL,
    village_code VARCHAR(12) NOT NULL,
    township_code VARCHAR(12) NOT NULL,
    received_on DATE NOT NULL,
    resident_name VARCHAR(50) NOT NULL,
    resident_contact VARCHAR(30),
    matter_type VARCHAR(24) NOT NULL,
    matter VARCHAR(500) NOT NULL,
    promised_days INT NOT NULL,
    deadline DATE NOT NULL,
    agent_member_id BIGINT,
    agent_name VARCHAR(100),
    agent_role VARCHAR(24),
    assigned_on DATE,
    hall_forwarded_on DATE,
    hall_name VARCHAR(200),
    outcome VARCHAR(16),
    decided_on DATE,
    outcome_note VARCHAR(1000),
    satisfaction VARCHAR(24),
    rated_on DATE,
    received_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_wsv_application_village ON wsv_application (village_code, received_on);
CREATE INDEX ix_wsv_application_session ON wsv_application (session_id);
CREATE INDEX ix_wsv_application_open ON wsv_application (outcome, deadline);

-- The agent's progress notes on an application (全程代办 leaves a trail).
CREATE SEQUENCE wsv_progress_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE wsv_progress (
    id BIGINT NOT NULL PRIMARY KEY,
    application_id BIGINT NOT NULL,
    noted_on DATE NOT NULL,
    note VARCHAR(1000) NOT NULL,
    noted_by VARCHAR(100) NOT NULL
);
CREATE INDEX ix_wsv_progress_application ON wsv_progress (application_id);
