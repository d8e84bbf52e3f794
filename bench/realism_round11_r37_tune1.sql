-- Round 11 (r37) tune schema 1: a window-cleaning round business (rounds, calls, quotes, van journeys).
CREATE TABLE cleaners (
  id serial PRIMARY KEY,
  full_name text NOT NULL,
  date_of_birth date NOT NULL,
  phone text,
  hired_on date NOT NULL
);
CREATE TABLE customers (
  id serial PRIMARY KEY,
  name text NOT NULL,
  postcode text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE cleaning_rounds (
  id serial PRIMARY KEY,
  cleaner_id int NOT NULL REFERENCES cleaners(id),
  round_date date NOT NULL,
  set_off_at timestamptz,
  finished_at timestamptz,
  round_miles numeric(5,1),
  homes_planned smallint
);
CREATE TABLE round_calls (
  id serial PRIMARY KEY,
  round_id int NOT NULL REFERENCES cleaning_rounds(id),
  customer_id int NOT NULL REFERENCES customers(id),
  call_seq smallint NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('cleaned', 'no_access', 'cancelled'))
);
CREATE TABLE quote_visits (
  id serial PRIMARY KEY,
  customer_id int NOT NULL REFERENCES customers(id),
  cleaner_id int REFERENCES cleaners(id),
  visit_at timestamptz NOT NULL,
  length_min smallint,
  booked_at timestamptz NOT NULL DEFAULT now(),
  quote_gbp numeric(7,2)
);
CREATE TABLE web_events (
  id bigserial PRIMARY KEY,
  customer_id int REFERENCES customers(id),
  event_type text NOT NULL,
  occurred_at timestamptz NOT NULL,
  user_agent text
);
CREATE TABLE redo_attempts (
  id serial PRIMARY KEY,
  call_id int NOT NULL REFERENCES round_calls(id),
  attempt_number smallint NOT NULL,
  attempted_at timestamptz NOT NULL,
  address_postcode text
);
