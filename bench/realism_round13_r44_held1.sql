-- r44 held-out 1: a marina's berth rentals (written before any change; not used for tuning)
CREATE TABLE boat_owners (
    owner_id        serial PRIMARY KEY,
    owner_type      varchar(10) NOT NULL CHECK (owner_type IN ('private', 'company')),
    family_name     varchar(60),
    first_name      varchar(60),
    firm_name       varchar(120),
    passport_number varchar(20),
    passport_expires date,
    commercial_register_no varchar(24),
    email           varchar(120),
    joined_on       date NOT NULL
);
CREATE TABLE boats (
    boat_id         serial PRIMARY KEY,
    owner_id        integer NOT NULL REFERENCES boat_owners(owner_id),
    boat_name       varchar(60) NOT NULL,
    hull_kind       varchar(12) NOT NULL CHECK (hull_kind IN ('sail', 'motor', 'catamaran', 'rib')),
    hull_serial     varchar(20),
    registration_no varchar(16),
    mooring_pos     varchar(10),
    length_m        numeric(5,2) NOT NULL
);
CREATE TABLE berth_stays (
    stay_id         serial PRIMARY KEY,
    boat_id         integer NOT NULL REFERENCES boats(boat_id),
    arrived_at      timestamptz NOT NULL,
    left_at         timestamptz,
    passage_no      varchar(12),
    permit_ref      varchar(20),
    fee_eur         numeric(8,2) NOT NULL
);
