-- A removals and storage company: depots, vans, crews and their timesheets, moves with their items, payments and
-- damage claims, storage units rented out by the month (10 tables) (brief s18 of session 10: verbs, clauses and units that name a
-- number column; see tests/data/scope_heldout16_s18.txt).
CREATE TYPE move_status AS ENUM ('quoted', 'booked', 'in_progress', 'completed', 'cancelled');
CREATE TYPE fuel_kind AS ENUM ('diesel', 'petrol', 'electric');
CREATE TABLE depots (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE,
    city text NOT NULL,
    opened_on date NOT NULL,
    monthly_rent numeric(10,2) NOT NULL CHECK (monthly_rent > 0)
);
CREATE TABLE crew_members (
    id serial PRIMARY KEY,
    depot_id int NOT NULL REFERENCES depots,
    full_name text NOT NULL,
    role text NOT NULL CHECK (role IN ('driver', 'porter', 'packer', 'supervisor')),
    hourly_wage numeric(6,2) NOT NULL CHECK (hourly_wage > 0),
    rating numeric(2,1) CHECK (rating BETWEEN 1 AND 5),
    hired_on date NOT NULL
);
CREATE TABLE vans (
    id serial PRIMARY KEY,
    depot_id int NOT NULL REFERENCES depots,
    plate varchar(10) NOT NULL UNIQUE,
    fuel fuel_kind NOT NULL,
    payload_kg int NOT NULL CHECK (payload_kg BETWEEN 500 AND 4000),
    mileage_km int NOT NULL CHECK (mileage_km >= 0),
    registered_on date NOT NULL
);
CREATE TABLE customers (
    id serial PRIMARY KEY,
    full_name text NOT NULL,
    email text NOT NULL UNIQUE,
    phone text,
    created_at timestamptz NOT NULL
);
CREATE TABLE moves (
    id bigserial PRIMARY KEY,
    customer_id int NOT NULL REFERENCES customers,
    van_id int REFERENCES vans,
    status move_status NOT NULL,
    distance_km numeric(7,1) NOT NULL CHECK (distance_km > 0),
    volume_m3 numeric(6,1) NOT NULL CHECK (volume_m3 > 0),
    estimated_hours numeric(4,1) NOT NULL CHECK (estimated_hours > 0),
    quoted_price numeric(10,2) NOT NULL CHECK (quoted_price >= 0),
    booked_at timestamptz NOT NULL,
    picked_up_at timestamptz,
    delivered_at timestamptz
);
CREATE TABLE move_items (
    id bigserial PRIMARY KEY,
    move_id bigint NOT NULL REFERENCES moves,
    description text NOT NULL,
    weight_kg numeric(7,2) NOT NULL CHECK (weight_kg > 0),
    declared_value numeric(10,2) NOT NULL CHECK (declared_value >= 0),
    is_fragile boolean NOT NULL DEFAULT false
);
CREATE TABLE move_payments (
    id bigserial PRIMARY KEY,
    move_id bigint NOT NULL REFERENCES moves,
    amount numeric(10,2) NOT NULL CHECK (amount > 0),
    method text NOT NULL CHECK (method IN ('card', 'cash', 'bank_transfer', 'invoice')),
    paid_at timestamptz NOT NULL
);
CREATE TABLE damage_claims (
    id bigserial PRIMARY KEY,
    move_id bigint NOT NULL REFERENCES moves,
    claimed_amount numeric(10,2) NOT NULL CHECK (claimed_amount > 0),
    status text NOT NULL CHECK (status IN ('open', 'approved', 'rejected', 'paid')),
    filed_at timestamptz NOT NULL,
    resolved_at timestamptz
);
CREATE TABLE timesheets (
    id bigserial PRIMARY KEY,
    crew_member_id int NOT NULL REFERENCES crew_members,
    move_id bigint NOT NULL REFERENCES moves,
    work_date date NOT NULL,
    labour_hours numeric(4,1) NOT NULL CHECK (labour_hours BETWEEN 0.5 AND 16),
    overtime_hours numeric(4,1) NOT NULL DEFAULT 0 CHECK (overtime_hours >= 0)
);
CREATE TABLE storage_units (
    id serial PRIMARY KEY,
    depot_id int NOT NULL REFERENCES depots,
    code varchar(8) NOT NULL,
    size_sqft numeric(6,1) NOT NULL CHECK (size_sqft > 0),
    monthly_rate numeric(8,2) NOT NULL CHECK (monthly_rate > 0),
    is_climate_controlled boolean NOT NULL DEFAULT false,
    UNIQUE (depot_id, code)
);
