-- The county each member lies in (its organization's jurisdiction's county ancestor, null above county level), kept
-- on the member's row by the registry's writes (MemberCounties), so a county's member pages read one range of an
-- index instead of every member of the county: on H2, a county of 30,000 members' first page by name took 11.7 ms at
-- p50 and 20.7 ms at p95 joined to its 900 organizations (CountyBenchmark). The county is also the key a sharded
-- PostgreSQL would distribute members on. Jurisdictions never change parent, so a member's county changes only when
-- it or its organization moves.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.
ALTER TABLE party_member ADD COLUMN county_code VARCHAR(12);
UPDATE party_member SET county_code = (SELECT c.ancestor_code FROM party_organization o, jurisdiction_closure c, jurisdiction j
    WHERE o.id = party_member.organization_id AND c.descendant_code = o.jurisdiction_code AND j.code = c.ancestor_code
      AND j.jurisdiction_level = 'COUNTY');
CREATE INDEX ix_member_county_name ON party_member (county_code, name, id);
CREATE INDEX ix_member_county_id ON party_member (county_code, id);
