-- The members and Party organizations of each jurisdiction, kept as they are written, so a subtree's total is
-- a sum over its jurisdictions (26,621 rows for a province) instead of a count of every record below it (a
-- province's 4,000,000 members took 1.3-1.5 s to count: see ProvinceBenchmark). A record counts at the
-- jurisdiction of its organization. The registry's services change a row in the same transaction as the records
-- it counts (MemberTally); there is no foreign key, so deleting a jurisdiction is not held up by its row.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.
CREATE TABLE jurisdiction_tally (
    jurisdiction_code VARCHAR(12) NOT NULL PRIMARY KEY,
    members BIGINT NOT NULL,
    organizations BIGINT NOT NULL
);
-- Every jurisdiction has its row from the start, so a write only ever updates one (two first writers of a new
-- jurisdiction would otherwise race to insert it).
INSERT INTO jurisdiction_tally (jurisdiction_code, members, organizations)
SELECT j.code, COALESCE(m.n, 0), COALESCE(o.n, 0) FROM jurisdiction j
LEFT JOIN (SELECT og.jurisdiction_code AS code, COUNT(*) AS n FROM party_member pm, party_organization og
           WHERE pm.organization_id = og.id GROUP BY og.jurisdiction_code) m ON m.code = j.code
LEFT JOIN (SELECT og.jurisdiction_code AS code, COUNT(*) AS n FROM party_organization og GROUP BY og.jurisdiction_code) o ON o.code = j.code;
