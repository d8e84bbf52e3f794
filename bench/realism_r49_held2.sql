-- r49 held-out 2 (written before any change; not used for tuning): a US household moving company's crews,
-- vans, moves, trips, inventories and damage claims. Measures in US units (mi, lb, cu ft, ft, gal, mpg, hrs, pct,
-- usd) and rows that move through steps whose names do not pair (quoted, surveyed, booked, loaded, delivered,
-- invoiced; clock in, arrived, loading done, clock out; departed, arrived, unloaded; filed, inspected, offer
-- made, settled).
-- The `-- expect` lines are the measure's (bench/realism_r49_measure.py): an expert's range per measure, the
-- order of a row's steps and the longest plausible gap between neighbours.

CREATE TABLE movers (
    mover_id     serial PRIMARY KEY,
    full_nm      varchar(80) NOT NULL,
    hired_on     date NOT NULL,
    hourly_wage  numeric(5,2)
);

CREATE TABLE vans (
    van_id       serial PRIMARY KEY,
    unit_no      varchar(8) NOT NULL UNIQUE,
    box_len_ft   smallint,                       -- 16, 20, 26
    cap_cuft     smallint,                       -- box volume
    payload_lb   integer,
    mpg          numeric(3,1),
    tank_gal     smallint
);

CREATE TABLE moves (
    move_id      serial PRIMARY KEY,
    cust_nm      varchar(80) NOT NULL,
    orig_city    varchar(60) NOT NULL,
    dest_city    varchar(60) NOT NULL,
    dist_mi      numeric(6,1),
    est_wt_lb    integer,                        -- estimated shipment weight
    est_cuft     smallint,                       -- estimated volume
    quoted_at    timestamptz NOT NULL,
    surveyed_at  timestamptz,                    -- in-home survey
    booked_at    timestamptz,
    load_dt      date,
    deliv_dt     date,
    invoiced_at  timestamptz,
    quote_amt    numeric(9,2),
    deposit_pct  smallint,
    status       varchar(12) NOT NULL CHECK (status IN ('quoted','booked','in_transit','delivered','cancelled'))
);

CREATE TABLE move_crew (
    move_id      int NOT NULL REFERENCES moves(move_id),
    mover_id     int NOT NULL REFERENCES movers(mover_id),
    clock_in     timestamptz,
    arrived_at   timestamptz,                    -- at the origin home
    loading_done timestamptz,
    clock_out    timestamptz,
    hrs_billed   numeric(4,2),
    tips_usd     numeric(6,2),
    PRIMARY KEY (move_id, mover_id)
);

CREATE TABLE trips (
    trip_id      serial PRIMARY KEY,
    move_id      int NOT NULL REFERENCES moves(move_id),
    van_id       int NOT NULL REFERENCES vans(van_id),
    departed     timestamptz,
    arrived      timestamptz,
    unloaded     timestamptz,
    fuel_gal     numeric(5,1),
    tolls_usd    numeric(6,2),
    odo_start_mi integer,
    odo_end_mi   integer
);

CREATE TABLE inventory_items (
    item_id      serial PRIMARY KEY,
    move_id      int NOT NULL REFERENCES moves(move_id),
    item_desc    varchar(80) NOT NULL,
    wt_lb        numeric(6,1),
    vol_cuft     numeric(5,1),
    declared_val numeric(8,2),
    crated_yn    boolean NOT NULL DEFAULT false
);

CREATE TABLE claims (
    claim_id     serial PRIMARY KEY,
    move_id      int NOT NULL REFERENCES moves(move_id),
    filed_on     date NOT NULL,
    inspected_on date,
    offer_made_on date,
    settled_on   date,
    claimed_usd  numeric(8,2),
    paid_usd     numeric(8,2)
);

-- expect range movers.hourly_wage 12 45
-- expect range vans.box_len_ft 10 53
-- expect range vans.cap_cuft 400 4000
-- expect range vans.payload_lb 2000 30000
-- expect range vans.mpg 4 20
-- expect range vans.tank_gal 20 150
-- expect range moves.dist_mi 1 3200
-- expect range moves.est_wt_lb 500 25000
-- expect range moves.est_cuft 100 3500
-- expect range moves.quote_amt 200 20000
-- expect range moves.deposit_pct 0 50
-- expect range move_crew.hrs_billed 1 16
-- expect range move_crew.tips_usd 0 300
-- expect range trips.fuel_gal 1 400
-- expect range trips.tolls_usd 0 300
-- expect range inventory_items.wt_lb 0.5 500
-- expect range inventory_items.vol_cuft 0.2 80
-- expect range inventory_items.declared_val 5 20000
-- expect range claims.claimed_usd 20 20000
-- expect order moves quoted_at < surveyed_at 30d < booked_at 45d < load_dt 120d < deliv_dt 21d < invoiced_at 30d
-- expect order move_crew clock_in < arrived_at 3h < loading_done 14h < clock_out 14h
-- expect order trips departed < arrived 7d < unloaded 14h
-- expect order claims filed_on < inspected_on 60d < offer_made_on 90d < settled_on 120d
