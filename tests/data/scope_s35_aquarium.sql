-- A public aquarium (brief s35 of session 15): held-out schema for asides, reasons and units said around a clause.
CREATE TABLE zones (
    zone_id      serial PRIMARY KEY,
    zone_name    varchar(60) NOT NULL,
    is_outdoor   boolean NOT NULL DEFAULT false
);

CREATE TABLE tanks (
    tank_id       serial PRIMARY KEY,
    zone_id       integer NOT NULL REFERENCES zones(zone_id),
    tank_code     varchar(12) NOT NULL UNIQUE,
    water_type    text NOT NULL CHECK (water_type IN ('marine', 'freshwater', 'brackish')),
    volume_l      integer NOT NULL CHECK (volume_l > 0),
    depth_cm      integer,
    target_temp_c numeric(4,1),
    installed_on  date NOT NULL
);

CREATE TABLE species (
    species_id    serial PRIMARY KEY,
    common_name   varchar(100) NOT NULL,
    latin_name    varchar(120),
    iucn_status   text CHECK (iucn_status IN ('LC', 'NT', 'VU', 'EN', 'CR')),
    max_length_cm integer
);

CREATE TABLE animals (
    animal_id     serial PRIMARY KEY,
    tank_id       integer NOT NULL REFERENCES tanks(tank_id),
    species_id    integer NOT NULL REFERENCES species(species_id),
    nickname      varchar(40),
    sex           char(1) CHECK (sex IN ('M', 'F', 'U')),
    weight_g      numeric(9,1),
    age_yrs       smallint,
    arrived_on    date NOT NULL,
    is_on_display boolean NOT NULL DEFAULT true
);

CREATE TABLE keepers (
    keeper_id    serial PRIMARY KEY,
    full_name    varchar(100) NOT NULL,
    email        varchar(120),
    hourly_wage  numeric(6,2) NOT NULL,
    is_diver     boolean NOT NULL DEFAULT false,
    hired_on     date NOT NULL
);

CREATE TABLE feedings (
    feeding_id   serial PRIMARY KEY,
    tank_id      integer NOT NULL REFERENCES tanks(tank_id),
    keeper_id    integer NOT NULL REFERENCES keepers(keeper_id),
    fed_at       timestamptz NOT NULL,
    food_kind    text NOT NULL CHECK (food_kind IN ('pellets', 'krill', 'squid', 'lettuce', 'live')),
    amount_g     integer NOT NULL,
    took_min     smallint
);

CREATE TABLE water_tests (
    test_id        serial PRIMARY KEY,
    tank_id        integer NOT NULL REFERENCES tanks(tank_id),
    tested_at      timestamptz NOT NULL,
    ph             numeric(3,1) CHECK (ph BETWEEN 0 AND 14),
    salinity_ppt   numeric(4,1),
    nitrate_mg_l   numeric(5,1),
    oxygen_sat_pct numeric(5,1) CHECK (oxygen_sat_pct BETWEEN 0 AND 100),
    passed         boolean NOT NULL
);

CREATE TABLE tours (
    tour_id      serial PRIMARY KEY,
    keeper_id    integer NOT NULL REFERENCES keepers(keeper_id),
    starts_at    timestamptz NOT NULL,
    duration_min smallint NOT NULL,
    ticket_price numeric(6,2) NOT NULL,
    capacity     smallint NOT NULL
);

CREATE TABLE tour_bookings (
    booking_id    serial PRIMARY KEY,
    tour_id       integer NOT NULL REFERENCES tours(tour_id),
    booker_email  varchar(120),
    party_size    smallint NOT NULL,
    discount_rate numeric(4,3) NOT NULL DEFAULT 0 CHECK (discount_rate BETWEEN 0 AND 1),
    booked_at     timestamptz NOT NULL,
    cancelled_at  timestamptz
);

CREATE TABLE vet_checks (
    check_id     serial PRIMARY KEY,
    animal_id    integer NOT NULL REFERENCES animals(animal_id),
    checked_on   date NOT NULL,
    outcome      text NOT NULL CHECK (outcome IN ('healthy', 'monitor', 'treat', 'quarantine')),
    notes        text,
    recheck_days smallint
);
