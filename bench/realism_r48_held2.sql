-- realism_r48_held2: held-out for r48 (a trade's identifiers, makers and free text), written before any change.
-- A small estate winery: vineyard blocks, harvest lots, barrels, bottling runs, distributors (US bonded winery).

CREATE TABLE vineyard_blocks (
    block_id        serial PRIMARY KEY,
    block_code      varchar(8) NOT NULL UNIQUE,
    varietal        varchar(40) NOT NULL,
    clone           varchar(12),
    rootstock       varchar(12),
    acres           numeric(5,2),
    planted_yr      smallint,
    block_notes     text
);

CREATE TABLE harvest_lots (
    lot_id          serial PRIMARY KEY,
    lot_code        varchar(16) NOT NULL UNIQUE,
    block_id        int NOT NULL REFERENCES vineyard_blocks(block_id),
    picked_on       date NOT NULL,
    tons            numeric(6,2) NOT NULL,
    brix            numeric(4,1),
    ph              numeric(3,2),
    ta_gl           numeric(4,2),
    weigh_tag_no    varchar(12),
    crew_lead       varchar(60),
    lot_notes       text
);

CREATE TABLE barrels (
    barrel_id       serial PRIMARY KEY,
    barrel_no       varchar(10) NOT NULL UNIQUE,
    cooper          varchar(60) NOT NULL,                 -- cooperage
    forest          varchar(30),
    toast           varchar(12) CHECK (toast IN ('light','medium','medium_plus','heavy')),
    capacity_l      smallint NOT NULL DEFAULT 225,
    vintage_first_fill smallint,
    fills           smallint NOT NULL DEFAULT 0,
    condition_note  varchar(200)
);

CREATE TABLE barrel_fills (
    fill_id         serial PRIMARY KEY,
    barrel_id       int NOT NULL REFERENCES barrels(barrel_id),
    lot_id          int NOT NULL REFERENCES harvest_lots(lot_id),
    filled_on       date NOT NULL,
    emptied_on      date,
    topped_ml       integer,
    cellar_notes    text,
    CHECK (emptied_on IS NULL OR emptied_on >= filled_on)
);

CREATE TABLE bottling_runs (
    run_id          serial PRIMARY KEY,
    lot_id          int NOT NULL REFERENCES harvest_lots(lot_id),
    bottled_on      date NOT NULL,
    cases           integer NOT NULL,
    bottle_supplier varchar(60),
    closure_brand   varchar(40),                          -- cork / screwcap maker
    cola_id         varchar(14),                          -- TTB label approval
    mobile_bottler  varchar(60),
    filler_make     varchar(40),
    qa_comments     text
);

CREATE TABLE distributors (
    dist_id         serial PRIMARY KEY,
    dist_name       varchar(80) NOT NULL,
    state_code      char(2) NOT NULL,
    license_no      varchar(20),                          -- state wholesaler licence
    contact_name    varchar(60),
    rep_email       varchar(120)
);

CREATE TABLE shipments (
    ship_id         serial PRIMARY KEY,
    dist_id         int NOT NULL REFERENCES distributors(dist_id),
    run_id          int NOT NULL REFERENCES bottling_runs(run_id),
    shipped_on      date NOT NULL,
    cases           integer NOT NULL CHECK (cases > 0),
    carrier         varchar(40),
    bol_no          varchar(20),
    pallet_tag      varchar(20),
    ship_notes      text
);
