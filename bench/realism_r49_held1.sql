-- r49 held-out 1 (written before any change; not used for tuning): a ready-mix concrete supplier's batching
-- plants, truck mixers and delivery tickets. Measures in their units (m3, km, kg, l, mm, MPa, C, min, t) and
-- rows that move through steps whose names do not pair (batched, left plant, on site, pour start, discharged,
-- back at plant; requested, confirmed, cancelled; cast, tested).
-- The `-- expect` lines are the measure's (bench/realism_r49_measure.py): an expert's range per measure, the
-- order of a row's steps and the longest plausible gap between neighbours.

CREATE TABLE plants (
    plant_id     serial PRIMARY KEY,
    plant_cd     varchar(6) NOT NULL UNIQUE,
    plant_nm     varchar(60) NOT NULL,
    mixer_cap_m3 numeric(4,1) NOT NULL,           -- batch mixer capacity
    silo_cap_t   integer,                         -- cement silo capacity, tonnes
    output_m3_hr numeric(5,1),                    -- rated output per hour
    opened_dt    date
);

CREATE TABLE mix_designs (
    mix_cd       varchar(12) PRIMARY KEY,         -- 'C32/40-S3-20'
    strength_mpa smallint NOT NULL,               -- characteristic strength
    cement_kg_m3 smallint NOT NULL,               -- cement per m3
    water_l_m3   smallint,                        -- free water per m3
    agg_max_mm   smallint,                        -- max aggregate size
    slump_mm     smallint,                        -- target slump
    price_per_m3 numeric(7,2) NOT NULL            -- list price per m3
);

CREATE TABLE trucks (
    truck_id     serial PRIMARY KEY,
    reg_no       varchar(10) NOT NULL UNIQUE,
    plant_id     int NOT NULL REFERENCES plants(plant_id),
    drum_cap_m3  numeric(3,1) NOT NULL,           -- drum capacity
    gvw_kg       integer,                         -- gross vehicle weight
    odo_km       integer,
    fuel_tank_l  smallint,
    in_service   boolean NOT NULL DEFAULT true
);

CREATE TABLE customers (
    cust_id      serial PRIMARY KEY,
    cust_nm      varchar(80) NOT NULL,
    credit_limit numeric(10,2),
    acct_opened  date NOT NULL
);

CREATE TABLE orders (
    ord_id       serial PRIMARY KEY,
    cust_id      int NOT NULL REFERENCES customers(cust_id),
    mix_cd       varchar(12) NOT NULL REFERENCES mix_designs(mix_cd),
    site_addr    varchar(160),
    qty_m3       numeric(6,1) NOT NULL,           -- order volume
    haul_km      numeric(5,1),                    -- plant to site
    requested_at timestamptz NOT NULL,            -- when the customer called
    confirmed_at timestamptz,
    pour_date    date,                            -- the day they want it
    cancelled_at timestamptz,
    status       varchar(10) NOT NULL CHECK (status IN ('requested','confirmed','delivering','complete','cancelled'))
);

CREATE TABLE tickets (
    ticket_id    serial PRIMARY KEY,
    ord_id       int NOT NULL REFERENCES orders(ord_id),
    truck_id     int NOT NULL REFERENCES trucks(truck_id),
    load_m3      numeric(3,1) NOT NULL,           -- volume in this load
    batched_at   timestamptz NOT NULL,
    left_plant   timestamptz,
    on_site      timestamptz,
    pour_start   timestamptz,
    discharged   timestamptz,
    back_at_plt  timestamptz,
    water_add_l  smallint,                        -- water added on site
    conc_temp_c  numeric(3,1),                    -- concrete temperature at discharge
    wait_min     smallint,                        -- waiting time on site
    rejected_yn  boolean NOT NULL DEFAULT false
);

CREATE TABLE cube_tests (
    test_id      serial PRIMARY KEY,
    ticket_id    int NOT NULL REFERENCES tickets(ticket_id),
    cast_on      date NOT NULL,
    tested_on    date,
    age_days     smallint,                        -- 7 or 28
    mass_kg      numeric(4,2),                    -- mass of a 100 mm cube
    load_kn      numeric(6,1),                    -- failure load
    strength_mpa numeric(4,1)
);

-- expect range plants.mixer_cap_m3 1 6
-- expect range plants.silo_cap_t 30 300
-- expect range plants.output_m3_hr 30 250
-- expect range mix_designs.strength_mpa 10 60
-- expect range mix_designs.cement_kg_m3 200 500
-- expect range mix_designs.water_l_m3 120 230
-- expect range mix_designs.agg_max_mm 6 40
-- expect range mix_designs.slump_mm 10 220
-- expect range mix_designs.price_per_m3 60 250
-- expect range trucks.drum_cap_m3 4 12
-- expect range trucks.gvw_kg 15000 44000
-- expect range trucks.odo_km 1000 900000
-- expect range trucks.fuel_tank_l 150 600
-- expect range orders.qty_m3 0.5 1000
-- expect range orders.haul_km 1 80
-- expect range tickets.load_m3 0.5 12
-- expect range tickets.water_add_l 0 150
-- expect range tickets.conc_temp_c 0 38
-- expect range tickets.wait_min 0 180
-- expect range cube_tests.age_days 1 90
-- expect range cube_tests.mass_kg 2 2.8
-- expect range cube_tests.load_kn 50 900
-- expect range cube_tests.strength_mpa 5 90
-- expect order orders requested_at < confirmed_at 14d
-- expect order orders requested_at < cancelled_at 60d
-- expect order tickets batched_at < left_plant 1h < on_site 3h < pour_start 3h < discharged 3h < back_at_plt 4h
-- expect order cube_tests cast_on < tested_on 90d
