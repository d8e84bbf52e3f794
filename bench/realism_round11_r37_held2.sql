-- Round 11 (r37) HELD-OUT schema 2: a boiler and heating service company
-- (engineers, households, fault jobs and their visits, parts, shifts with van mileage, invoices).
-- Written by the r37 helper before any code change; measured at start and end only.
CREATE TABLE engineers (
  id serial PRIMARY KEY,
  name text NOT NULL,
  gas_safe_no text NOT NULL,
  birth_date date NOT NULL,
  mobile text,
  van_reg text,
  started_on date NOT NULL
);
CREATE TABLE households (
  id serial PRIMARY KEY,
  account_holder text NOT NULL,
  address_line1 text NOT NULL,
  postcode text NOT NULL,
  boiler_make text,
  boiler_installed_year smallint,
  signed_up_at timestamptz NOT NULL
);
CREATE TABLE jobs (
  id serial PRIMARY KEY,
  household_id int NOT NULL REFERENCES households(id),
  fault_reported_at timestamptz NOT NULL,
  job_type text NOT NULL,
  priority smallint NOT NULL,
  closed_at timestamptz
);
CREATE TABLE job_visits (
  id serial PRIMARY KEY,
  job_id int NOT NULL REFERENCES jobs(id),
  engineer_id int NOT NULL REFERENCES engineers(id),
  visit_number smallint NOT NULL,
  appointment_start timestamptz NOT NULL,
  arrived_at timestamptz,
  departed_at timestamptz,
  travel_miles numeric(5,1),
  outcome text
);
CREATE TABLE parts_used (
  id serial PRIMARY KEY,
  visit_id int NOT NULL REFERENCES job_visits(id),
  line_no smallint NOT NULL,
  part_code text NOT NULL,
  qty smallint NOT NULL,
  unit_cost numeric(8,2) NOT NULL
);
CREATE TABLE engineer_shifts (
  id serial PRIMARY KEY,
  engineer_id int NOT NULL REFERENCES engineers(id),
  shift_date date NOT NULL,
  clock_on timestamptz NOT NULL,
  clock_off timestamptz,
  on_call boolean NOT NULL DEFAULT false,
  van_start_mileage int,
  van_end_mileage int
);
CREATE TABLE van_trips (
  id serial PRIMARY KEY,
  shift_id int NOT NULL REFERENCES engineer_shifts(id),
  trip_seq smallint NOT NULL,
  left_at timestamptz NOT NULL,
  returned_at timestamptz,
  trip_km numeric(6,1)
);
CREATE TABLE invoices (
  id serial PRIMARY KEY,
  job_id int NOT NULL REFERENCES jobs(id),
  issued_at timestamptz NOT NULL,
  labour_hours numeric(4,2) NOT NULL,
  total_gbp numeric(8,2) NOT NULL,
  paid_at timestamptz
);
