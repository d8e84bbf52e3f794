-- HELD-OUT schema of round 4 (r6, issue 10): a veterinary practice. Written before any r6 change and
-- not sampled until the end; no rule may name one of its tables or columns.
CREATE TYPE appointment_status AS ENUM ('booked', 'checked_in', 'completed', 'no_show', 'cancelled');
CREATE TYPE invoice_status AS ENUM ('draft', 'issued', 'paid', 'overdue', 'written_off');
CREATE TYPE species AS ENUM ('dog', 'cat', 'rabbit', 'bird', 'horse', 'reptile', 'other');

CREATE TABLE clinics (
  id serial PRIMARY KEY,
  name varchar(100) NOT NULL,
  city varchar(80) NOT NULL,
  address_line varchar(160) NOT NULL,
  phone varchar(24),
  founded_year smallint CHECK (founded_year BETWEEN 1850 AND 2026),
  has_emergency_service boolean NOT NULL DEFAULT false
);

CREATE TABLE veterinarians (
  id serial PRIMARY KEY,
  clinic_id int NOT NULL REFERENCES clinics,
  full_name varchar(120) NOT NULL,
  email varchar(160) NOT NULL UNIQUE,
  licence_number varchar(20) NOT NULL UNIQUE,
  specialty varchar(40),
  hired_on date NOT NULL,
  left_on date,
  consultation_fee numeric(7,2) NOT NULL
);

CREATE TABLE owners (
  id serial PRIMARY KEY,
  full_name varchar(120) NOT NULL,
  email varchar(160) UNIQUE,
  phone varchar(24) NOT NULL,
  postcode varchar(12),
  registered_on date NOT NULL,
  card_expires_on date,
  outstanding_amount numeric(9,2) NOT NULL DEFAULT 0
);

CREATE TABLE pets (
  id serial PRIMARY KEY,
  owner_id int NOT NULL REFERENCES owners,
  name varchar(60) NOT NULL,
  species species NOT NULL,
  breed varchar(60),
  sex char(1) CHECK (sex IN ('M', 'F')),
  is_neutered boolean NOT NULL DEFAULT false,
  born_on date,
  weight_kg numeric(6,2) CHECK (weight_kg > 0),
  microchip_number char(15) UNIQUE,
  deceased_on date
);

CREATE TABLE appointments (
  id bigserial PRIMARY KEY,
  pet_id int NOT NULL REFERENCES pets,
  vet_id int NOT NULL REFERENCES veterinarians,
  status appointment_status NOT NULL DEFAULT 'booked',
  booked_at timestamptz NOT NULL,
  scheduled_for timestamptz NOT NULL,
  checked_in_at timestamptz,
  completed_at timestamptz,
  cancelled_at timestamptz,
  reason varchar(200) NOT NULL,
  duration_minutes smallint NOT NULL DEFAULT 15
);

CREATE TABLE vaccinations (
  id serial PRIMARY KEY,
  pet_id int NOT NULL REFERENCES pets,
  vaccine_name varchar(80) NOT NULL,
  batch_number varchar(20),
  administered_on date NOT NULL,
  expires_on date NOT NULL,
  booster_due_on date
);

CREATE TABLE prescriptions (
  id serial PRIMARY KEY,
  appointment_id bigint NOT NULL REFERENCES appointments,
  drug_name varchar(80) NOT NULL,
  dose_mg numeric(8,2) NOT NULL,
  doses_per_day smallint NOT NULL CHECK (doses_per_day BETWEEN 1 AND 4),
  issued_on date NOT NULL,
  valid_until date NOT NULL,
  refill_count smallint NOT NULL DEFAULT 0
);

CREATE TABLE invoices (
  id bigserial PRIMARY KEY,
  owner_id int NOT NULL REFERENCES owners,
  appointment_id bigint REFERENCES appointments,
  status invoice_status NOT NULL DEFAULT 'draft',
  issued_at timestamptz,
  due_on date NOT NULL,
  paid_at timestamptz,
  subtotal numeric(10,2) NOT NULL,
  tax_amount numeric(10,2) NOT NULL,
  total numeric(10,2) NOT NULL,
  late_payment_fee numeric(7,2) NOT NULL DEFAULT 0
);

CREATE TABLE boarding_stays (
  id serial PRIMARY KEY,
  pet_id int NOT NULL REFERENCES pets,
  clinic_id int NOT NULL REFERENCES clinics,
  checks_in_at timestamptz NOT NULL,
  checks_out_at timestamptz NOT NULL,
  nightly_rate numeric(7,2) NOT NULL,
  CHECK (checks_out_at > checks_in_at)
);

CREATE TABLE training_sessions (
  id serial PRIMARY KEY,
  clinic_id int NOT NULL REFERENCES clinics,
  topic varchar(120) NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  seat_count smallint,
  page_count smallint,
  CHECK (ends_at > starts_at)
);
COMMENT ON TABLE training_sessions IS 'Puppy classes and owner workshops; page_count is the handout length.';
