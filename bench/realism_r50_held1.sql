-- r50 held-out 1 (written before any change; not used for tuning): a UK livery yard and riding school
-- (stables, horses and their owners, lesson types, farrier and vet visits, feed deliveries, horsebox trips,
-- arena hire, competition entries, livery contracts). Full of measures in their units (hh, kg, cm,
-- mm, m, m2, ha, mi, l, t, C, bpm, wks) and prices at the scale of what is sold (a lesson, a week's livery,
-- a set of shoes, a bale, a mile, an hour of an arena, an entry).
-- The `-- expect` lines are the measure's (bench/realism_r50_measure.py): an expert's range per measure, the
-- order of a row's steps with their plausible gaps, and a share of another column (`ratio T A B LOW HIGH`).

CREATE TABLE yard (
    yard_id          serial PRIMARY KEY,
    yard_nm          varchar(60) NOT NULL,
    acreage_ac       numeric(5,1),                    -- land, acres
    arena_len_m      smallint NOT NULL,               -- outdoor school length
    arena_wid_m      smallint NOT NULL,
    surface_depth_mm smallint,                        -- sand and fibre surface depth
    box_count        smallint NOT NULL
);
-- expect range yard.acreage_ac 3 300
-- expect range yard.arena_len_m 30 90
-- expect range yard.arena_wid_m 15 45
-- expect range yard.surface_depth_mm 50 200
-- expect range yard.box_count 4 120

CREATE TABLE stable_box (
    box_id            serial PRIMARY KEY,
    yard_id           int NOT NULL REFERENCES yard(yard_id),
    box_cd            varchar(6) NOT NULL,
    floor_area_m2     numeric(4,1) NOT NULL,
    livery_fee_wk_gbp numeric(6,2) NOT NULL CHECK (livery_fee_wk_gbp >= 0)   -- per week
);
-- expect range stable_box.floor_area_m2 8 25
-- expect range stable_box.livery_fee_wk_gbp 25 400

CREATE TABLE owner (
    owner_id    serial PRIMARY KEY,
    first_nm    varchar(40) NOT NULL,
    last_nm     varchar(40) NOT NULL,
    deposit_gbp numeric(7,2) NOT NULL DEFAULT 0
);
-- expect range owner.deposit_gbp 0 2000

CREATE TABLE horse (
    horse_id    serial PRIMARY KEY,
    owner_id    int NOT NULL REFERENCES owner(owner_id),
    stable_nm   varchar(40) NOT NULL,
    height_hh   numeric(3,1) NOT NULL,                -- hands
    weight_kg   smallint,
    rug_size_in smallint                              -- rug size, inches
);
-- expect range horse.height_hh 10 18.5
-- expect range horse.weight_kg 150 900
-- expect range horse.rug_size_in 48 90

CREATE TABLE lesson_type (
    type_cd      varchar(8) PRIMARY KEY,
    type_desc    varchar(60) NOT NULL,
    duration_min smallint NOT NULL CHECK (duration_min BETWEEN 20 AND 120),
    max_riders   smallint NOT NULL CHECK (max_riders BETWEEN 1 AND 8),
    price_gbp    numeric(6,2) NOT NULL CHECK (price_gbp >= 0)
);
-- expect range lesson_type.price_gbp 20 120

CREATE TABLE farrier_visit (
    visit_id     serial PRIMARY KEY,
    horse_id     int NOT NULL REFERENCES horse(horse_id),
    visit_dt     date NOT NULL,
    shoes_fitted smallint NOT NULL CHECK (shoes_fitted BETWEEN 0 AND 4),
    hoof_len_mm  smallint,                            -- dorsal toe length after trimming
    charge_gbp   numeric(6,2) NOT NULL,
    next_due_wks smallint
);
-- expect range farrier_visit.hoof_len_mm 60 120
-- expect range farrier_visit.charge_gbp 25 200
-- expect range farrier_visit.next_due_wks 3 12

CREATE TABLE vet_visit (
    visit_id         serial PRIMARY KEY,
    horse_id         int NOT NULL REFERENCES horse(horse_id),
    visit_ts         timestamptz NOT NULL,
    rectal_temp_c    numeric(3,1),
    heart_rate_bpm   smallint,
    call_out_fee_gbp numeric(6,2) NOT NULL,
    drugs_gbp        numeric(7,2) NOT NULL DEFAULT 0,
    net_gbp          numeric(8,2) NOT NULL,
    vat_gbp          numeric(7,2) NOT NULL
);
-- expect range vet_visit.rectal_temp_c 36.5 40.5
-- expect range vet_visit.heart_rate_bpm 24 90
-- expect range vet_visit.call_out_fee_gbp 30 200
-- expect range vet_visit.drugs_gbp 0 800
-- expect ratio vet_visit vat_gbp net_gbp 0.15 0.21

CREATE TABLE feed_delivery (
    deliv_id          serial PRIMARY KEY,
    yard_id           int NOT NULL REFERENCES yard(yard_id),
    deliv_dt          date NOT NULL,
    hay_bales         smallint NOT NULL,
    bale_wt_kg        numeric(5,1),
    haylage_t         numeric(5,2),
    price_per_bale_gbp numeric(6,2),
    haul_mi           smallint,
    invoice_gbp       numeric(8,2) NOT NULL
);
-- expect range feed_delivery.hay_bales 5 400
-- expect range feed_delivery.bale_wt_kg 12 600
-- expect range feed_delivery.haylage_t 0.2 30
-- expect range feed_delivery.price_per_bale_gbp 2 80
-- expect range feed_delivery.haul_mi 1 120
-- expect range feed_delivery.invoice_gbp 40 12000

CREATE TABLE horsebox_trip (
    trip_id         serial PRIMARY KEY,
    horse_id        int NOT NULL REFERENCES horse(horse_id),
    depart_ts       timestamptz NOT NULL,
    arrive_ts       timestamptz,
    dist_mi         numeric(5,1),
    fuel_l          numeric(5,1),
    payload_kg      smallint,
    rate_per_mi_gbp numeric(4,2),
    trip_charge_gbp numeric(7,2)
);
-- expect range horsebox_trip.dist_mi 2 400
-- expect range horsebox_trip.fuel_l 1 150
-- expect range horsebox_trip.payload_kg 500 4500
-- expect range horsebox_trip.rate_per_mi_gbp 0.8 4
-- expect range horsebox_trip.trip_charge_gbp 20 1200
-- expect order horsebox_trip depart_ts < arrive_ts 10m-10h

CREATE TABLE arena_hire (
    hire_id         serial PRIMARY KEY,
    yard_id         int NOT NULL REFERENCES yard(yard_id),
    hire_start_ts   timestamptz NOT NULL,
    hire_end_ts     timestamptz NOT NULL,
    hourly_rate_gbp numeric(5,2) NOT NULL,
    CHECK (hire_end_ts > hire_start_ts)
);
-- expect range arena_hire.hourly_rate_gbp 8 80
-- expect order arena_hire hire_start_ts < hire_end_ts 30m-8h

CREATE TABLE competition_entry (
    entry_id      serial PRIMARY KEY,
    horse_id      int NOT NULL REFERENCES horse(horse_id),
    class_nm      varchar(40) NOT NULL,
    fence_ht_cm   smallint,
    entry_fee_gbp numeric(6,2) NOT NULL,
    prize_gbp     numeric(7,2),
    round_secs    numeric(5,2)
);
-- expect range competition_entry.fence_ht_cm 40 170
-- expect range competition_entry.entry_fee_gbp 5 150
-- expect range competition_entry.prize_gbp 0 5000
-- expect range competition_entry.round_secs 25 180

CREATE TABLE livery_contract (
    contract_id  serial PRIMARY KEY,
    horse_id     int NOT NULL REFERENCES horse(horse_id),
    box_id       int NOT NULL REFERENCES stable_box(box_id),
    start_dt     date NOT NULL,
    end_dt       date,
    weekly_fee_gbp numeric(6,2) NOT NULL,
    notice_wks   smallint NOT NULL DEFAULT 4,
    CHECK (end_dt IS NULL OR end_dt > start_dt)
);
-- expect range livery_contract.weekly_fee_gbp 25 400
-- expect range livery_contract.notice_wks 1 12
-- expect order livery_contract start_dt < end_dt 60d-1830d
