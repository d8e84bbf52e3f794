-- realism_unseen19: a city's public transit agency (the lead's held-out schema, session 6).
-- Written at 16:15 UTC before any change of the session; scored on main d0f85bb and after the merge.
CREATE TYPE vehicle_kind AS ENUM ('bus', 'articulated_bus', 'tram', 'metro', 'ferry');
CREATE TYPE trip_status AS ENUM ('scheduled', 'in_service', 'completed', 'cancelled');

CREATE TABLE depots (
    depot_id      serial PRIMARY KEY,
    depot_name    varchar(80) NOT NULL,
    street        varchar(120),
    capacity      smallint NOT NULL CHECK (capacity > 0),
    opened_on     date,
    has_charging  boolean NOT NULL DEFAULT false
);

CREATE TABLE routes (
    route_id        serial PRIMARY KEY,
    route_short     varchar(6) NOT NULL UNIQUE,      -- as shown on the vehicle, e.g. 42, N7, M2
    route_long_name varchar(120) NOT NULL,
    mode            vehicle_kind NOT NULL,
    color_hex       char(6),
    is_night        boolean NOT NULL DEFAULT false,
    length_km       numeric(6,2),
    introduced      date,
    withdrawn       date,
    CHECK (withdrawn IS NULL OR withdrawn > introduced)
);

CREATE TABLE stops (
    stop_id        serial PRIMARY KEY,
    stop_code      varchar(8) NOT NULL UNIQUE,
    stop_name      varchar(100) NOT NULL,
    lat            numeric(9,6) NOT NULL,
    lon            numeric(9,6) NOT NULL,
    zone           char(1) NOT NULL CHECK (zone IN ('A', 'B', 'C', 'D')),
    wheelchair_ok  boolean NOT NULL DEFAULT true,
    shelter        boolean,
    parent_station integer REFERENCES stops(stop_id)
);

CREATE TABLE route_stops (
    route_id      integer NOT NULL REFERENCES routes(route_id),
    stop_id       integer NOT NULL REFERENCES stops(stop_id),
    stop_sequence smallint NOT NULL,
    minutes_from_start smallint NOT NULL,
    PRIMARY KEY (route_id, stop_sequence)
);

CREATE TABLE vehicles (
    vehicle_id     serial PRIMARY KEY,
    fleet_number   varchar(10) NOT NULL UNIQUE,
    depot_id       integer NOT NULL REFERENCES depots(depot_id),
    kind           vehicle_kind NOT NULL,
    manufacturer   varchar(60),
    model          varchar(60),
    build_year     smallint CHECK (build_year BETWEEN 1970 AND 2030),
    seats          smallint,
    standing_room  smallint,
    odometer_km    integer,
    license_plate  varchar(12),
    in_service     boolean NOT NULL DEFAULT true,
    retired_at     date
);

CREATE TABLE drivers (
    driver_id      serial PRIMARY KEY,
    badge_no       varchar(8) NOT NULL UNIQUE,
    first_name     varchar(60) NOT NULL,
    last_name      varchar(60) NOT NULL,
    hired_on       date NOT NULL,
    license_class  varchar(4),
    depot_id       integer REFERENCES depots(depot_id),
    phone          varchar(20)
);

CREATE TABLE trips (
    trip_id         bigserial PRIMARY KEY,
    route_id        integer NOT NULL REFERENCES routes(route_id),
    vehicle_id      integer REFERENCES vehicles(vehicle_id),
    driver_id       integer REFERENCES drivers(driver_id),
    direction       smallint NOT NULL CHECK (direction IN (0, 1)),
    headsign        varchar(80),
    sched_depart    timestamptz NOT NULL,
    sched_arrive    timestamptz NOT NULL,
    actual_depart   timestamptz,
    actual_arrive   timestamptz,
    delay_seconds   integer,
    status          trip_status NOT NULL DEFAULT 'scheduled',
    cancel_reason   text,
    passengers      integer
);

CREATE TABLE fare_products (
    product_id    serial PRIMARY KEY,
    product_name  varchar(60) NOT NULL,
    price_cents   integer NOT NULL,
    valid_days    smallint NOT NULL,
    concession    varchar(20) CHECK (concession IN ('adult', 'child', 'senior', 'student', 'disabled')),
    zones         varchar(8)
);

CREATE TABLE cards (
    card_id       bigserial PRIMARY KEY,
    card_number   varchar(19) NOT NULL UNIQUE,
    holder_email  varchar(120),
    issued_at     timestamptz NOT NULL,
    balance_cents integer NOT NULL DEFAULT 0,
    blocked       boolean NOT NULL DEFAULT false,
    last_used_at  timestamptz
);

CREATE TABLE taps (
    tap_id        bigserial PRIMARY KEY,
    card_id       bigint NOT NULL REFERENCES cards(card_id),
    trip_id       bigint REFERENCES trips(trip_id),
    stop_id       integer REFERENCES stops(stop_id),
    tapped_at     bigint NOT NULL,           -- epoch milliseconds from the validator
    tap_type      varchar(3) NOT NULL CHECK (tap_type IN ('on', 'off')),
    fare_cents    integer,
    product_id    integer REFERENCES fare_products(product_id)
);

CREATE TABLE incidents (
    incident_id   serial PRIMARY KEY,
    trip_id       bigint REFERENCES trips(trip_id),
    reported_at   timestamptz NOT NULL,
    category      varchar(30) NOT NULL,
    severity      smallint NOT NULL CHECK (severity BETWEEN 1 AND 5),
    description   text,
    injuries      smallint NOT NULL DEFAULT 0,
    police_called boolean NOT NULL DEFAULT false,
    closed_at     timestamptz
);
