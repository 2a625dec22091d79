-- Exams, site training, no-post training plans and batches of the guangzong-study-and-training module. Tables carry its prefix (gst_).
CREATE SEQUENCE gst_exam_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gst_exam (
    id BIGINT NOT NULL PRIMARY KEY,
    jurisdiction_code VARCHAR(12) NOT NULL,
    title VARCHAR(200) NOT NULL,
    held_on DATE NOT NULL,
    full_mark INTEGER NOT NULL,
    pass_mark INTEGER NOT NULL,
    status VARCHAR(16) NOT NULL,
    closed_on DATE,
    places INTEGER,
    min_score INTEGER,
    selected_on DATE,
    entered_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_gst_exam_held ON gst_exam (jurisdiction_code, held_on);

CREATE SEQUENCE gst_score_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gst_score (
    id BIGINT NOT NULL PRIMARY KEY,
    exam_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    member_name VARCHAR(100) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    town_code VARCHAR(12),
    score INTEGER NOT NULL,
    entered_by VARCHAR(100) NOT NULL,
    CONSTRAINT fk_gst_score_exam FOREIGN KEY (exam_id) REFERENCES gst_exam (id),
    CONSTRAINT uq_gst_score_member UNIQUE (exam_id, member_id)
);
CREATE INDEX ix_gst_score_member ON gst_score (member_id);

CREATE SEQUENCE gst_selection_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gst_selection (
    id BIGINT NOT NULL PRIMARY KEY,
    exam_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    member_name VARCHAR(100) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    town_code VARCHAR(12),
    score INTEGER NOT NULL,
    exam_rank INTEGER NOT NULL,
    status VARCHAR(16) NOT NULL,
    site VARCHAR(100),
    trained_on DATE,
    note VARCHAR(500),
    version BIGINT NOT NULL,
    CONSTRAINT fk_gst_selection_exam FOREIGN KEY (exam_id) REFERENCES gst_exam (id),
    CONSTRAINT uq_gst_selection_member UNIQUE (member_id)
);
CREATE INDEX ix_gst_selection_exam ON gst_selection (exam_id);

CREATE SEQUENCE gst_plan_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gst_plan (
    id BIGINT NOT NULL PRIMARY KEY,
    jurisdiction_code VARCHAR(12) NOT NULL,
    title VARCHAR(200) NOT NULL,
    start_year INTEGER NOT NULL,
    end_year INTEGER NOT NULL,
    content VARCHAR(2000),
    entered_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL
);

CREATE SEQUENCE gst_yearly_plan_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gst_yearly_plan (
    id BIGINT NOT NULL PRIMARY KEY,
    plan_id BIGINT NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    plan_year INTEGER NOT NULL,
    title VARCHAR(200) NOT NULL,
    entered_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT fk_gst_yearly_plan_plan FOREIGN KEY (plan_id) REFERENCES gst_plan (id),
    CONSTRAINT uq_gst_yearly_plan_year UNIQUE (jurisdiction_code, plan_year)
);

CREATE SEQUENCE gst_target_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gst_target (
    id BIGINT NOT NULL PRIMARY KEY,
    yearly_plan_id BIGINT NOT NULL,
    town_code VARCHAR(12) NOT NULL,
    target INTEGER NOT NULL,
    CONSTRAINT fk_gst_target_plan FOREIGN KEY (yearly_plan_id) REFERENCES gst_yearly_plan (id),
    CONSTRAINT uq_gst_target_town UNIQUE (yearly_plan_id, town_code)
);

CREATE SEQUENCE gst_batch_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gst_batch (
    id BIGINT NOT NULL PRIMARY KEY,
    yearly_plan_id BIGINT NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    title VARCHAR(200) NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    hours INTEGER NOT NULL,
    content VARCHAR(1000),
    status VARCHAR(16) NOT NULL,
    entered_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT fk_gst_batch_plan FOREIGN KEY (yearly_plan_id) REFERENCES gst_yearly_plan (id)
);
CREATE INDEX ix_gst_batch_plan ON gst_batch (yearly_plan_id, jurisdiction_code);

CREATE SEQUENCE gst_attendance_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gst_attendance (
    id BIGINT NOT NULL PRIMARY KEY,
    batch_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    member_name VARCHAR(100) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    attended BOOLEAN,
    CONSTRAINT fk_gst_attendance_batch FOREIGN KEY (batch_id) REFERENCES gst_batch (id),
    CONSTRAINT uq_gst_attendance_member UNIQUE (batch_id, member_id)
);
CREATE INDEX ix_gst_attendance_member ON gst_attendance (member_id);
