-- A subtree's members counted per stage and membership status (the development pipeline, a jurisdiction's
-- overview) from one index, without reading each member's row: on a province of 4,000,000 members a county's
-- pipeline read 33,000 rows for two columns (see ProvinceBenchmark). The index on the organization alone stays: H2
-- holds the foreign key to the organization by it.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.
CREATE INDEX ix_member_organization_stage ON party_member (organization_id, stage, membership_status);

-- Organization lists sorted by name and paged by keyset, as members' are since V14.
CREATE INDEX ix_organization_name_id ON party_organization (name, id);
