-- 兴宁 领导干部挂钩指导党建工作 (xingning-leader-linkage). Tables of the module carry its prefix (xll_).
-- Leaders are the core's members (with the core post that makes them city leaders); towns and villages are the
-- core's jurisdictions; a weak and lax village is one whose Party organization the registry marks WEAK_LAX. The
-- province-designated poor villages (省定贫困村) are no registry fact, so the module keeps the city's list per year.

-- A city leader (市领导) registered for the linkage: a core member and the core post that makes them one.
CREATE SEQUENCE xll_leader_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE xll_leader (
    id BIGINT NOT NULL PRIMARY KEY,
    county_code VARCHAR(12) NOT NULL,
    member_id BIGINT NOT NULL,
    member_name VARCHAR(100) NOT NULL,
    position_id BIGINT NOT NULL,
    post_title VARCHAR(200) NOT NULL,
    post_unit VARCHAR(200) NOT NULL,
    registered_on DATE NOT NULL,
    registered_by VARCHAR(100) NOT NULL,
    left_on DATE,
    version BIGINT NOT NULL,
    CONSTRAINT uq_xll_leader_member UNIQUE (county_code, member_id)
);

-- The city's province-designated poor villages (省定贫困村) of a year.
CREATE SEQUENCE xll_poor_village_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE xll_poor_village (
    id BIGINT NOT NULL PRIMARY KEY,
    county_code VARCHAR(12) NOT NULL,
    list_year INT NOT NULL,
    village_code VARCHAR(12) NOT NULL,
    village_name VARCHAR(200) NOT NULL,
    township_code VARCHAR(12) NOT NULL,
    note VARCHAR(500),
    listed_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_xll_poor_village UNIQUE (county_code, list_year, village_code)
);

-- A leader's link for a year (挂钩联系): one town, one poor village and one weak village each; a village one leader's.
CREATE SEQUENCE xll_link_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE xll_link (
    id BIGINT NOT NULL PRIMARY KEY,
    leader_id BIGINT NOT NULL,
    county_code VARCHAR(12) NOT NULL,
    link_year INT NOT NULL,
    kind VARCHAR(16) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    jurisdiction_name VARCHAR(200) NOT NULL,
    township_code VARCHAR(12) NOT NULL,
    -- the village again for a village link, null for a town: the database too keeps a village one leader's a year
    village_code VARCHAR(12),
    linked_on DATE NOT NULL,
    linked_by VARCHAR(100) NOT NULL,
    item_count INT NOT NULL,
    check_count INT NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT fk_xll_link_leader FOREIGN KEY (leader_id) REFERENCES xll_leader (id),
    CONSTRAINT uq_xll_link_kind UNIQUE (leader_id, link_year, kind),
    CONSTRAINT uq_xll_link_village UNIQUE (county_code, link_year, village_code)
);
CREATE INDEX ix_xll_link_scope ON xll_link (county_code, link_year, jurisdiction_code);

-- An item of a link's responsibility list (党建工作责任清单): the requirement, the unit responsible, when it is due,
-- and the check that found it done.
CREATE SEQUENCE xll_item_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE xll_item (
    id BIGINT NOT NULL PRIMARY KEY,
    link_id BIGINT NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    title VARCHAR(300) NOT NULL,
    responsible_unit VARCHAR(200) NOT NULL,
    due_on DATE NOT NULL,
    done_on DATE,
    done_check_id BIGINT,
    added_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT fk_xll_item_link FOREIGN KEY (link_id) REFERENCES xll_link (id)
);
CREATE INDEX ix_xll_item_link ON xll_item (link_id);

-- A periodic check of a link (定期检查): a visit or an inspection, with its findings.
CREATE SEQUENCE xll_check_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE xll_check (
    id BIGINT NOT NULL PRIMARY KEY,
    link_id BIGINT NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    checked_on DATE NOT NULL,
    checked_by VARCHAR(200) NOT NULL,
    findings VARCHAR(4000) NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT fk_xll_check_link FOREIGN KEY (link_id) REFERENCES xll_link (id)
);
CREATE INDEX ix_xll_check_link ON xll_check (link_id);
