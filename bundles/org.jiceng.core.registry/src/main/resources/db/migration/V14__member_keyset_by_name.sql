-- Member lists sorted by name, paged by keyset (after a cursor): the index gives the members in (name, id) order
-- from the cursor on, so a province's page 10,000 reads 20 entries instead of sorting 4,000,000 rows (see
-- ProvinceBenchmark). Portable SQL: runs unchanged on H2 2.x and PostgreSQL.
CREATE INDEX ix_member_name_id ON party_member (name, id);
