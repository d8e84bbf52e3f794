-- Scuba dive centre: bookings, boats, courses and the fill station (names clipped the way the shop's old POS did)
CREATE TABLE dvr (
    dvr_id     serial PRIMARY KEY,
    first_nm   varchar(60),
    last_nm    varchar(80) NOT NULL,
    email      varchar(200),
    cert_lvl   varchar(16) NOT NULL CHECK (cert_lvl IN ('open_water','advanced','rescue','divemaster')),
    dob        date,
    joined_on  date NOT NULL,
    nitrox_ok  boolean NOT NULL DEFAULT false
);

CREATE TABLE instr (
    instr_id    serial PRIMARY KEY,
    full_nm     varchar(120) NOT NULL,
    padi_no     varchar(12) NOT NULL UNIQUE,
    hourly_rate numeric(6,2) NOT NULL,
    hired_on    date NOT NULL,
    is_active   boolean NOT NULL DEFAULT true
);

CREATE TABLE bt (
    bt_id      serial PRIMARY KEY,
    bt_nm      varchar(60) NOT NULL,
    reg_no     varchar(12) NOT NULL UNIQUE,
    capacity   smallint NOT NULL CHECK (capacity > 0),
    hull_type  varchar(12) NOT NULL CHECK (hull_type IN ('rib','catamaran','monohull')),
    engine_hrs integer
);

CREATE TABLE dsite (
    dsite_id    serial PRIMARY KEY,
    site_nm     varchar(80) NOT NULL,
    max_depth_m smallint NOT NULL,
    site_kind   varchar(8) NOT NULL CHECK (site_kind IN ('reef','wreck','wall','cave'))
);

CREATE TABLE trp (
    trp_id     serial PRIMARY KEY,
    bt_id      integer NOT NULL REFERENCES bt(bt_id),
    dsite_id   integer NOT NULL REFERENCES dsite(dsite_id),
    instr_id   integer REFERENCES instr(instr_id),
    dep_at     timestamptz NOT NULL,
    ret_at     timestamptz,
    trp_status varchar(10) NOT NULL CHECK (trp_status IN ('scheduled','sailed','cancelled')),
    sea_state  smallint
);

CREATE TABLE bkg (
    bkg_id    serial PRIMARY KEY,
    trp_id    integer NOT NULL REFERENCES trp(trp_id),
    dvr_id    integer NOT NULL REFERENCES dvr(dvr_id),
    booked_at timestamptz NOT NULL,
    paid      boolean NOT NULL DEFAULT false,
    price     numeric(8,2) NOT NULL,
    nitrox    boolean NOT NULL DEFAULT false
);

CREATE TABLE gear_rntl (
    rntl_id     serial PRIMARY KEY,
    dvr_id      integer NOT NULL REFERENCES dvr(dvr_id),
    item_kind   varchar(10) NOT NULL CHECK (item_kind IN ('bcd','regulator','wetsuit','computer','fins')),
    rented_on   date NOT NULL,
    returned_on date,
    fee         numeric(6,2) NOT NULL
);

CREATE TABLE crs (
    crs_id    serial PRIMARY KEY,
    crs_title varchar(80) NOT NULL,
    lvl       varchar(16) NOT NULL,
    price     numeric(8,2) NOT NULL,
    days      smallint NOT NULL
);

CREATE TABLE enrl (
    enrl_id    serial PRIMARY KEY,
    crs_id     integer NOT NULL REFERENCES crs(crs_id),
    dvr_id     integer NOT NULL REFERENCES dvr(dvr_id),
    instr_id   integer NOT NULL REFERENCES instr(instr_id),
    started_on date NOT NULL,
    passed     boolean
);

CREATE TABLE tank_fill (
    fill_id      serial PRIMARY KEY,
    dvr_id       integer REFERENCES dvr(dvr_id),
    filled_at    timestamptz NOT NULL,
    gas_mix      varchar(6) NOT NULL CHECK (gas_mix IN ('air','ean32','ean36')),
    pressure_bar smallint NOT NULL
);

CREATE TABLE dlog (
    dlog_id      serial PRIMARY KEY,
    bkg_id       integer NOT NULL REFERENCES bkg(bkg_id),
    max_depth_m  numeric(4,1) NOT NULL,
    bottom_min   smallint NOT NULL,
    water_temp_c numeric(3,1),
    vis_m        smallint
);
