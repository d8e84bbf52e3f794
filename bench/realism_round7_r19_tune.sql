-- Fleet maintenance system for a regional airline / ground equipment operator
CREATE TYPE aircraft_status AS ENUM ('active', 'stored', 'in_maintenance', 'retired');
CREATE TYPE wo_priority AS ENUM ('low', 'normal', 'high', 'aog');

CREATE TABLE operators (
    id serial PRIMARY KEY,
    name varchar(120) NOT NULL,
    icao_code char(3) UNIQUE,
    country varchar(60),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE aircraft (
    id serial PRIMARY KEY,
    operator_id int NOT NULL REFERENCES operators(id),
    tail_number varchar(10) NOT NULL UNIQUE,
    msn varchar(20),
    model varchar(60) NOT NULL,
    manufacture_date date,
    total_flight_hours numeric(10,1) NOT NULL DEFAULT 0,
    total_cycles int NOT NULL DEFAULT 0,
    seats smallint,
    mtow_kg int,
    status aircraft_status NOT NULL DEFAULT 'active'
);

CREATE TABLE vehicles (
    vehicle_id serial PRIMARY KEY,
    operator_id int REFERENCES operators(id),
    vin varchar(17) UNIQUE,
    plate_no varchar(12),
    make varchar(40),
    model varchar(40),
    model_year smallint,
    odometer_km int,
    engine_hours numeric(9,1),
    fuel_type varchar(20)
);

CREATE TABLE odometer_readings (
    reading_id bigserial PRIMARY KEY,
    vehicle_id int NOT NULL REFERENCES vehicles(vehicle_id),
    read_at timestamptz NOT NULL,
    odometer_km int NOT NULL,
    engine_hours numeric(9,1),
    fuel_litres numeric(7,2),
    recorded_by varchar(80)
);

CREATE TABLE flight_logs (
    id bigserial PRIMARY KEY,
    aircraft_id int NOT NULL REFERENCES aircraft(id),
    flight_no varchar(10),
    departed_at timestamptz NOT NULL,
    block_minutes int,
    flight_hours numeric(5,2) NOT NULL,
    cycles smallint NOT NULL DEFAULT 1,
    hours_since_new numeric(10,1),
    cycles_since_new int,
    fuel_burn_kg int
);

CREATE TABLE parts (
    part_id serial PRIMARY KEY,
    part_number varchar(30) NOT NULL UNIQUE,
    description text,
    unit_of_measure varchar(10) DEFAULT 'EA',
    unit_cost numeric(12,2),
    qty_on_hand int NOT NULL DEFAULT 0,
    reorder_point int
);

CREATE TABLE stock_movements (
    movement_id bigserial PRIMARY KEY,
    part_id int NOT NULL REFERENCES parts(part_id),
    moved_at timestamptz NOT NULL,
    movement_type varchar(20) NOT NULL,
    quantity int NOT NULL,
    qty_before int,
    qty_after int,
    reference_no varchar(30)
);

CREATE TABLE work_orders (
    id serial PRIMARY KEY,
    aircraft_id int REFERENCES aircraft(id),
    wo_number varchar(20) NOT NULL UNIQUE,
    opened_at timestamptz NOT NULL,
    closed_at timestamptz,
    priority wo_priority NOT NULL DEFAULT 'normal',
    description text,
    labour_hours numeric(6,2),
    revision int NOT NULL DEFAULT 1,
    total_cost numeric(12,2)
);

CREATE TABLE work_order_parts (
    id serial PRIMARY KEY,
    work_order_id int NOT NULL REFERENCES work_orders(id),
    part_id int NOT NULL REFERENCES parts(part_id),
    qty int NOT NULL,
    unit_price numeric(12,2),
    line_total numeric(12,2)
);
