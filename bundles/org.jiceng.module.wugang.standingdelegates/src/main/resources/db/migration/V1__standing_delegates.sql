-- 武冈 standing delegates (wugang-standing-delegates). Tables of the module carry its prefix (wsd_).
-- Delegates of the city Party congress are the core's members where the registry has them
-- (member_id), else name-only; every record keeps the jurisdiction it is scoped by.
CREATE SEQUENCE wsd_seq START WITH 50 INCREMENT BY 50;

-- A delegates' studio (党代表工作室), hosted by the county or a township.
CREATE TABLE wsd_studio (
    id BIGINT NOT NULL PRIMARY KEY,
    jurisdiction_code VARCHAR(12) NOT NULL,
    name VARCHAR(200) NOT NULL,
    address VARCHAR(300),
    created_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_wsd_studio_name UNIQUE (jurisdiction_code, name)
);

-- A delegate of the city congress for a term, in one studio; linked to one village (联系1个村).
CREATE TABLE wsd_delegate (
    id BIGINT NOT NULL PRIMARY KEY,
    studio_id BIGINT NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    member_id BIGINT,
    name VARCHAR(100) NOT NULL,
    term_start DATE NOT NULL,
    term_end DATE NOT NULL,
    village_code VARCHAR(12),
    village_linked_on DATE,
    status VARCHAR(16) NOT NULL,
    ended_on DATE,
    end_reason VARCHAR(500),
    created_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_wsd_delegate_studio ON wsd_delegate (studio_id);
CREATE INDEX ix_wsd_delegate_jurisdiction ON wsd_delegate (jurisdiction_code);
CREATE INDEX ix_wsd_delegate_member ON wsd_delegate (member_id);

-- A household a delegate keeps in touch with (联系10户群众): the head's name, address, optional phone.
CREATE TABLE wsd_household (
    id BIGINT NOT NULL PRIMARY KEY,
    delegate_id BIGINT NOT NULL,
    head_name VARCHAR(100) NOT NULL,
    address VARCHAR(300) NOT NULL,
    phone VARCHAR(20),
    linked_on DATE NOT NULL
);
CREATE INDEX ix_wsd_household_delegate ON wsd_household (delegate_id);

-- A duty performed together: an activity day (党代表活动日) of a studio, a research (调研) or
-- inspection (视察) visit with its report, or a city committee meeting attended (列席).
CREATE TABLE wsd_duty (
    id BIGINT NOT NULL PRIMARY KEY,
    kind VARCHAR(16) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    studio_id BIGINT,
    held_on DATE NOT NULL,
    subject VARCHAR(300) NOT NULL,
    report VARCHAR(4000),
    recorded_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_wsd_duty_kind ON wsd_duty (kind, held_on);
CREATE INDEX ix_wsd_duty_studio ON wsd_duty (studio_id, held_on);

-- Who took part in a duty; an activity day also lists the studio's delegates who were absent.
-- Kind and day are copied from the duty so that a delegate's year is counted without a join.
CREATE TABLE wsd_participant (
    id BIGINT NOT NULL PRIMARY KEY,
    duty_id BIGINT NOT NULL,
    delegate_id BIGINT NOT NULL,
    kind VARCHAR(16) NOT NULL,
    held_on DATE NOT NULL,
    present BOOLEAN NOT NULL,
    CONSTRAINT uq_wsd_participant UNIQUE (duty_id, delegate_id)
);
CREATE INDEX ix_wsd_participant_delegate ON wsd_participant (delegate_id, held_on);

-- An inquiry (询问) or questioning (质询) a delegate addressed to a unit, and its answer.
CREATE TABLE wsd_inquiry (
    id BIGINT NOT NULL PRIMARY KEY,
    delegate_id BIGINT NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    addressed_to VARCHAR(200) NOT NULL,
    question VARCHAR(4000) NOT NULL,
    asked_on DATE NOT NULL,
    answer VARCHAR(4000),
    answered_on DATE,
    recorded_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_wsd_inquiry_delegate ON wsd_inquiry (delegate_id, asked_on);

-- A proposal (提案) or suggestion (提议) of a delegate; from its assignment on, the core's
-- problems engine tracks its handling (problem_id).
CREATE TABLE wsd_proposal (
    id BIGINT NOT NULL PRIMARY KEY,
    delegate_id BIGINT NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    title VARCHAR(300) NOT NULL,
    content VARCHAR(4000) NOT NULL,
    filed_on DATE NOT NULL,
    filed_by VARCHAR(100) NOT NULL,
    status VARCHAR(16) NOT NULL,
    handling_unit VARCHAR(200),
    deadline DATE,
    problem_id BIGINT,
    answer VARCHAR(4000),
    answered_on DATE,
    satisfaction VARCHAR(24),
    satisfaction_on DATE,
    version BIGINT NOT NULL
);
CREATE INDEX ix_wsd_proposal_delegate ON wsd_proposal (delegate_id, filed_on);
CREATE INDEX ix_wsd_proposal_jurisdiction ON wsd_proposal (jurisdiction_code, status);

-- The yearly democratic evaluation (民主评议) of a delegate: the year's records as counted, the
-- votes of the studio's evaluation meeting, the score and grade by the module's rules.
CREATE TABLE wsd_evaluation (
    id BIGINT NOT NULL PRIMARY KEY,
    delegate_id BIGINT NOT NULL,
    studio_id BIGINT NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    evaluation_year INT NOT NULL,
    evaluated_on DATE NOT NULL,
    activity_days_held INT NOT NULL,
    activity_days_attended INT NOT NULL,
    visits INT NOT NULL,
    proposals INT NOT NULL,
    meetings_and_inquiries INT NOT NULL,
    contacts_complete BOOLEAN NOT NULL,
    votes_satisfied INT NOT NULL,
    votes_total INT NOT NULL,
    score INT NOT NULL,
    grade VARCHAR(24) NOT NULL,
    evaluated_by VARCHAR(100) NOT NULL,
    CONSTRAINT uq_wsd_evaluation UNIQUE (delegate_id, evaluation_year)
);
CREATE INDEX ix_wsd_evaluation_year ON wsd_evaluation (evaluation_year, grade);
