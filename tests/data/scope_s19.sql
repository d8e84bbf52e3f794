-- A city bike-share scheme: cities, docking stations, bikes, riders and their memberships, trips, payments, repair
-- tickets, staff and the app's event log (brief s19 of session 10: shares and states said in words, ratios, split
-- counts, exclusions; see tests/data/scope_heldout16_s19.txt).
CREATE TYPE plan_kind AS ENUM ('single', 'day', 'monthly', 'annual');
CREATE TABLE cities (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE,
    country char(2) NOT NULL,
    launched_on date NOT NULL
);
CREATE TABLE stations (
    id serial PRIMARY KEY,
    city_id int NOT NULL REFERENCES cities,
    name text NOT NULL,
    docks int NOT NULL CHECK (docks BETWEEN 4 AND 60),
    is_active boolean NOT NULL DEFAULT true,
    opened_on date NOT NULL
);
CREATE TABLE bikes (
    id serial PRIMARY KEY,
    home_station_id int REFERENCES stations,
    serial_no varchar(12) NOT NULL UNIQUE,
    model text NOT NULL CHECK (model IN ('classic', 'electric', 'cargo')),
    status text NOT NULL CHECK (status IN ('available', 'in_use', 'repair', 'retired')),
    commissioned_on date NOT NULL,
    last_serviced_on date
);
CREATE TABLE riders (
    id serial PRIMARY KEY,
    full_name text NOT NULL,
    email text UNIQUE,
    phone text,
    country char(2) NOT NULL,
    signup_channel text NOT NULL CHECK (signup_channel IN ('app', 'web', 'kiosk')),
    is_student boolean NOT NULL DEFAULT false,
    joined_on date NOT NULL
);
CREATE TABLE memberships (
    id serial PRIMARY KEY,
    rider_id int NOT NULL REFERENCES riders,
    plan plan_kind NOT NULL,
    starts_on date NOT NULL,
    ends_on date,
    price numeric(8,2) NOT NULL CHECK (price >= 0),
    auto_renew boolean NOT NULL DEFAULT true,
    promo_code varchar(16)
);
CREATE TABLE staff (
    id serial PRIMARY KEY,
    city_id int NOT NULL REFERENCES cities,
    full_name text NOT NULL,
    role text NOT NULL CHECK (role IN ('mechanic', 'rebalancer', 'support', 'manager')),
    is_certified boolean NOT NULL DEFAULT false,
    hired_on date NOT NULL
);
CREATE TABLE trips (
    id bigserial PRIMARY KEY,
    rider_id int NOT NULL REFERENCES riders,
    bike_id int NOT NULL REFERENCES bikes,
    start_station_id int NOT NULL REFERENCES stations,
    end_station_id int REFERENCES stations,
    started_at timestamptz NOT NULL,
    ended_at timestamptz,
    distance_km numeric(6,2),
    unlock_method text NOT NULL CHECK (unlock_method IN ('app', 'card', 'code')),
    fare numeric(8,2) NOT NULL CHECK (fare >= 0)
);
CREATE TABLE payments (
    id bigserial PRIMARY KEY,
    rider_id int NOT NULL REFERENCES riders,
    trip_id bigint REFERENCES trips,
    amount numeric(8,2) NOT NULL CHECK (amount > 0),
    currency char(3) NOT NULL CHECK (currency IN ('EUR', 'GBP', 'USD', 'CAD')),
    method text NOT NULL CHECK (method IN ('card', 'wallet', 'voucher')),
    paid_at timestamptz NOT NULL,
    refunded_at timestamptz
);
CREATE TABLE repair_tickets (
    id serial PRIMARY KEY,
    bike_id int NOT NULL REFERENCES bikes,
    mechanic_id int REFERENCES staff,
    reported_by text NOT NULL CHECK (reported_by IN ('rider', 'staff', 'sensor')),
    issue text NOT NULL CHECK (issue IN ('flat_tyre', 'brakes', 'battery', 'chain', 'lock', 'other')),
    opened_at timestamptz NOT NULL,
    closed_at timestamptz,
    notes text
);
CREATE TABLE app_events (
    id bigserial PRIMARY KEY,
    rider_id int REFERENCES riders,
    kind text NOT NULL CHECK (kind IN ('login', 'search', 'unlock', 'report')),
    platform text NOT NULL CHECK (platform IN ('ios', 'android', 'web')),
    happened_at timestamptz NOT NULL
);
