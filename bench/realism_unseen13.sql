-- realism_unseen13: a farmers' cooperative (the lead's second held-out schema, session 5).
-- Written at 14:15 UTC, before helpers r5/r6 started; scored on main before their merge and after.
CREATE TYPE delivery_status AS ENUM ('scheduled', 'in_transit', 'delivered', 'rejected');

CREATE TABLE members (
    member_id     serial PRIMARY KEY,
    farm_name     varchar(100) NOT NULL,
    owner_name    varchar(100) NOT NULL,
    tax_id        varchar(20) UNIQUE,
    region        varchar(50) NOT NULL,
    joined_on     date NOT NULL,
    left_on       date,
    share_count   integer NOT NULL DEFAULT 1 CHECK (share_count > 0),
    is_organic_certified boolean NOT NULL DEFAULT false,
    phone         varchar(25)
);

CREATE TABLE fields (
    field_id      serial PRIMARY KEY,
    member_id     int NOT NULL REFERENCES members,
    field_name    varchar(60) NOT NULL,
    area_hectares numeric(8,2) NOT NULL CHECK (area_hectares > 0),
    soil_type     varchar(30),
    irrigation    varchar(20),
    latitude      numeric(9,6),
    longitude     numeric(9,6)
);

CREATE TABLE crops (
    crop_id       serial PRIMARY KEY,
    crop_name     varchar(50) NOT NULL UNIQUE,
    variety       varchar(50),
    category      varchar(20) NOT NULL,
    days_to_maturity smallint,
    unit          varchar(10) NOT NULL DEFAULT 'kg'
);

CREATE TABLE plantings (
    planting_id   bigserial PRIMARY KEY,
    field_id      int NOT NULL REFERENCES fields,
    crop_id       int NOT NULL REFERENCES crops,
    season        varchar(10) NOT NULL,
    planted_on    date NOT NULL,
    expected_harvest_on date,
    harvested_on  date,
    seed_kg       numeric(8,2),
    yield_kg      numeric(10,2),
    notes         text
);

CREATE TABLE deliveries (
    delivery_id   bigserial PRIMARY KEY,
    member_id     int NOT NULL REFERENCES members,
    crop_id       int NOT NULL REFERENCES crops,
    delivered_at  timestamptz NOT NULL,
    quantity_kg   numeric(10,2) NOT NULL CHECK (quantity_kg > 0),
    grade         char(1) CHECK (grade IN ('A', 'B', 'C')),
    moisture_pct  numeric(4,1),
    price_per_kg  numeric(6,3) NOT NULL,
    gross_amount  numeric(12,2) NOT NULL,
    status        delivery_status NOT NULL DEFAULT 'scheduled',
    rejected_reason varchar(80)
);

CREATE TABLE equipment (
    equipment_id  serial PRIMARY KEY,
    name          varchar(80) NOT NULL,
    kind          varchar(30) NOT NULL,
    manufacturer  varchar(60),
    purchase_year smallint,
    hourly_rate   numeric(7,2) NOT NULL,
    engine_hours  integer NOT NULL DEFAULT 0
);

CREATE TABLE equipment_bookings (
    booking_id    bigserial PRIMARY KEY,
    equipment_id  int NOT NULL REFERENCES equipment,
    member_id     int NOT NULL REFERENCES members,
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz NOT NULL,
    hours_used    numeric(5,1),
    cancelled     boolean NOT NULL DEFAULT false,
    CHECK (ends_at > starts_at)
);

CREATE TABLE payouts (
    payout_id     bigserial PRIMARY KEY,
    member_id     int NOT NULL REFERENCES members,
    period_start  date NOT NULL,
    period_end    date NOT NULL,
    total_kg      numeric(12,2) NOT NULL,
    amount        numeric(12,2) NOT NULL,
    paid_on       date,
    bank_reference varchar(30)
);
