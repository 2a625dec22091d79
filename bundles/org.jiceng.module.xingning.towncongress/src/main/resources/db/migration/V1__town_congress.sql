-- Town Party congress annual sessions and joint meetings (module xingning-town-congress, prefix xtc_).
CREATE SEQUENCE xtc_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE xtc_delegate (
    id BIGINT NOT NULL PRIMARY KEY,
    town_code VARCHAR(12) NOT NULL,
    member_id BIGINT,
    name VARCHAR(100) NOT NULL,
    constituency VARCHAR(200) NOT NULL,
    term_start INTEGER NOT NULL,
    term_end INTEGER NOT NULL,
    status VARCHAR(16) NOT NULL,
    status_changed_on DATE,
    status_reason VARCHAR(500),
    replaces_id BIGINT,
    version BIGINT NOT NULL
);
CREATE INDEX ix_xtc_delegate_town ON xtc_delegate (town_code, term_start);

CREATE TABLE xtc_session (
    id BIGINT NOT NULL PRIMARY KEY,
    town_code VARCHAR(12) NOT NULL,
    town_name VARCHAR(200) NOT NULL,
    session_year INTEGER NOT NULL,
    title VARCHAR(300) NOT NULL,
    convened_on DATE NOT NULL,
    half_days INTEGER NOT NULL,
    venue VARCHAR(200),
    people_congress_on DATE,
    notice_issued_on DATE NOT NULL,
    notice_text VARCHAR(4000),
    status VARCHAR(16) NOT NULL,
    delegates_total INTEGER NOT NULL,
    present_count INTEGER,
    closed_on DATE,
    created_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_xtc_session_town_year UNIQUE (town_code, session_year)
);

CREATE TABLE xtc_credential (
    id BIGINT NOT NULL PRIMARY KEY,
    session_id BIGINT NOT NULL REFERENCES xtc_session (id),
    delegate_id BIGINT NOT NULL REFERENCES xtc_delegate (id),
    credential_no VARCHAR(40) NOT NULL,
    present BOOLEAN,
    absence_reason VARCHAR(300),
    CONSTRAINT uq_xtc_credential UNIQUE (session_id, delegate_id)
);

CREATE TABLE xtc_agenda_item (
    id BIGINT NOT NULL PRIMARY KEY,
    session_id BIGINT NOT NULL REFERENCES xtc_session (id),
    item_no INTEGER NOT NULL,
    item_type VARCHAR(40) NOT NULL,
    title VARCHAR(300) NOT NULL,
    status VARCHAR(16) NOT NULL,
    outcome VARCHAR(4000),
    votes_for INTEGER,
    votes_against INTEGER,
    abstentions INTEGER,
    adopted BOOLEAN,
    done_by VARCHAR(100),
    version BIGINT NOT NULL
);
CREATE INDEX ix_xtc_agenda_session ON xtc_agenda_item (session_id);

CREATE TABLE xtc_election (
    id BIGINT NOT NULL PRIMARY KEY,
    session_id BIGINT NOT NULL REFERENCES xtc_session (id),
    kind VARCHAR(40) NOT NULL,
    agenda_item_id BIGINT NOT NULL REFERENCES xtc_agenda_item (id),
    seats INTEGER NOT NULL,
    status VARCHAR(16) NOT NULL,
    voters_present INTEGER,
    ballots_issued INTEGER,
    ballots_returned INTEGER,
    invalid_ballots INTEGER,
    seats_filled INTEGER,
    minutes VARCHAR(4000),
    counted_by VARCHAR(100),
    counted_at TIMESTAMP,
    version BIGINT NOT NULL
);
CREATE INDEX ix_xtc_election_session ON xtc_election (session_id);

CREATE TABLE xtc_candidate (
    id BIGINT NOT NULL PRIMARY KEY,
    election_id BIGINT NOT NULL REFERENCES xtc_election (id),
    name VARCHAR(100) NOT NULL,
    member_id BIGINT,
    votes INTEGER,
    outcome VARCHAR(20)
);
CREATE INDEX ix_xtc_candidate_election ON xtc_candidate (election_id);

-- Evaluation ballots are secret: who voted and what was rated are kept apart.
CREATE TABLE xtc_evaluation_voter (
    id BIGINT NOT NULL PRIMARY KEY,
    session_id BIGINT NOT NULL REFERENCES xtc_session (id),
    delegate_id BIGINT NOT NULL REFERENCES xtc_delegate (id),
    CONSTRAINT uq_xtc_evaluation_voter UNIQUE (session_id, delegate_id)
);
CREATE TABLE xtc_evaluation_rating (
    id BIGINT NOT NULL PRIMARY KEY,
    session_id BIGINT NOT NULL REFERENCES xtc_session (id),
    subject_type VARCHAR(30) NOT NULL,
    subject_name VARCHAR(100) NOT NULL,
    rating VARCHAR(30) NOT NULL
);
CREATE INDEX ix_xtc_rating_session ON xtc_evaluation_rating (session_id);

CREATE TABLE xtc_proposal (
    id BIGINT NOT NULL PRIMARY KEY,
    town_code VARCHAR(12) NOT NULL,
    session_id BIGINT NOT NULL REFERENCES xtc_session (id),
    session_year INTEGER NOT NULL,
    title VARCHAR(300) NOT NULL,
    content VARCHAR(4000) NOT NULL,
    lead_delegate_id BIGINT NOT NULL REFERENCES xtc_delegate (id),
    kind VARCHAR(16),
    status VARCHAR(16) NOT NULL,
    filed_on DATE NOT NULL,
    filed_by VARCHAR(100) NOT NULL,
    handling_unit VARCHAR(200),
    deadline DATE,
    problem_id BIGINT,
    handling_result VARCHAR(4000),
    handled_on DATE,
    reply VARCHAR(4000),
    replied_on DATE,
    satisfaction VARCHAR(30),
    version BIGINT NOT NULL
);
CREATE INDEX ix_xtc_proposal_town ON xtc_proposal (town_code, session_year);
CREATE TABLE xtc_proposal_cosigner (
    proposal_id BIGINT NOT NULL REFERENCES xtc_proposal (id),
    delegate_id BIGINT NOT NULL REFERENCES xtc_delegate (id),
    PRIMARY KEY (proposal_id, delegate_id)
);

CREATE TABLE xtc_joint_meeting (
    id BIGINT NOT NULL PRIMARY KEY,
    jurisdiction_code VARCHAR(12) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    held_on DATE NOT NULL,
    topic VARCHAR(300) NOT NULL,
    convener VARCHAR(100) NOT NULL,
    decisions VARCHAR(4000),
    procedure_instance_id BIGINT,
    created_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_xtc_meeting_place ON xtc_joint_meeting (jurisdiction_code, kind, held_on);
CREATE TABLE xtc_meeting_attendee (
    meeting_id BIGINT NOT NULL REFERENCES xtc_joint_meeting (id),
    category VARCHAR(40) NOT NULL,
    headcount INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, category)
);
