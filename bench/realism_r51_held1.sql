-- Round r51 HELD-OUT schema: a North Sea fishing fleet (a producer organisation's trip and landing records):
-- vessels and their crews, fishing trips, hauls at sea, landings at the fish market, auction lots, refits.
-- Written before any change of the round; scored on rows agreeing with their siblings, parents and related rows.

CREATE TABLE vessel (
    id            serial PRIMARY KEY,
    vessel_name   varchar(40)  NOT NULL,
    port_letters  varchar(10)  NOT NULL UNIQUE,            -- e.g. PD 123, FR 245
    length_m      numeric(5,2) NOT NULL,
    engine_kw     integer      NOT NULL,
    gear_type     varchar(12)  NOT NULL CHECK (gear_type IN ('trawl', 'seine', 'gillnet', 'creel', 'longline')),
    built_year    smallint     NOT NULL,
    home_port     varchar(20)  NOT NULL
);

CREATE TABLE crew_member (
    id            serial PRIMARY KEY,
    vessel_id     integer      NOT NULL REFERENCES vessel(id),
    full_name     varchar(60)  NOT NULL,
    rank          varchar(12)  NOT NULL CHECK (rank IN ('skipper', 'mate', 'engineer', 'deckhand', 'cook')),
    share_pct     numeric(4,1) NOT NULL CHECK (share_pct BETWEEN 1 AND 25),
    joined_on     date         NOT NULL,
    left_on       date
);

CREATE TABLE trip (
    id            serial PRIMARY KEY,
    vessel_id     integer      NOT NULL REFERENCES vessel(id),
    skipper_id    integer      NOT NULL REFERENCES crew_member(id),
    trip_no       smallint     NOT NULL,
    departed_at   timestamp    NOT NULL,
    returned_at   timestamp,
    days_at_sea   numeric(4,1),
    status        varchar(10)  NOT NULL CHECK (status IN ('at sea', 'landed', 'aborted')),
    fuel_used_l   integer,
    UNIQUE (vessel_id, trip_no),
    CHECK (returned_at IS NULL OR returned_at > departed_at)
);

CREATE TABLE haul (
    id            serial PRIMARY KEY,
    trip_id       integer      NOT NULL REFERENCES trip(id),
    vessel_id     integer      NOT NULL REFERENCES vessel(id),
    haul_no       smallint     NOT NULL,
    shot_at       timestamp    NOT NULL,
    hauled_at     timestamp    NOT NULL,
    tow_hours     numeric(4,1) NOT NULL CHECK (tow_hours > 0 AND tow_hours <= 12),
    depth_m       integer      NOT NULL,
    catch_kg      integer      NOT NULL,
    cum_catch_kg  integer      NOT NULL,
    water_temp_c  numeric(4,1) CHECK (water_temp_c BETWEEN -2 AND 25),
    UNIQUE (trip_id, haul_no),
    CHECK (hauled_at > shot_at),
    CHECK (cum_catch_kg >= catch_kg)
);

CREATE TABLE landing (
    id            serial PRIMARY KEY,
    trip_id       integer      NOT NULL REFERENCES trip(id),
    vessel_id     integer      NOT NULL REFERENCES vessel(id),
    port          varchar(20)  NOT NULL CHECK (port IN ('Peterhead', 'Fraserburgh', 'Lerwick', 'Scrabster', 'Kinlochbervie')),
    landed_at     timestamp    NOT NULL,
    boxes         integer      NOT NULL,
    gross_kg      integer      NOT NULL,
    status        varchar(10)  NOT NULL CHECK (status IN ('sold', 'withdrawn', 'no sale')),
    sold_at       timestamp,
    ice_temp_c    numeric(3,1) NOT NULL CHECK (ice_temp_c BETWEEN -1 AND 4)
);

CREATE TABLE auction_lot (
    id            serial PRIMARY KEY,
    landing_id    integer      NOT NULL REFERENCES landing(id),
    lot_no        smallint     NOT NULL,
    species       varchar(12)  NOT NULL CHECK (species IN ('haddock', 'cod', 'whiting', 'monkfish', 'saithe', 'hake', 'megrim')),
    boxes         smallint     NOT NULL,
    price_gbp_kg  numeric(5,2) NOT NULL CHECK (price_gbp_kg BETWEEN 0.20 AND 30.00),
    bid_at        timestamp    NOT NULL,
    buyer         varchar(40)  NOT NULL,
    UNIQUE (landing_id, lot_no)
);

CREATE TABLE refit_job (
    id            serial PRIMARY KEY,
    vessel_id     integer      NOT NULL REFERENCES vessel(id),
    yard          varchar(30)  NOT NULL,
    work_start    timestamp    NOT NULL,
    work_end      timestamp    NOT NULL,
    labour_hrs    numeric(6,1) NOT NULL,
    cost_gbp      numeric(10,2) NOT NULL,
    cum_cost_gbp  numeric(12,2) NOT NULL,
    CHECK (work_end > work_start)
);

-- expect diff trip days_at_sea departed_at returned_at 86400
-- expect diff haul tow_hours shot_at hauled_at 3600
-- expect diff refit_job labour_hrs work_start work_end 3600
-- expect cum haul cum_catch_kg trip_id haul_no
-- expect cum refit_job cum_cost_gbp vessel_id work_start
-- expect same trip vessel_id skipper_id crew_member.vessel_id
-- expect same haul vessel_id trip_id trip.vessel_id
-- expect same landing vessel_id trip_id trip.vessel_id
-- expect within haul shot_at trip_id trip.departed_at trip.returned_at
-- expect within landing landed_at trip_id trip.returned_at trip.returned_at+2d
-- expect within auction_lot bid_at landing_id landing.landed_at landing.landed_at+1d
-- expect hours landing landed_at 0 12
-- expect hours auction_lot bid_at 6 14
-- expect hours refit_job work_start 7 18
-- expect hours refit_job work_end 8 20
-- expect null landing sold_at status='no sale'
-- expect null landing sold_at status='withdrawn'
-- expect gap trip departed_at returned_at 1d 21d
-- expect gap haul shot_at hauled_at 1h 12h
-- expect spread haul water_temp_c
-- expect spread landing ice_temp_c
-- expect spread crew_member share_pct
-- expect spread auction_lot price_gbp_kg
