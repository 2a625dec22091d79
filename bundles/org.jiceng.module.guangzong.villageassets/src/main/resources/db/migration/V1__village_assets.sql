-- 广宗 village assets and operating funds (guangzong-village-assets). Tables of the module carry its
-- prefix (gva_). Villages and their Party organizations are the core's; these tables keep the
-- venue ledger, the stock-taking and the funds by village code.

-- A village's activity venue (村级组织活动场所) of its Party organization, once per village, with
-- what the county's 两室 programme did to it (NONE, REFITTED, EXPANDED, NEW) and the money it put in.
CREATE SEQUENCE gva_venue_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gva_venue (
    id BIGINT NOT NULL PRIMARY KEY,
    village_code VARCHAR(12) NOT NULL,
    village_name VARCHAR(200) NOT NULL,
    township_code VARCHAR(12),
    county_code VARCHAR(12),
    organization_id BIGINT,
    organization_name VARCHAR(200),
    name VARCHAR(200) NOT NULL,
    address VARCHAR(300),
    improvement VARCHAR(16) NOT NULL,
    investment DECIMAL(14, 2) NOT NULL,
    registered_on DATE NOT NULL,
    registered_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_gva_venue_village UNIQUE (village_code)
);

-- An asset of a venue's ledger: a building (主体建筑) or a ground (活动场地) with its area, or
-- equipment (办公用品、设备) with a quantity; the unit value is the book value of one.
CREATE SEQUENCE gva_item_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gva_item (
    id BIGINT NOT NULL PRIMARY KEY,
    venue_id BIGINT NOT NULL REFERENCES gva_venue (id),
    village_code VARCHAR(12) NOT NULL,
    category VARCHAR(16) NOT NULL,
    name VARCHAR(200) NOT NULL,
    quantity INT NOT NULL,
    area DECIMAL(12, 2),
    unit_value DECIMAL(14, 2) NOT NULL,
    acquired_on DATE,
    registered_on DATE NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_gva_item_venue ON gva_item (venue_id);
CREATE INDEX ix_gva_item_village ON gva_item (village_code);

-- A change of an item's ledger quantity with its reason: a stock-taking difference settled.
CREATE SEQUENCE gva_adjustment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gva_adjustment (
    id BIGINT NOT NULL PRIMARY KEY,
    item_id BIGINT NOT NULL REFERENCES gva_item (id),
    venue_id BIGINT NOT NULL,
    count_id BIGINT,
    quantity_before INT NOT NULL,
    quantity_after INT NOT NULL,
    reason VARCHAR(1000) NOT NULL,
    adjusted_on DATE NOT NULL,
    adjusted_by VARCHAR(100) NOT NULL
);
CREATE INDEX ix_gva_adjustment_venue ON gva_adjustment (venue_id);

-- A county's stock-taking campaign (清产核算) of one year.
CREATE SEQUENCE gva_stocktake_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gva_stocktake (
    id BIGINT NOT NULL PRIMARY KEY,
    county_code VARCHAR(12) NOT NULL,
    year_of INT NOT NULL,
    title VARCHAR(200) NOT NULL,
    starts_on DATE NOT NULL,
    status VARCHAR(16) NOT NULL,
    opened_by VARCHAR(100) NOT NULL,
    closed_on DATE,
    closed_by VARCHAR(100),
    version BIGINT NOT NULL,
    CONSTRAINT uq_gva_stocktake_year UNIQUE (county_code, year_of)
);

-- One item counted in a campaign: the ledger's quantity then, what was found and how many of it
-- damaged; the difference's kind, and its settlement (the ledger adjusted, with the reason).
CREATE SEQUENCE gva_count_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gva_count (
    id BIGINT NOT NULL PRIMARY KEY,
    stocktake_id BIGINT NOT NULL REFERENCES gva_stocktake (id),
    venue_id BIGINT NOT NULL,
    item_id BIGINT NOT NULL,
    village_code VARCHAR(12) NOT NULL,
    township_code VARCHAR(12),
    ledger_quantity INT NOT NULL,
    counted_quantity INT NOT NULL,
    damaged_quantity INT NOT NULL,
    unit_value DECIMAL(14, 2) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    counted_on DATE NOT NULL,
    counted_by VARCHAR(100) NOT NULL,
    settled_on DATE,
    settled_by VARCHAR(100),
    settlement_reason VARCHAR(1000),
    version BIGINT NOT NULL,
    CONSTRAINT uq_gva_count_item UNIQUE (stocktake_id, item_id)
);
CREATE INDEX ix_gva_count_scope ON gva_count (stocktake_id, village_code, kind);

-- A village's operating fund (村级组织运转经费) of a year: the budget and the scope of use (the
-- categories of the county's measures it may be spent on, comma-separated).
CREATE SEQUENCE gva_fund_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gva_fund (
    id BIGINT NOT NULL PRIMARY KEY,
    village_code VARCHAR(12) NOT NULL,
    village_name VARCHAR(200) NOT NULL,
    township_code VARCHAR(12),
    year_of INT NOT NULL,
    budget DECIMAL(14, 2) NOT NULL,
    scope VARCHAR(400) NOT NULL,
    allocated_by VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_gva_fund_year UNIQUE (village_code, year_of)
);

-- A spending request on a fund and its approval steps (报批程序): submitted by the village, decided
-- by the township, by the county too above the threshold, then paid; or rejected at a step.
CREATE SEQUENCE gva_spending_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gva_spending (
    id BIGINT NOT NULL PRIMARY KEY,
    fund_id BIGINT NOT NULL REFERENCES gva_fund (id),
    village_code VARCHAR(12) NOT NULL,
    township_code VARCHAR(12),
    year_of INT NOT NULL,
    category VARCHAR(24) NOT NULL,
    amount DECIMAL(14, 2) NOT NULL,
    purpose VARCHAR(1000) NOT NULL,
    requested_on DATE NOT NULL,
    requested_by VARCHAR(100) NOT NULL,
    status VARCHAR(24) NOT NULL,
    township_decided_on DATE,
    township_decided_by VARCHAR(100),
    county_decided_on DATE,
    county_decided_by VARCHAR(100),
    rejection_reason VARCHAR(1000),
    paid_on DATE,
    paid_by VARCHAR(100),
    version BIGINT NOT NULL
);
CREATE INDEX ix_gva_spending_fund ON gva_spending (fund_id, status);
CREATE INDEX ix_gva_spending_scope ON gva_spending (year_of, village_code, status);
