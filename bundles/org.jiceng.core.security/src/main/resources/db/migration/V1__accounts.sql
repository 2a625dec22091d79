-- Accounts of people and systems (authentication through the JAAS realm, authorization by role and jurisdiction subtree).
CREATE SEQUENCE sec_account_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sec_account (
    id BIGINT NOT NULL PRIMARY KEY,
    username VARCHAR(64) NOT NULL,
    display_name VARCHAR(100),
    jurisdiction_code VARCHAR(12) REFERENCES jurisdiction (code),
    roles VARCHAR(200) NOT NULL,
    enabled BOOLEAN NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    password_changed_at TIMESTAMP NOT NULL,
    last_login_at TIMESTAMP,
    failed_logins INTEGER NOT NULL,
    locked_until TIMESTAMP,
    token_generation BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_sec_account_username UNIQUE (username)
);
CREATE INDEX ix_sec_account_jurisdiction ON sec_account (jurisdiction_code);
