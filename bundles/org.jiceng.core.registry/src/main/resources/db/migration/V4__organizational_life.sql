-- Organizational life (组织生活): activities filed before and recorded when held, their attendance
-- rolls, and Party dues. Portable SQL: runs unchanged on H2 2.x and PostgreSQL.
CREATE SEQUENCE orglife_activity_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE orglife_activity (
    id BIGINT NOT NULL PRIMARY KEY,
    organization_id BIGINT NOT NULL REFERENCES party_organization (id),
    activity_type VARCHAR(40) NOT NULL,
    status VARCHAR(16) NOT NULL,
    planned_date DATE NOT NULL,
    topic VARCHAR(200) NOT NULL,
    filed_by VARCHAR(100) NOT NULL,
    filed_at TIMESTAMP NOT NULL,
    held_date DATE,
    minutes VARCHAR(4000),
    version BIGINT NOT NULL
);
CREATE INDEX ix_orglife_activity_org_date ON orglife_activity (organization_id, planned_date);
CREATE INDEX ix_orglife_activity_planned ON orglife_activity (planned_date);

CREATE SEQUENCE orglife_attendance_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE orglife_attendance (
    id BIGINT NOT NULL PRIMARY KEY,
    activity_id BIGINT NOT NULL REFERENCES orglife_activity (id),
    member_id BIGINT NOT NULL REFERENCES party_member (id),
    present BOOLEAN NOT NULL,
    absence_reason VARCHAR(200)
);
CREATE UNIQUE INDEX ux_orglife_attendance ON orglife_attendance (activity_id, member_id);
CREATE INDEX ix_orglife_attendance_member ON orglife_attendance (member_id);

CREATE SEQUENCE orglife_dues_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE orglife_dues (
    id BIGINT NOT NULL PRIMARY KEY,
    member_id BIGINT NOT NULL REFERENCES party_member (id),
    organization_id BIGINT NOT NULL REFERENCES party_organization (id),
    dues_month VARCHAR(7) NOT NULL,
    amount NUMERIC(10, 2) NOT NULL,
    paid_on DATE NOT NULL
);
CREATE UNIQUE INDEX ux_orglife_dues_member_month ON orglife_dues (member_id, dues_month);
CREATE INDEX ix_orglife_dues_organization ON orglife_dues (organization_id, dues_month);
