-- realism_unseen20: a winery with its vineyards, cellar and wine club (the lead's second held-out
-- schema, session 6). Written at 16:35 UTC before any change of the session; scored on main d0f85bb
-- and after the merge.
CREATE TYPE lot_stage AS ENUM ('crushed', 'fermenting', 'aging', 'blended', 'bottled');

CREATE TABLE vineyard_blocks (
    block_id        serial PRIMARY KEY,
    block_code      varchar(6) NOT NULL UNIQUE,
    vineyard_name   varchar(80) NOT NULL,
    variety         varchar(40) NOT NULL,
    clone           varchar(20),
    rootstock       varchar(20),
    planted_year    smallint,
    area_ha         numeric(6,2) NOT NULL,
    vines_per_ha    integer,
    soil            varchar(40),
    aspect          varchar(2) CHECK (aspect IN ('N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW')),
    elevation_m     smallint,
    organic         boolean NOT NULL DEFAULT false
);

CREATE TABLE harvests (
    harvest_id    serial PRIMARY KEY,
    block_id      integer NOT NULL REFERENCES vineyard_blocks(block_id),
    vintage       smallint NOT NULL,
    picked_on     date NOT NULL,
    tonnes        numeric(7,2) NOT NULL,
    brix          numeric(4,1),
    ph            numeric(3,2),
    ta_g_l        numeric(4,1),             -- titratable acidity
    pick_method   varchar(10) CHECK (pick_method IN ('hand', 'machine')),
    notes         text
);

CREATE TABLE tanks (
    tank_id       serial PRIMARY KEY,
    tank_label    varchar(10) NOT NULL UNIQUE,
    material      varchar(20) NOT NULL,
    capacity_l    integer NOT NULL,
    temp_controlled boolean NOT NULL DEFAULT true
);

CREATE TABLE wine_lots (
    lot_id        serial PRIMARY KEY,
    lot_code      varchar(16) NOT NULL UNIQUE,
    harvest_id    integer REFERENCES harvests(harvest_id),
    tank_id       integer REFERENCES tanks(tank_id),
    stage         lot_stage NOT NULL,
    volume_l      numeric(9,1) NOT NULL,
    yeast_strain  varchar(30),
    started_on    date NOT NULL,
    pressed_on    date,
    barrel_months smallint,
    oak           varchar(20)
);

CREATE TABLE wines (
    wine_id       serial PRIMARY KEY,
    wine_name     varchar(100) NOT NULL,
    vintage       smallint NOT NULL,
    style         varchar(20) NOT NULL CHECK (style IN ('red', 'white', 'rose', 'sparkling', 'dessert', 'fortified')),
    varietal      varchar(60),
    abv           numeric(4,2) NOT NULL,
    residual_sugar_g_l numeric(5,1),
    bottles_produced integer,
    release_date  date,
    retail_price  numeric(8,2) NOT NULL,
    tasting_notes text,
    awards        jsonb
);

CREATE TABLE bottlings (
    bottling_id   serial PRIMARY KEY,
    wine_id       integer NOT NULL REFERENCES wines(wine_id),
    lot_id        integer NOT NULL REFERENCES wine_lots(lot_id),
    bottled_on    date NOT NULL,
    bottle_size_ml smallint NOT NULL CHECK (bottle_size_ml IN (187, 375, 750, 1500, 3000)),
    cases         integer NOT NULL,
    closure       varchar(12)
);

CREATE TABLE club_members (
    member_id     serial PRIMARY KEY,
    first_name    varchar(50) NOT NULL,
    last_name     varchar(50) NOT NULL,
    email         varchar(120) NOT NULL UNIQUE,
    birth_date    date NOT NULL,
    tier          varchar(10) NOT NULL CHECK (tier IN ('classic', 'reserve', 'collector')),
    joined_on     date NOT NULL,
    cancelled_on  date,
    ship_state    char(2),
    bottles_per_shipment smallint NOT NULL DEFAULT 6
);

CREATE TABLE club_shipments (
    shipment_id   serial PRIMARY KEY,
    member_id     integer NOT NULL REFERENCES club_members(member_id),
    season        varchar(12) NOT NULL,
    shipped_on    date,
    carrier       varchar(20),
    tracking_no   varchar(30),
    subtotal      numeric(8,2) NOT NULL,
    shipping_fee  numeric(6,2) NOT NULL,
    total         numeric(8,2) NOT NULL,
    status        varchar(12) NOT NULL CHECK (status IN ('pending', 'shipped', 'delivered', 'returned', 'skipped'))
);

CREATE TABLE tasting_visits (
    visit_id      serial PRIMARY KEY,
    member_id     integer REFERENCES club_members(member_id),
    visit_date    date NOT NULL,
    party_size    smallint NOT NULL,
    flight        varchar(40),
    spend         numeric(8,2),
    rating        smallint CHECK (rating BETWEEN 1 AND 5),
    comments      text
);
