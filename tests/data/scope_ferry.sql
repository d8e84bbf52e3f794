-- A ferry line: ports, vessels, routes between two ports, sailings of a route by a vessel, crew members, passengers
-- and their bookings, the vehicles a booking brings aboard (brief s26 of session 11: words the schema never uses for
-- its tables, columns and values; see tests/data/scope_heldout21_s26.txt).
CREATE TABLE ports (
    id       serial PRIMARY KEY,
    name     varchar(80) NOT NULL,
    country  char(2)     NOT NULL,
    berths   smallint    NOT NULL CHECK (berths BETWEEN 1 AND 20)
);

CREATE TABLE vessels (
    id            serial PRIMARY KEY,
    name          varchar(80) NOT NULL UNIQUE,
    imo_no        char(7)     UNIQUE,
    pax_capacity  integer     NOT NULL CHECK (pax_capacity BETWEEN 50 AND 3000),
    car_capacity  integer     NOT NULL DEFAULT 0,
    built_yr      smallint    CHECK (built_yr BETWEEN 1960 AND 2026),
    status        varchar(12) NOT NULL DEFAULT 'in_service' CHECK (status IN ('in_service', 'refit', 'laid_up', 'retired'))
);

CREATE TABLE routes (
    id              serial PRIMARY KEY,
    origin_port_id  integer      NOT NULL REFERENCES ports (id),
    dest_port_id    integer      NOT NULL REFERENCES ports (id),
    distance_nm     numeric(6,1) NOT NULL,
    duration_min    integer      NOT NULL CHECK (duration_min > 0),
    seasonal        boolean      NOT NULL DEFAULT false
);

CREATE TABLE sailings (
    id          serial PRIMARY KEY,
    route_id    integer     NOT NULL REFERENCES routes (id),
    vessel_id   integer     NOT NULL REFERENCES vessels (id),
    departs_at  timestamptz NOT NULL,
    arrives_at  timestamptz,
    status      varchar(12) NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'boarding', 'departed', 'arrived', 'delayed', 'cancelled')),
    delay_min   integer     CHECK (delay_min >= 0)
);

CREATE TABLE crew_members (
    id           serial PRIMARY KEY,
    vessel_id    integer      REFERENCES vessels (id),
    full_name    varchar(120) NOT NULL,
    rank         varchar(20)  NOT NULL CHECK (rank IN ('captain', 'officer', 'engineer', 'deckhand', 'steward')),
    hired_on     date         NOT NULL,
    cert_expiry  date
);

CREATE TABLE passengers (
    id             serial PRIMARY KEY,
    first_name     varchar(60)  NOT NULL,
    last_name      varchar(60)  NOT NULL,
    email          varchar(160),
    phone          varchar(30),
    date_of_birth  date,
    nationality    char(2),
    loyalty_tier   varchar(10)  NOT NULL DEFAULT 'none' CHECK (loyalty_tier IN ('none', 'silver', 'gold')),
    created_at     timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE bookings (
    id            serial PRIMARY KEY,
    sailing_id    integer      NOT NULL REFERENCES sailings (id),
    passenger_id  integer      NOT NULL REFERENCES passengers (id),
    booked_at     timestamptz  NOT NULL,
    pax_count     smallint     NOT NULL CHECK (pax_count BETWEEN 1 AND 9),
    cabin_class   varchar(10)  CHECK (cabin_class IN ('seat', 'standard', 'deluxe')),
    total_amt     numeric(9,2) NOT NULL,
    status        varchar(12)  NOT NULL DEFAULT 'confirmed' CHECK (status IN ('held', 'confirmed', 'checked_in', 'no_show', 'refunded', 'cancelled'))
);

CREATE TABLE vehicles (
    id          serial PRIMARY KEY,
    booking_id  integer     NOT NULL REFERENCES bookings (id),
    kind        varchar(12) NOT NULL CHECK (kind IN ('car', 'van', 'motorbike', 'bicycle', 'truck')),
    length_m    numeric(4,1),
    reg_no      varchar(12)
);
