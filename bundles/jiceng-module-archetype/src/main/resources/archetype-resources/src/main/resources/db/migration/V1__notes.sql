-- Notes of the ${moduleId} module. Everything a script creates is named ${tablePrefix}_… (indexes and
-- constraints may put a qualifier first: ix_${tablePrefix}_…); the core refuses any other name.
-- Portable SQL (H2 and PostgreSQL). Applied scripts are checksummed: change the schema with V2__….sql.
CREATE SEQUENCE ${tablePrefix}_note_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE ${tablePrefix}_note (
    id BIGINT NOT NULL PRIMARY KEY,
    jurisdiction_code VARCHAR(12) NOT NULL,
    title VARCHAR(200) NOT NULL,
    body VARCHAR(2000),
    created_by VARCHAR(100) NOT NULL,
    created_on DATE NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_${tablePrefix}_note_jurisdiction ON ${tablePrefix}_note (jurisdiction_code);
