-- "Three members" co-building of the xiajiang-three-members module. Tables carry its prefix (x3m_).
-- work_year is the dispatch year (派驻年度) a record belongs to.
CREATE SEQUENCE x3m_seq START WITH 50 INCREMENT BY 50;

-- Organizations (or sector domains) that need a commissioner, instructor or supervisor in a year.
CREATE TABLE x3m_target (
    id BIGINT NOT NULL PRIMARY KEY,
    work_year INT NOT NULL,
    member_role VARCHAR(16) NOT NULL,
    target_key VARCHAR(64) NOT NULL,
    organization_id BIGINT,
    sector_domain VARCHAR(32) NOT NULL,
    name VARCHAR(200) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    source VARCHAR(8) NOT NULL,
    stars_before INT,
    stars_after INT,
    six_goods BOOLEAN NOT NULL,
    six_goods_evaluation_id BIGINT,
    withdrawn BOOLEAN NOT NULL,
    note VARCHAR(1000),
    version BIGINT NOT NULL,
    CONSTRAINT uq_x3m_target UNIQUE (work_year, target_key)
);
CREATE INDEX ix_x3m_target_year ON x3m_target (work_year, jurisdiction_code);

-- People considered for a year: the four eligibility conditions with evidence, consultation, training.
CREATE TABLE x3m_candidate (
    id BIGINT NOT NULL PRIMARY KEY,
    work_year INT NOT NULL,
    member_id BIGINT NOT NULL,
    name VARCHAR(100) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    non_leading BOOLEAN NOT NULL,
    full_member BOOLEAN NOT NULL,
    full_member_evidence VARCHAR(500),
    party_experience BOOLEAN NOT NULL,
    party_experience_evidence VARCHAR(500),
    sound_conduct BOOLEAN NOT NULL,
    sound_conduct_evidence VARCHAR(500),
    fit_to_work BOOLEAN NOT NULL,
    fit_to_work_evidence VARCHAR(500),
    person_consulted_on DATE,
    person_opinion VARCHAR(500),
    unit_consulted_on DATE,
    unit_opinion VARCHAR(500),
    training_completed_on DATE,
    training_passed BOOLEAN NOT NULL,
    training_note VARCHAR(500),
    recorded_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_x3m_candidate UNIQUE (work_year, member_id)
);
CREATE INDEX ix_x3m_candidate_year ON x3m_candidate (work_year, jurisdiction_code);

-- A candidate sent to a target; mirrors a core assignment.
CREATE TABLE x3m_dispatch (
    id BIGINT NOT NULL PRIMARY KEY,
    work_year INT NOT NULL,
    candidate_id BIGINT NOT NULL,
    target_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    name VARCHAR(100) NOT NULL,
    member_role VARCHAR(16) NOT NULL,
    sector_domain VARCHAR(32) NOT NULL,
    target_name VARCHAR(200) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    non_leading BOOLEAN NOT NULL,
    channel VARCHAR(40) NOT NULL,
    assignment_id BIGINT,
    start_date DATE NOT NULL,
    end_date DATE NOT NULL,
    status VARCHAR(16) NOT NULL,
    appointment_no VARCHAR(40),
    appointed_on DATE,
    assessment_total DOUBLE PRECISION,
    assessment_grade VARCHAR(32),
    outcome VARCHAR(16),
    dispatched_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_x3m_dispatch UNIQUE (work_year, candidate_id),
    CONSTRAINT fk_x3m_dispatch_candidate FOREIGN KEY (candidate_id) REFERENCES x3m_candidate (id),
    CONSTRAINT fk_x3m_dispatch_target FOREIGN KEY (target_id) REFERENCES x3m_target (id)
);
CREATE INDEX ix_x3m_dispatch_year ON x3m_dispatch (work_year, jurisdiction_code);

-- Feedback to the unit: the problem lives in the core rectification engine.
CREATE TABLE x3m_feedback (
    id BIGINT NOT NULL PRIMARY KEY,
    dispatch_id BIGINT NOT NULL,
    problem_id BIGINT NOT NULL,
    work_year INT NOT NULL,
    organization_id BIGINT NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    recorded_on DATE NOT NULL,
    CONSTRAINT fk_x3m_feedback_dispatch FOREIGN KEY (dispatch_id) REFERENCES x3m_dispatch (id)
);
CREATE INDEX ix_x3m_feedback_year ON x3m_feedback (work_year, jurisdiction_code);

-- A supervisor's monthly supervision (每月开展一次督导); month_key is yyyy-MM.
CREATE TABLE x3m_supervision (
    id BIGINT NOT NULL PRIMARY KEY,
    dispatch_id BIGINT NOT NULL,
    work_year INT NOT NULL,
    month_key VARCHAR(7) NOT NULL,
    sector_domain VARCHAR(32) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    held_on DATE NOT NULL,
    findings VARCHAR(2000) NOT NULL,
    overseen VARCHAR(2000),
    recorded_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_x3m_supervision UNIQUE (dispatch_id, month_key),
    CONSTRAINT fk_x3m_supervision_dispatch FOREIGN KEY (dispatch_id) REFERENCES x3m_dispatch (id)
);

-- The quarterly report meeting of the three members (每季度召开一次工作汇报会).
CREATE TABLE x3m_report_meeting (
    id BIGINT NOT NULL PRIMARY KEY,
    jurisdiction_code VARCHAR(12) NOT NULL,
    work_year INT NOT NULL,
    quarter_no INT NOT NULL,
    held_on DATE NOT NULL,
    attendees VARCHAR(4000),
    minutes VARCHAR(4000) NOT NULL,
    decisions VARCHAR(2000),
    recorded_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_x3m_report_meeting UNIQUE (jurisdiction_code, work_year, quarter_no)
);

-- Duty reviews: a dispatch checked against its role's duty checklist (core checklist engine).
CREATE TABLE x3m_duty_review (
    id BIGINT NOT NULL PRIMARY KEY,
    dispatch_id BIGINT NOT NULL,
    evaluation_id BIGINT NOT NULL,
    passed BOOLEAN NOT NULL,
    met_count INT NOT NULL,
    reviewed_on DATE NOT NULL,
    reviewed_by VARCHAR(100) NOT NULL,
    CONSTRAINT fk_x3m_duty_review_dispatch FOREIGN KEY (dispatch_id) REFERENCES x3m_dispatch (id)
);
