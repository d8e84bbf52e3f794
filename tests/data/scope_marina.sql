-- A chain of marinas: berths, boats and their owners, leases, invoices, boatyard jobs, fuel (brief s17 of session 9;
-- see tests/data/scope_heldout15_s17.txt).
CREATE TYPE lease_status AS ENUM ('pending', 'active', 'ended', 'cancelled');
CREATE TABLE marinas (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE,
    city text NOT NULL,
    country char(2) NOT NULL,
    opened_on date NOT NULL,
    has_fuel_dock boolean NOT NULL DEFAULT true
);
CREATE TABLE berths (
    id serial PRIMARY KEY,
    marina_id int NOT NULL REFERENCES marinas,
    code varchar(8) NOT NULL,
    length_m numeric(5,2) NOT NULL CHECK (length_m BETWEEN 5 AND 80),
    has_shore_power boolean NOT NULL DEFAULT true,
    status text NOT NULL CHECK (status IN ('free', 'occupied', 'reserved', 'out_of_service')),
    UNIQUE (marina_id, code)
);
CREATE TABLE boat_owners (
    id serial PRIMARY KEY,
    full_name text NOT NULL,
    email text NOT NULL UNIQUE,
    phone text,
    member_since date NOT NULL,
    is_vip boolean NOT NULL DEFAULT false
);
CREATE TABLE boats (
    id serial PRIMARY KEY,
    owner_id int NOT NULL REFERENCES boat_owners,
    name text NOT NULL,
    hull_type text NOT NULL CHECK (hull_type IN ('monohull', 'catamaran', 'trimaran', 'motor')),
    length_m numeric(5,2) NOT NULL CHECK (length_m BETWEEN 4 AND 75),
    flag_country char(2) NOT NULL,
    built_year int NOT NULL CHECK (built_year BETWEEN 1950 AND 2026),
    insured_until date
);
CREATE TABLE berth_leases (
    id serial PRIMARY KEY,
    berth_id int NOT NULL REFERENCES berths,
    boat_id int NOT NULL REFERENCES boats,
    status lease_status NOT NULL,
    starts_on date NOT NULL,
    ends_on date,
    monthly_fee numeric(9,2) NOT NULL CHECK (monthly_fee > 0)
);
CREATE TABLE invoices (
    id bigserial PRIMARY KEY,
    lease_id int NOT NULL REFERENCES berth_leases,
    amount numeric(10,2) NOT NULL CHECK (amount >= 0),
    currency char(3) NOT NULL CHECK (currency IN ('EUR', 'GBP', 'USD')),
    status text NOT NULL CHECK (status IN ('open', 'paid', 'overdue', 'void')),
    issued_at timestamptz NOT NULL,
    paid_at timestamptz
);
CREATE TABLE payments (
    id bigserial PRIMARY KEY,
    invoice_id bigint NOT NULL REFERENCES invoices,
    amount numeric(10,2) NOT NULL CHECK (amount > 0),
    method text NOT NULL CHECK (method IN ('card', 'bank_transfer', 'cash')),
    received_at timestamptz NOT NULL
);
CREATE TABLE staff (
    id serial PRIMARY KEY,
    marina_id int NOT NULL REFERENCES marinas,
    full_name text NOT NULL,
    role text NOT NULL CHECK (role IN ('harbourmaster', 'mechanic', 'dockhand', 'office')),
    hired_on date NOT NULL
);
CREATE TABLE service_jobs (
    id bigserial PRIMARY KEY,
    boat_id int NOT NULL REFERENCES boats,
    mechanic_id int REFERENCES staff,
    kind text NOT NULL CHECK (kind IN ('haul_out', 'engine', 'hull_cleaning', 'rigging', 'electrical')),
    requested_at timestamptz NOT NULL,
    completed_at timestamptz,
    cost numeric(10,2) NOT NULL CHECK (cost >= 0)
);
CREATE TABLE fuel_sales (
    id bigserial PRIMARY KEY,
    marina_id int NOT NULL REFERENCES marinas,
    boat_id int REFERENCES boats,
    fuel_type text NOT NULL CHECK (fuel_type IN ('diesel', 'petrol')),
    litres numeric(8,2) NOT NULL CHECK (litres > 0),
    sold_at timestamptz NOT NULL
);
