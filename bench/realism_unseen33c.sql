CREATE TYPE transport_mode AS ENUM ('air', 'sea_fcl', 'sea_lcl', 'road', 'rail');

CREATE TABLE parties (
    party_id         serial PRIMARY KEY,
    party_code       varchar(10) NOT NULL UNIQUE,
    legal_name       varchar(200) NOT NULL,
    eori_no          varchar(17),
    vat_no           varchar(20),
    country          char(2) NOT NULL,
    city             varchar(80) NOT NULL,
    contact_name     varchar(120),
    contact_email    varchar(200),
    credit_limit     numeric(12,2) NOT NULL DEFAULT 0,
    pay_terms_days   smallint NOT NULL DEFAULT 30 CHECK (pay_terms_days IN (0, 7, 14, 30, 45, 60, 90))
);

CREATE TABLE carriers (
    carrier_id       serial PRIMARY KEY,
    carrier_name     varchar(120) NOT NULL,
    scac_iata        varchar(4) NOT NULL,
    mode             transport_mode NOT NULL,
    is_preferred     boolean NOT NULL DEFAULT false
);

CREATE TABLE shipments (
    shpt_id          serial PRIMARY KEY,
    house_ref        varchar(20) NOT NULL UNIQUE,
    master_ref       varchar(20),
    shipper_id       integer NOT NULL REFERENCES parties(party_id),
    consignee_id     integer NOT NULL REFERENCES parties(party_id),
    notify_party_id  integer REFERENCES parties(party_id),
    mode             transport_mode NOT NULL,
    incoterm         char(3) NOT NULL CHECK (incoterm IN ('EXW', 'FCA', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP')),
    pol              char(5) NOT NULL,
    pod              char(5) NOT NULL,
    etd              date,
    eta              date,
    status           varchar(15) NOT NULL DEFAULT 'booked' CHECK (status IN ('quoted', 'booked', 'picked_up', 'in_transit', 'at_destination', 'delivered', 'cancelled')),
    is_hazardous     boolean NOT NULL DEFAULT false,
    goods_desc       text,
    booked_at        timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE cargo_lines (
    line_id          serial PRIMARY KEY,
    shpt_id          integer NOT NULL REFERENCES shipments(shpt_id) ON DELETE CASCADE,
    pieces           integer NOT NULL CHECK (pieces > 0),
    pkg_type         varchar(6) NOT NULL CHECK (pkg_type IN ('PLT', 'CTN', 'CRT', 'DRM', 'BAG', 'ROLL')),
    gross_wt_kg      numeric(10,2) NOT NULL CHECK (gross_wt_kg > 0),
    vol_cbm          numeric(9,3) NOT NULL CHECK (vol_cbm >= 0),
    chg_wt_kg        numeric(10,2),
    hs_code          varchar(10),
    un_no            char(4)
);

CREATE TABLE legs (
    leg_id           serial PRIMARY KEY,
    shpt_id          integer NOT NULL REFERENCES shipments(shpt_id) ON DELETE CASCADE,
    seq              smallint NOT NULL CHECK (seq BETWEEN 1 AND 9),
    carrier_id       integer NOT NULL REFERENCES carriers(carrier_id),
    from_loc         char(5) NOT NULL,
    to_loc           char(5) NOT NULL,
    voyage_flight_no varchar(15),
    dep_at           timestamptz,
    arr_at           timestamptz,
    UNIQUE (shpt_id, seq)
);

CREATE TABLE customs_entries (
    entry_id         serial PRIMARY KEY,
    shpt_id          integer NOT NULL REFERENCES shipments(shpt_id),
    entry_kind       varchar(6) NOT NULL CHECK (entry_kind IN ('IMP', 'EXP', 'T1', 'T2')),
    mrn              varchar(18),
    lodged_at        timestamptz NOT NULL,
    released_at      timestamptz,
    duty_eur         numeric(12,2) NOT NULL DEFAULT 0,
    import_vat_eur   numeric(12,2) NOT NULL DEFAULT 0,
    inspection       varchar(8) CHECK (inspection IN ('none', 'docs', 'physical'))
);

CREATE TABLE charges (
    charge_id        serial PRIMARY KEY,
    shpt_id          integer NOT NULL REFERENCES shipments(shpt_id),
    bill_to_id       integer REFERENCES parties(party_id),
    charge_code      varchar(6) NOT NULL CHECK (charge_code IN ('FRT', 'THC', 'DOC', 'CUS', 'FSC', 'INS', 'DEL', 'PUP', 'STO')),
    side             char(3) NOT NULL CHECK (side IN ('REV', 'CST')),
    amount           numeric(12,2) NOT NULL,
    currency         char(3) NOT NULL DEFAULT 'EUR',
    fx_rate          numeric(10,6) NOT NULL DEFAULT 1,
    invoiced         boolean NOT NULL DEFAULT false
);

CREATE TABLE tracking_events (
    event_id         bigserial PRIMARY KEY,
    shpt_id          integer NOT NULL REFERENCES shipments(shpt_id),
    event_code       varchar(4) NOT NULL CHECK (event_code IN ('BKD', 'PUP', 'DEP', 'ARR', 'CUS', 'OFD', 'POD', 'EXC')),
    event_at         timestamptz NOT NULL,
    location         char(5),
    note             text
);
