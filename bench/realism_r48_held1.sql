-- realism_r48_held1: held-out for r48 (a trade's identifiers, makers and free text), written before any change.
-- A general-aviation maintenance shop (Part 145 repair station): customer aircraft, work orders, parts, ADs.

CREATE TABLE owners (
    owner_id        serial PRIMARY KEY,
    owner_name      varchar(80) NOT NULL,
    email           varchar(120),
    insurer         varchar(80),                          -- hull insurer
    policy_no       varchar(20),
    notes           text
);

CREATE TABLE aircraft (
    aircraft_id     serial PRIMARY KEY,
    owner_id        int NOT NULL REFERENCES owners(owner_id),
    tail_no         varchar(8) NOT NULL UNIQUE,           -- N-number, e.g. 'N4521K'
    make            varchar(40) NOT NULL,                 -- airframe maker
    model           varchar(40) NOT NULL,
    serial_no       varchar(20) NOT NULL,
    year_built      smallint,
    engine_make     varchar(40),
    engine_model    varchar(30),
    engine_sn       varchar(20),
    prop_make       varchar(40),
    tt_airframe_hrs numeric(8,1),                         -- total time
    smoh_hrs        numeric(7,1),                         -- since major overhaul
    remarks         text
);

CREATE TABLE technicians (
    tech_id         serial PRIMARY KEY,
    full_name       varchar(80) NOT NULL,
    ap_cert_no      varchar(12) NOT NULL UNIQUE,          -- A&P certificate number
    ia_holder       boolean NOT NULL DEFAULT false,
    hired_on        date NOT NULL
);

CREATE TABLE work_orders (
    wo_id           serial PRIMARY KEY,
    wo_no           varchar(12) NOT NULL UNIQUE,
    aircraft_id     int NOT NULL REFERENCES aircraft(aircraft_id),
    opened_at       timestamptz NOT NULL,
    closed_at       timestamptz,
    wo_type         varchar(12) NOT NULL CHECK (wo_type IN ('annual','100hr','squawk','ad','avionics','prebuy')),
    tach_in         numeric(7,1),
    squawk_desc     text,                                 -- pilot-reported discrepancy
    corrective_action text,
    signed_off_by   int REFERENCES technicians(tech_id),
    status          varchar(10) NOT NULL DEFAULT 'open' CHECK (status IN ('open','parts','closed','invoiced')),
    CHECK (closed_at IS NULL OR closed_at >= opened_at)
);

CREATE TABLE vendors (
    vendor_id       serial PRIMARY KEY,
    vendor_name     varchar(80) NOT NULL,                 -- parts supplier
    account_no      varchar(16)
);

CREATE TABLE parts (
    part_id         serial PRIMARY KEY,
    part_no         varchar(24) NOT NULL UNIQUE,
    manufacturer    varchar(60) NOT NULL,
    descr           varchar(120) NOT NULL,
    vendor_id       int REFERENCES vendors(vendor_id),
    unit_cost       numeric(9,2),
    qty_on_hand     integer NOT NULL DEFAULT 0
);

CREATE TABLE wo_parts (
    wo_id           int NOT NULL REFERENCES work_orders(wo_id),
    part_id         int NOT NULL REFERENCES parts(part_id),
    qty             integer NOT NULL CHECK (qty > 0),
    lot_no          varchar(20),
    part_sn         varchar(20),                          -- serialised parts only
    form_8130_no    varchar(20),                          -- FAA 8130-3 tag
    PRIMARY KEY (wo_id, part_id)
);

CREATE TABLE ad_compliance (
    adc_id          serial PRIMARY KEY,
    aircraft_id     int NOT NULL REFERENCES aircraft(aircraft_id),
    ad_number       varchar(12) NOT NULL,                 -- e.g. '2020-15-03'
    complied_on     date NOT NULL,
    method          varchar(60),
    next_due_hrs    numeric(8,1),
    recurring       boolean NOT NULL DEFAULT false,
    comments        text
);
