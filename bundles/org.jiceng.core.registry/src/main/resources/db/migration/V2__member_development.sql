-- Member development (发展党员): membership status, personal data and natural keys on members,
-- and the event log of every development step.
ALTER TABLE party_member ADD COLUMN membership_status VARCHAR(16) DEFAULT 'ACTIVE' NOT NULL;
ALTER TABLE party_member ADD COLUMN id_card_number VARCHAR(18);
ALTER TABLE party_member ADD COLUMN phone VARCHAR(20);
ALTER TABLE party_member ADD COLUMN member_number VARCHAR(32);
ALTER TABLE party_member ADD COLUMN probation_extended_months INTEGER;
CREATE UNIQUE INDEX ux_member_id_card ON party_member (id_card_number);
CREATE UNIQUE INDEX ux_member_number ON party_member (member_number);
CREATE INDEX ix_member_probation_date ON party_member (probation_date);

CREATE SEQUENCE development_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE development_event (
    id BIGINT NOT NULL PRIMARY KEY,
    member_id BIGINT NOT NULL REFERENCES party_member (id),
    event_type VARCHAR(32) NOT NULL,
    event_date DATE NOT NULL,
    deciding_body VARCHAR(200),
    evidence VARCHAR(400) NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    extension_months INTEGER,
    note VARCHAR(1000)
);
CREATE INDEX ix_development_event_member ON development_event (member_id);
