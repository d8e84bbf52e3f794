-- Domain: hot-air balloon ride operator (r42 held-out: quantities at their subject's scale, one row's sizes agree)
CREATE TABLE launch_sites (
    site_id          serial PRIMARY KEY,
    site_name        varchar(80) NOT NULL,
    field_length_m   numeric(6,1) NOT NULL,
    field_width_m    numeric(6,1) NOT NULL,
    elevation_m      integer,
    parking_spaces   smallint NOT NULL DEFAULT 20
);
CREATE TABLE balloons (
    balloon_id       serial PRIMARY KEY,
    registration     varchar(10) NOT NULL UNIQUE,
    envelope_volume_m3 integer NOT NULL CHECK (envelope_volume_m3 > 0),
    envelope_height_m numeric(4,1) NOT NULL,
    envelope_diameter_m numeric(4,1) NOT NULL,
    basket_length_cm integer NOT NULL,
    basket_width_cm  integer NOT NULL,
    empty_weight_kg  integer NOT NULL,
    max_passengers   smallint NOT NULL CHECK (max_passengers BETWEEN 1 AND 40),
    burner_count     smallint NOT NULL DEFAULT 2,
    burner_output_kw numeric(8,1),
    fuel_tanks       smallint NOT NULL DEFAULT 4
);
CREATE TABLE flights (
    flight_id        serial PRIMARY KEY,
    balloon_id       integer NOT NULL REFERENCES balloons,
    site_id          integer NOT NULL REFERENCES launch_sites,
    flown_on         date NOT NULL,
    duration_min     smallint NOT NULL CHECK (duration_min BETWEEN 10 AND 300),
    distance_km      numeric(5,1),
    max_altitude_m   integer,
    passengers       smallint NOT NULL,
    propane_used_kg  numeric(6,1),
    wind_speed_kt    numeric(4,1),
    landing_fee      numeric(8,2) NOT NULL DEFAULT 25.00,
    ticket_price     numeric(8,2) NOT NULL CHECK (ticket_price >= 0)
);
CREATE TABLE inspections (
    inspection_id    serial PRIMARY KEY,
    balloon_id       integer NOT NULL REFERENCES balloons,
    inspected_on     date NOT NULL,
    fabric_strength_n numeric(6,1),
    porosity_s       integer,
    hours_since_last numeric(6,1),
    labour_hours     numeric(4,1) NOT NULL DEFAULT 1.5,
    fee_eur          numeric(8,2) NOT NULL
);
