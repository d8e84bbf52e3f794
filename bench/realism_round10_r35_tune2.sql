-- Public transit operations (bus agency): routes, stops, vehicles, trips, operators, incidents, ridership.
CREATE TABLE routes (
    route_id serial PRIMARY KEY,
    route_short_name varchar(8) NOT NULL,
    route_long_name text NOT NULL,
    route_type text NOT NULL,
    service_category text,
    peak_headway_min integer,
    route_length_km numeric(6,2)
);
CREATE TABLE stops (
    stop_id serial PRIMARY KEY,
    stop_code varchar(10) NOT NULL UNIQUE,
    stop_name text NOT NULL,
    latitude numeric(9,6) NOT NULL,
    longitude numeric(9,6) NOT NULL,
    shelter boolean NOT NULL DEFAULT false,
    accessibility text,
    zone varchar(4)
);
CREATE TABLE vehicles (
    vehicle_id serial PRIMARY KEY,
    fleet_number varchar(8) NOT NULL UNIQUE,
    make text NOT NULL,
    model text NOT NULL,
    propulsion text NOT NULL,
    seated_capacity integer,
    standing_capacity integer,
    odometer_km integer,
    depot text
);
CREATE TABLE operators (
    operator_id serial PRIMARY KEY,
    badge_number varchar(8) NOT NULL UNIQUE,
    full_name text NOT NULL,
    hire_date date NOT NULL,
    depot text,
    license_class varchar(4)
);
CREATE TABLE trips (
    trip_id bigserial PRIMARY KEY,
    route_id integer NOT NULL REFERENCES routes,
    vehicle_id integer REFERENCES vehicles,
    operator_id integer REFERENCES operators,
    service_date date NOT NULL,
    direction text NOT NULL CHECK (direction IN ('inbound','outbound')),
    scheduled_departure time NOT NULL,
    actual_departure time,
    delay_seconds integer,
    boardings integer,
    trip_status text
);
CREATE TABLE incidents (
    incident_id serial PRIMARY KEY,
    trip_id bigint REFERENCES trips,
    occurred_at timestamptz NOT NULL,
    incident_type text NOT NULL,
    severity text,
    delay_minutes integer,
    description text
);
