-- Tune schema of round 4 (r6, issue 10): a car-rental company with branches, a fleet, customers,
-- reservations, rentals, damage claims and a small events calendar. Written before any r6 change;
-- no rule may name one of its tables or columns.
CREATE TYPE rental_status AS ENUM ('reserved', 'picked_up', 'returned', 'overdue', 'cancelled');
CREATE TYPE claim_status AS ENUM ('open', 'assessed', 'approved', 'paid', 'rejected');
CREATE TYPE fuel_type AS ENUM ('petrol', 'diesel', 'hybrid', 'electric');

CREATE TABLE branches (
  id serial PRIMARY KEY,
  code char(5) NOT NULL UNIQUE,
  name varchar(100) NOT NULL,
  city varchar(80) NOT NULL,
  street_address varchar(160) NOT NULL,
  postal_code varchar(12),
  phone varchar(24),
  opened_year smallint CHECK (opened_year BETWEEN 1950 AND 2026),
  is_airport boolean NOT NULL DEFAULT false,
  opens_at time NOT NULL DEFAULT '07:00',
  closes_at time NOT NULL DEFAULT '21:00',
  CHECK (closes_at > opens_at)
);
COMMENT ON TABLE branches IS 'Rental counters, in town and at airports.';

CREATE TABLE vehicle_models (
  id serial PRIMARY KEY,
  make varchar(40) NOT NULL,
  model varchar(60) NOT NULL,
  model_year smallint NOT NULL CHECK (model_year BETWEEN 2010 AND 2027),
  fuel fuel_type NOT NULL,
  seat_count smallint NOT NULL CHECK (seat_count BETWEEN 2 AND 9),
  door_count smallint NOT NULL CHECK (door_count BETWEEN 2 AND 5),
  luggage_capacity_litres integer,
  daily_rate numeric(8,2) NOT NULL CHECK (daily_rate > 0),
  security_deposit numeric(8,2) NOT NULL CHECK (security_deposit >= 0),
  UNIQUE (make, model, model_year)
);

CREATE TABLE vehicles (
  id serial PRIMARY KEY,
  model_id int NOT NULL REFERENCES vehicle_models,
  home_branch_id int NOT NULL REFERENCES branches,
  registration_plate varchar(12) NOT NULL UNIQUE,
  vin char(17) NOT NULL UNIQUE,
  colour varchar(20),
  odometer_km integer NOT NULL CHECK (odometer_km >= 0),
  acquired_on date NOT NULL,
  insurance_expires_on date NOT NULL,
  retired_on date,
  is_available boolean NOT NULL DEFAULT true
);

CREATE TABLE customers (
  id serial PRIMARY KEY,
  first_name varchar(60) NOT NULL,
  last_name varchar(60) NOT NULL,
  email varchar(160) NOT NULL UNIQUE,
  phone varchar(24),
  date_of_birth date NOT NULL,
  licence_number varchar(20) NOT NULL UNIQUE,
  licence_issued_on date NOT NULL,
  licence_expires_on date NOT NULL,
  registered_on date NOT NULL,
  loyalty_points integer NOT NULL DEFAULT 0,
  outstanding_balance numeric(10,2) NOT NULL DEFAULT 0
);

CREATE TABLE reservations (
  id bigserial PRIMARY KEY,
  customer_id int NOT NULL REFERENCES customers,
  pickup_branch_id int NOT NULL REFERENCES branches,
  return_branch_id int NOT NULL REFERENCES branches,
  model_id int NOT NULL REFERENCES vehicle_models,
  placed_at timestamptz NOT NULL,
  hold_expires_on date NOT NULL,
  pickup_at timestamptz NOT NULL,
  dropoff_at timestamptz NOT NULL,
  quoted_total numeric(10,2) NOT NULL,
  CHECK (dropoff_at > pickup_at)
);

CREATE TABLE rentals (
  id bigserial PRIMARY KEY,
  reservation_id bigint REFERENCES reservations,
  vehicle_id int NOT NULL REFERENCES vehicles,
  customer_id int NOT NULL REFERENCES customers,
  status rental_status NOT NULL DEFAULT 'reserved',
  picked_up_at timestamptz,
  due_back_at timestamptz NOT NULL,
  returned_at timestamptz,
  cancelled_at timestamptz,
  odometer_out integer,
  odometer_in integer,
  fuel_level_out smallint CHECK (fuel_level_out BETWEEN 0 AND 100),
  late_fee numeric(8,2) NOT NULL DEFAULT 0,
  total_charged numeric(10,2),
  deposit_refunded boolean NOT NULL DEFAULT false
);

CREATE TABLE damage_claims (
  id serial PRIMARY KEY,
  rental_id bigint NOT NULL REFERENCES rentals,
  status claim_status NOT NULL DEFAULT 'open',
  reported_at timestamptz NOT NULL,
  assessed_at timestamptz,
  approved_at timestamptz,
  paid_at timestamptz,
  description text NOT NULL,
  estimated_cost numeric(10,2),
  excess_charged numeric(8,2)
);

CREATE TABLE maintenance_jobs (
  id serial PRIMARY KEY,
  vehicle_id int NOT NULL REFERENCES vehicles,
  job_type varchar(30) NOT NULL CHECK (job_type IN ('oil_change', 'tyres', 'brakes', 'inspection', 'bodywork', 'cleaning')),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  labour_minutes integer,
  parts_cost numeric(8,2),
  CHECK (ends_at > starts_at)
);

CREATE TABLE membership_plans (
  id serial PRIMARY KEY,
  customer_id int NOT NULL REFERENCES customers,
  tier varchar(10) NOT NULL CHECK (tier IN ('silver', 'gold', 'platinum')),
  starts_on date NOT NULL,
  renews_on date NOT NULL,
  annual_fee numeric(7,2) NOT NULL
);

CREATE TABLE branch_events (
  id serial PRIMARY KEY,
  branch_id int NOT NULL REFERENCES branches,
  title varchar(120) NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  attendee_count integer,
  CHECK (ends_at > starts_at)
);
COMMENT ON TABLE branch_events IS 'Open days and test-drive events held at a branch.';
