-- Responsibility pledges (责任书) with their items, and duty-report rounds (述职评议) with reports and evaluations.
CREATE SEQUENCE duty_pledge_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE duty_pledge (
    id BIGINT NOT NULL PRIMARY KEY,
    pledge_year INTEGER NOT NULL,
    issuer_code VARCHAR(12) NOT NULL REFERENCES jurisdiction (code),
    signer_code VARCHAR(12) NOT NULL REFERENCES jurisdiction (code),
    title VARCHAR(200) NOT NULL,
    status VARCHAR(12) NOT NULL,
    signed_on DATE,
    signed_by VARCHAR(100),
    assessed_on DATE,
    assessed_by VARCHAR(100),
    version BIGINT NOT NULL,
    CONSTRAINT uq_duty_pledge UNIQUE (issuer_code, signer_code, pledge_year)
);
CREATE INDEX ix_duty_pledge_signer ON duty_pledge (signer_code, pledge_year);

CREATE SEQUENCE duty_pledge_item_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE duty_pledge_item (
    id BIGINT NOT NULL PRIMARY KEY,
    pledge_id BIGINT NOT NULL REFERENCES duty_pledge (id),
    item_no INTEGER NOT NULL,
    item_text VARCHAR(500) NOT NULL,
    measure VARCHAR(500),
    points INTEGER NOT NULL,
    met BOOLEAN,
    awarded_points INTEGER,
    note VARCHAR(500)
);
CREATE INDEX ix_duty_pledge_item_pledge ON duty_pledge_item (pledge_id);

CREATE SEQUENCE duty_round_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE duty_round (
    id BIGINT NOT NULL PRIMARY KEY,
    jurisdiction_code VARCHAR(12) NOT NULL REFERENCES jurisdiction (code),
    round_year INTEGER NOT NULL,
    period VARCHAR(8) NOT NULL,
    title VARCHAR(200) NOT NULL,
    due_date DATE NOT NULL,
    upper_committee VARCHAR(100) NOT NULL,
    two_way BOOLEAN NOT NULL,
    status VARCHAR(8) NOT NULL,
    closed_on DATE,
    version BIGINT NOT NULL,
    CONSTRAINT uq_duty_round UNIQUE (jurisdiction_code, round_year, period)
);

CREATE SEQUENCE duty_report_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE duty_report (
    id BIGINT NOT NULL PRIMARY KEY,
    round_id BIGINT NOT NULL REFERENCES duty_round (id),
    jurisdiction_code VARCHAR(12) NOT NULL REFERENCES jurisdiction (code),
    organization_id BIGINT REFERENCES party_organization (id),
    reporter_member_id BIGINT REFERENCES party_member (id),
    reporter_name VARCHAR(100) NOT NULL,
    summary VARCHAR(4000),
    submitted_on DATE,
    version BIGINT NOT NULL
);
CREATE INDEX ix_duty_report_round ON duty_report (round_id);
CREATE INDEX ix_duty_report_jurisdiction ON duty_report (jurisdiction_code);

CREATE SEQUENCE duty_evaluation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE duty_evaluation (
    id BIGINT NOT NULL PRIMARY KEY,
    report_id BIGINT NOT NULL REFERENCES duty_report (id),
    rater_kind VARCHAR(8) NOT NULL,
    rater VARCHAR(100) NOT NULL,
    rating VARCHAR(12) NOT NULL,
    score INTEGER,
    rating_comment VARCHAR(1000),
    rated_on DATE NOT NULL,
    CONSTRAINT uq_duty_evaluation UNIQUE (report_id, rater)
);
CREATE INDEX ix_duty_evaluation_report ON duty_evaluation (report_id);
