-- Round 11 (r38) HELD-OUT schema 1: a lift (elevator) maintenance contractor: sites, lifts, contracts,
-- callouts, engineer visits, inspections, spare parts. Written by the r38 helper before any change;
-- measured at start and end only.
CREATE TABLE engineers (
    engineer_id   serial PRIMARY KEY,
    full_name     varchar(80) NOT NULL,
    mobile        varchar(20),
    grade         varchar(12) NOT NULL CHECK (grade IN ('trainee', 'engineer', 'senior', 'supervisor')),
    van_reg       varchar(10),
    started_on    date NOT NULL
);

CREATE TABLE sites (
    site_id       serial PRIMARY KEY,
    site_name     varchar(120) NOT NULL,
    address_line  varchar(160) NOT NULL,
    postcode      varchar(10),
    access_notes  text,
    keyholder_phone varchar(20)
);

CREATE TABLE lifts (
    lift_id       serial PRIMARY KEY,
    site_id       integer NOT NULL REFERENCES sites(site_id),
    plant_no      varchar(20) NOT NULL UNIQUE,
    manufacturer  varchar(40),
    drive_type    varchar(12) NOT NULL CHECK (drive_type IN ('traction', 'hydraulic', 'mrl')),
    floors_served smallint NOT NULL CHECK (floors_served BETWEEN 2 AND 60),
    rated_load_kg integer NOT NULL,
    installed_year smallint,
    is_firefighting boolean NOT NULL DEFAULT false
);

CREATE TABLE callouts (
    callout_id    bigserial PRIMARY KEY,
    lift_id       integer NOT NULL REFERENCES lifts(lift_id),
    reported_at   timestamptz NOT NULL,
    source        varchar(20) NOT NULL,
    reason        varchar(60) NOT NULL,
    persons_trapped boolean NOT NULL DEFAULT false,
    priority      smallint NOT NULL CHECK (priority BETWEEN 1 AND 4),
    notes         text
);

CREATE TABLE visits (
    visit_id      bigserial PRIMARY KEY,
    callout_id    bigint REFERENCES callouts(callout_id),
    lift_id       integer NOT NULL REFERENCES lifts(lift_id),
    engineer_id   integer NOT NULL REFERENCES engineers(engineer_id),
    arrived_at    timestamptz NOT NULL,
    left_at       timestamptz,
    outcome       varchar(16) NOT NULL CHECK (outcome IN ('fixed', 'temp_fix', 'parts_needed', 'no_fault', 'no_access')),
    fault_code    varchar(12),
    engineer_notes text
);

CREATE TABLE inspections (
    inspection_id serial PRIMARY KEY,
    lift_id       integer NOT NULL REFERENCES lifts(lift_id),
    inspected_on  date NOT NULL,
    inspector     varchar(80) NOT NULL,
    result        varchar(16) NOT NULL CHECK (result IN ('pass', 'pass_advisory', 'fail')),
    remarks       text,
    next_due      date
);

CREATE TABLE parts (
    part_id       serial PRIMARY KEY,
    sku           varchar(32) NOT NULL UNIQUE,
    name          varchar(80) NOT NULL,
    unit_cost     numeric(8,2) NOT NULL,
    stock_qty     integer NOT NULL DEFAULT 0
);

CREATE TABLE visit_parts (
    visit_id      bigint NOT NULL REFERENCES visits(visit_id),
    part_id       integer NOT NULL REFERENCES parts(part_id),
    qty           smallint NOT NULL DEFAULT 1,
    reason        varchar(40),
    PRIMARY KEY (visit_id, part_id)
);
