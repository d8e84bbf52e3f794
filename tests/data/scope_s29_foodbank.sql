CREATE TABLE warehouses (
    wh_id         serial PRIMARY KEY,
    wh_name       varchar(80) NOT NULL,
    city          varchar(80) NOT NULL,
    cold_storage  boolean NOT NULL DEFAULT false,
    floor_m2      numeric(8,1) NOT NULL CHECK (floor_m2 > 0)
);

CREATE TABLE donors (
    donor_id      serial PRIMARY KEY,
    donor_name    varchar(120) NOT NULL,
    donor_kind    varchar(12) NOT NULL CHECK (donor_kind IN ('individual', 'supermarket', 'farm', 'restaurant', 'church')),
    email         varchar(200),
    is_recurring  boolean NOT NULL DEFAULT false,
    first_gift_on date NOT NULL
);

CREATE TABLE donations (
    donation_id   serial PRIMARY KEY,
    donor_id      integer NOT NULL REFERENCES donors(donor_id),
    wh_id         integer NOT NULL REFERENCES warehouses(wh_id),
    received_at   timestamptz NOT NULL,
    wt_kg         numeric(8,1) NOT NULL CHECK (wt_kg > 0),
    category      varchar(12) NOT NULL CHECK (category IN ('produce', 'dairy', 'canned', 'bakery', 'frozen', 'hygiene')),
    best_before   date,
    inspected_at  timestamptz
);

CREATE TABLE volunteers (
    vol_id        serial PRIMARY KEY,
    full_name     varchar(120) NOT NULL,
    phone         varchar(30),
    has_food_cert boolean NOT NULL DEFAULT false,
    joined_on     date NOT NULL,
    hrs_per_wk    smallint CHECK (hrs_per_wk BETWEEN 1 AND 40)
);

CREATE TABLE shifts (
    shift_id      serial PRIMARY KEY,
    wh_id         integer NOT NULL REFERENCES warehouses(wh_id),
    vol_id        integer NOT NULL REFERENCES volunteers(vol_id),
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz NOT NULL,
    task          varchar(12) NOT NULL CHECK (task IN ('sorting', 'packing', 'driving', 'intake', 'cleaning'))
);

CREATE TABLE households (
    hh_id         serial PRIMARY KEY,
    postcode      varchar(10) NOT NULL,
    hh_size       smallint NOT NULL CHECK (hh_size BETWEEN 1 AND 15),
    has_infant    boolean NOT NULL DEFAULT false,
    registered_on date NOT NULL,
    referral_org  varchar(60)
);

CREATE TABLE parcels (
    parcel_id     serial PRIMARY KEY,
    hh_id         integer NOT NULL REFERENCES households(hh_id),
    wh_id         integer NOT NULL REFERENCES warehouses(wh_id),
    packed_at     timestamptz NOT NULL,
    collected_at  timestamptz,
    item_cnt      smallint NOT NULL CHECK (item_cnt BETWEEN 1 AND 80),
    delivery_mode varchar(10) NOT NULL CHECK (delivery_mode IN ('pickup', 'delivery', 'locker'))
);
