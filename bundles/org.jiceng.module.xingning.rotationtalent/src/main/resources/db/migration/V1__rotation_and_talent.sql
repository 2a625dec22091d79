-- Rotation plans and moves, talents and urgently needed posts, of the xingning-rotation-and-talent module. Tables of the module carry its prefix (xrt_).
CREATE SEQUENCE xrt_plan_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE xrt_plan (
    id BIGINT NOT NULL PRIMARY KEY,
    jurisdiction_code VARCHAR(12) NOT NULL,
    plan_year INTEGER NOT NULL,
    title VARCHAR(200) NOT NULL,
    note VARCHAR(1000),
    created_by VARCHAR(100) NOT NULL,
    created_on DATE NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_xrt_plan_year UNIQUE (jurisdiction_code, plan_year)
);

CREATE SEQUENCE xrt_move_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE xrt_move (
    id BIGINT NOT NULL PRIMARY KEY,
    plan_id BIGINT NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    town_code VARCHAR(12) NOT NULL,
    member_id BIGINT NOT NULL,
    member_name VARCHAR(100) NOT NULL,
    from_position_id BIGINT NOT NULL,
    from_unit VARCHAR(200) NOT NULL,
    from_title VARCHAR(100) NOT NULL,
    from_level VARCHAR(16) NOT NULL,
    tenure_since DATE NOT NULL,
    tenure_years INTEGER NOT NULL,
    due BOOLEAN NOT NULL,
    exception_reason VARCHAR(500),
    to_unit VARCHAR(200) NOT NULL,
    to_jurisdiction_code VARCHAR(12) NOT NULL,
    to_title VARCHAR(100) NOT NULL,
    to_rank VARCHAR(16) NOT NULL,
    to_level VARCHAR(16) NOT NULL,
    status VARCHAR(16) NOT NULL,
    proposed_by VARCHAR(100) NOT NULL,
    proposed_on DATE NOT NULL,
    approved_by VARCHAR(100),
    approved_on DATE,
    executed_on DATE,
    new_position_id BIGINT,
    deferred_reason VARCHAR(500),
    deferred_on DATE,
    version BIGINT NOT NULL,
    CONSTRAINT fk_xrt_move_plan FOREIGN KEY (plan_id) REFERENCES xrt_plan (id)
);
CREATE INDEX ix_xrt_move_plan ON xrt_move (plan_id);
CREATE INDEX ix_xrt_move_member ON xrt_move (member_id);
CREATE INDEX ix_xrt_move_town ON xrt_move (town_code);

CREATE SEQUENCE xrt_post_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE xrt_post (
    id BIGINT NOT NULL PRIMARY KEY,
    jurisdiction_code VARCHAR(12) NOT NULL,
    catalogue_year INTEGER NOT NULL,
    title VARCHAR(200) NOT NULL,
    unit VARCHAR(200) NOT NULL,
    category VARCHAR(32) NOT NULL,
    needed INTEGER NOT NULL,
    note VARCHAR(1000),
    entered_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_xrt_post_jurisdiction ON xrt_post (jurisdiction_code);

CREATE SEQUENCE xrt_talent_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE xrt_talent (
    id BIGINT NOT NULL PRIMARY KEY,
    jurisdiction_code VARCHAR(12) NOT NULL,
    name VARCHAR(100) NOT NULL,
    member_id BIGINT,
    category VARCHAR(32) NOT NULL,
    specialty VARCHAR(200) NOT NULL,
    workplace VARCHAR(200),
    post_id BIGINT,
    matched_on DATE,
    entered_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT fk_xrt_talent_post FOREIGN KEY (post_id) REFERENCES xrt_post (id)
);
CREATE INDEX ix_xrt_talent_jurisdiction ON xrt_talent (jurisdiction_code);
CREATE INDEX ix_xrt_talent_member ON xrt_talent (member_id);
CREATE INDEX ix_xrt_talent_post ON xrt_talent (post_id);
