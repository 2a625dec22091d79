-- Reminders of the xingning-term-reminders module. Tables of a module carry its prefix (xtr_).
CREATE SEQUENCE xtr_reminder_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE xtr_reminder (
    id BIGINT NOT NULL PRIMARY KEY,
    organization_id BIGINT NOT NULL,
    organization_name VARCHAR(200) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    term_end DATE NOT NULL,
    reminder_organization_id BIGINT,
    reminder_name VARCHAR(200) NOT NULL,
    sent_on DATE NOT NULL,
    source VARCHAR(16) NOT NULL,
    note VARCHAR(1000),
    reply VARCHAR(32) NOT NULL,
    replied_on DATE,
    reply_note VARCHAR(1000),
    version BIGINT NOT NULL,
    CONSTRAINT uq_xtr_reminder_term UNIQUE (organization_id, term_end)
);
CREATE INDEX ix_xtr_reminder_jurisdiction ON xtr_reminder (jurisdiction_code);
