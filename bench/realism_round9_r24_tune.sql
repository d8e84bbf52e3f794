-- A regional public-transport authority: operators, depots, buses and trains, bridges and tunnels
-- on its network, lifts at stations, suppliers, grants, penalty fares and staff.
CREATE TABLE operators (
    operator_id serial PRIMARY KEY,
    legal_name varchar(120) NOT NULL,
    founded_date date,
    headcount integer,
    annual_revenue numeric(15,2),
    credit_limit numeric(12,2),
    on_time_pct numeric(5,2)
);
CREATE TABLE depots (
    depot_id serial PRIMARY KEY,
    operator_id int NOT NULL REFERENCES operators(operator_id),
    depot_name varchar(80),
    floor_area_m2 numeric(9,1),
    stabling_capacity smallint,
    built_year smallint,
    staff_count smallint
);
CREATE TABLE buses (
    fleet_no varchar(10) PRIMARY KEY,
    depot_id int REFERENCES depots(depot_id),
    make varchar(40),
    seats smallint,
    standing_capacity smallint,
    length_m numeric(4,1),
    gross_weight_kg integer,
    battery_kwh numeric(6,1),
    year_built smallint,
    registered date
);
CREATE TABLE trainsets (
    unit_id serial PRIMARY KEY,
    operator_id int REFERENCES operators(operator_id),
    class_code varchar(10),
    cars smallint,
    seats integer,
    top_speed_kmh smallint,
    traction_power_kw integer,
    tare_weight_t numeric(6,1),
    entered_service date,
    build_year smallint
);
CREATE TABLE structures (
    structure_id serial PRIMARY KEY,
    structure_type varchar(12) CHECK (structure_type IN ('bridge','tunnel','viaduct','culvert')),
    name varchar(80),
    span_m numeric(7,1),
    length_m numeric(8,1),
    height_m numeric(5,1),
    year_opened smallint,
    load_limit_t numeric(6,1),
    condition_pct numeric(5,2)
);
CREATE TABLE station_lifts (
    lift_id serial PRIMARY KEY,
    station varchar(80),
    manufacturer varchar(60),
    rated_load_kg integer,
    travel_height_m numeric(5,2),
    speed_m_s numeric(4,2),
    installed_on date,
    availability_pct numeric(5,2)
);
CREATE TABLE suppliers (
    supplier_id serial PRIMARY KEY,
    company varchar(120) NOT NULL,
    incorporated_on date,
    employee_count integer,
    turnover_gbp numeric(14,2),
    payment_terms_days smallint,
    credit_limit numeric(12,2)
);
CREATE TABLE grants (
    grant_id serial PRIMARY KEY,
    funder varchar(120),
    awarded date,
    amount numeric(14,2),
    match_funding_pct numeric(5,2),
    purpose text
);
CREATE TABLE penalty_fares (
    pf_id bigserial PRIMARY KEY,
    issued_at timestamptz NOT NULL,
    fine_amount numeric(8,2),
    passenger_age smallint,
    paid boolean,
    appeal_lodged boolean
);
CREATE TABLE staff (
    staff_id serial PRIMARY KEY,
    depot_id int REFERENCES depots(depot_id),
    full_name varchar(100),
    role varchar(40),
    hired date,
    annual_salary numeric(10,2),
    licence_issued date,
    overtime_pct numeric(5,2)
);
