-- r47 held-out 2: a parcel courier's depot (written before any change; not used for tuning)
CREATE TABLE depots (
    depot_id        serial PRIMARY KEY,
    depot_code      char(4) NOT NULL UNIQUE,
    depot_name      varchar(80) NOT NULL,
    operator        varchar(80),
    opened_on       date NOT NULL
);
CREATE TABLE bays (
    bay_id          serial PRIMARY KEY,
    depot_id        integer NOT NULL REFERENCES depots(depot_id),
    bin_location    varchar(12) NOT NULL,
    slot_cd         varchar(10),
    is_cold         boolean NOT NULL DEFAULT false,
    UNIQUE (depot_id, bin_location)
);
CREATE TABLE vans (
    van_id          serial PRIMARY KEY,
    depot_id        integer NOT NULL REFERENCES depots(depot_id),
    reg_plate       varchar(10) NOT NULL UNIQUE,
    fleet_no        varchar(8) NOT NULL,
    lease_ref       varchar(20),
    is_leased       boolean NOT NULL DEFAULT false,
    in_service_since date NOT NULL
);
CREATE TABLE consignments (
    consignment_id  serial PRIMARY KEY,
    depot_id        integer NOT NULL REFERENCES depots(depot_id),
    tracking_no     varchar(24) NOT NULL UNIQUE,
    sender_ref      varchar(30),
    booked_at       timestamptz NOT NULL,
    weight_kg       numeric(7,2) NOT NULL,
    bay_id          integer REFERENCES bays(bay_id),
    is_cod          boolean NOT NULL DEFAULT false,
    cod_receipt_no  varchar(20),
    is_international boolean NOT NULL DEFAULT false,
    customs_entry_no varchar(20),
    origin          varchar(60)
);
CREATE TABLE rounds (
    round_id        serial PRIMARY KEY,
    van_id          integer NOT NULL REFERENCES vans(van_id),
    round_date      date NOT NULL,
    manifest_no     varchar(20) NOT NULL,
    run_batch       varchar(20),
    driver_name     varchar(80) NOT NULL,
    UNIQUE (van_id, round_date)
);
CREATE TABLE drops (
    drop_id         serial PRIMARY KEY,
    round_id        integer NOT NULL REFERENCES rounds(round_id),
    consignment_id  integer NOT NULL REFERENCES consignments(consignment_id),
    stop_seq        smallint NOT NULL,
    delivered_at    timestamptz,
    pod_ref         varchar(20),
    has_safe_place  boolean NOT NULL DEFAULT false,
    safe_place_note varchar(120),
    card_left_ref   varchar(16)
);
CREATE TABLE claims (
    claim_id        serial PRIMARY KEY,
    consignment_id  integer NOT NULL REFERENCES consignments(consignment_id),
    claim_ref       varchar(20) NOT NULL,
    raised_on       date NOT NULL,
    settled_on      date,
    is_insured      boolean NOT NULL DEFAULT false,
    insurer_claim_no varchar(24),
    season_yr       varchar(7),
    amount          numeric(10,2) NOT NULL
);
