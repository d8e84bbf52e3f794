-- Property management (lead's held-out realism schema, session 7; written before any change).
CREATE TYPE lease_status AS ENUM ('draft', 'active', 'ended', 'terminated');
CREATE TABLE owners (
    id serial PRIMARY KEY,
    legal_name text NOT NULL,
    tax_id varchar(11) NOT NULL UNIQUE,
    email text NOT NULL,
    phone varchar(20),
    payout_iban varchar(34),
    management_fee_pct numeric(4,2) NOT NULL,
    onboarded_on date NOT NULL
);
CREATE TABLE buildings (
    id serial PRIMARY KEY,
    owner_id int NOT NULL REFERENCES owners,
    name text NOT NULL,
    street text NOT NULL,
    city text NOT NULL,
    postcode varchar(10) NOT NULL,
    year_built smallint NOT NULL,
    floors smallint NOT NULL,
    has_elevator boolean NOT NULL,
    heating_type text NOT NULL,
    energy_rating char(1) NOT NULL,
    latitude numeric(9,6),
    longitude numeric(9,6)
);
CREATE TABLE units (
    id serial PRIMARY KEY,
    building_id int NOT NULL REFERENCES buildings,
    unit_number varchar(8) NOT NULL,
    floor smallint NOT NULL,
    bedrooms smallint NOT NULL,
    bathrooms numeric(3,1) NOT NULL,
    area_sqm numeric(7,2) NOT NULL,
    asking_rent numeric(10,2) NOT NULL,
    is_furnished boolean NOT NULL DEFAULT false,
    balcony boolean NOT NULL DEFAULT false,
    pets_allowed boolean NOT NULL DEFAULT false,
    UNIQUE (building_id, unit_number)
);
CREATE TABLE tenants (
    id serial PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL,
    email text NOT NULL UNIQUE,
    mobile varchar(20),
    date_of_birth date,
    employer text,
    monthly_income numeric(10,2),
    credit_score smallint,
    created_at timestamptz NOT NULL
);
CREATE TABLE leases (
    id serial PRIMARY KEY,
    unit_id int NOT NULL REFERENCES units,
    tenant_id int NOT NULL REFERENCES tenants,
    status lease_status NOT NULL,
    signed_on date NOT NULL,
    start_date date NOT NULL,
    end_date date,
    monthly_rent numeric(10,2) NOT NULL,
    deposit numeric(10,2) NOT NULL,
    notice_period_days smallint NOT NULL,
    rent_due_day smallint NOT NULL,
    terminated_reason text
);
CREATE TABLE rent_invoices (
    id serial PRIMARY KEY,
    lease_id int NOT NULL REFERENCES leases,
    period_start date NOT NULL,
    period_end date NOT NULL,
    amount numeric(10,2) NOT NULL,
    late_fee numeric(8,2) NOT NULL DEFAULT 0,
    due_date date NOT NULL,
    paid_at timestamptz,
    status text NOT NULL
);
CREATE TABLE maintenance_requests (
    id serial PRIMARY KEY,
    unit_id int NOT NULL REFERENCES units,
    reported_by int REFERENCES tenants,
    category text NOT NULL,
    description text NOT NULL,
    urgency smallint NOT NULL,
    reported_at timestamptz NOT NULL,
    assigned_at timestamptz,
    completed_at timestamptz,
    contractor text,
    cost numeric(10,2)
);
CREATE TABLE inspections (
    id serial PRIMARY KEY,
    unit_id int NOT NULL REFERENCES units,
    inspector text NOT NULL,
    kind text NOT NULL,
    inspected_on date NOT NULL,
    condition_score smallint NOT NULL,
    smoke_alarm_ok boolean NOT NULL,
    notes text
);
CREATE TABLE meter_readings (
    id serial PRIMARY KEY,
    unit_id int NOT NULL REFERENCES units,
    utility text NOT NULL,
    reading numeric(12,3) NOT NULL,
    unit_of_measure varchar(8) NOT NULL,
    read_at timestamptz NOT NULL
);
