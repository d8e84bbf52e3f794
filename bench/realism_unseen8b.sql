-- HELD-OUT schema of round 4 (r3, issue 10): a gym / fitness club chain (clubs, members, plans,
-- memberships, freezes, trainers, classes, bookings, check-ins, payments). Written before any round-4
-- change of r3 and not sampled until the end; no rule may name its tables or columns.
CREATE TYPE membership_status AS ENUM ('pending', 'active', 'frozen', 'cancelled', 'expired');

CREATE TABLE clubs (
  id serial PRIMARY KEY,
  name varchar(120) NOT NULL,
  city varchar(80) NOT NULL,
  address_line varchar(200),
  postal_code varchar(12),
  phone varchar(30),
  opens_at time NOT NULL DEFAULT '06:00',
  closes_at time NOT NULL DEFAULT '22:00',
  floor_area_sqm integer,
  max_capacity smallint NOT NULL,
  has_pool boolean NOT NULL DEFAULT false,
  opened_on date NOT NULL
);

CREATE TABLE plans (
  id serial PRIMARY KEY,
  code varchar(12) NOT NULL UNIQUE,
  name varchar(80) NOT NULL,
  monthly_fee numeric(8,2) NOT NULL CHECK (monthly_fee >= 0),
  joining_fee numeric(8,2) NOT NULL DEFAULT 0,
  min_term_months smallint NOT NULL DEFAULT 12,
  includes_classes boolean NOT NULL DEFAULT true,
  guest_passes_per_month smallint NOT NULL DEFAULT 0,
  off_peak_only boolean NOT NULL DEFAULT false,
  valid_from date NOT NULL,
  valid_to date
);

CREATE TABLE members (
  id bigserial PRIMARY KEY,
  home_club_id int NOT NULL REFERENCES clubs(id),
  member_number varchar(14) NOT NULL UNIQUE,
  first_name varchar(60) NOT NULL,
  last_name varchar(60) NOT NULL,
  email varchar(200) NOT NULL UNIQUE,
  phone varchar(30),
  date_of_birth date NOT NULL,
  gender char(1) CHECK (gender IN ('F', 'M', 'X')),
  emergency_contact_name varchar(120),
  emergency_contact_phone varchar(30),
  referred_by bigint REFERENCES members(id),
  registered_at timestamptz NOT NULL DEFAULT now(),
  last_visit_at timestamptz,
  marketing_opt_in boolean NOT NULL DEFAULT false,
  is_banned boolean NOT NULL DEFAULT false
);

CREATE TABLE memberships (
  id bigserial PRIMARY KEY,
  member_id bigint NOT NULL REFERENCES members(id),
  plan_id int NOT NULL REFERENCES plans(id),
  status membership_status NOT NULL DEFAULT 'pending',
  signed_at timestamptz NOT NULL,
  starts_on date NOT NULL,
  ends_on date,
  cancelled_at timestamptz,
  cancel_reason varchar(200),
  auto_renew boolean NOT NULL DEFAULT true,
  price_locked numeric(8,2),
  discount_percent smallint CHECK (discount_percent BETWEEN 0 AND 100)
);

CREATE TABLE membership_freezes (
  id bigserial PRIMARY KEY,
  membership_id bigint NOT NULL REFERENCES memberships(id),
  requested_at timestamptz NOT NULL,
  approved_at timestamptz,
  frozen_from date NOT NULL,
  frozen_until date NOT NULL,
  reason varchar(40) CHECK (reason IN ('medical', 'travel', 'pregnancy', 'financial', 'other')),
  fee_charged numeric(6,2)
);

CREATE TABLE trainers (
  id serial PRIMARY KEY,
  club_id int NOT NULL REFERENCES clubs(id),
  full_name varchar(120) NOT NULL,
  email varchar(200) UNIQUE,
  certification varchar(60),
  specialties text[],
  hourly_rate numeric(7,2),
  years_experience smallint,
  hired_on date NOT NULL,
  terminated_on date,
  bio text
);

CREATE TABLE fitness_classes (
  id bigserial PRIMARY KEY,
  club_id int NOT NULL REFERENCES clubs(id),
  trainer_id int REFERENCES trainers(id),
  class_name varchar(80) NOT NULL,
  category varchar(20) NOT NULL CHECK (category IN ('yoga', 'pilates', 'hiit', 'spin', 'strength', 'dance', 'aqua', 'boxing')),
  room varchar(30),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  duration_minutes smallint NOT NULL,
  capacity smallint NOT NULL CHECK (capacity > 0),
  booked_count smallint NOT NULL DEFAULT 0,
  waitlist_count smallint NOT NULL DEFAULT 0,
  intensity smallint CHECK (intensity BETWEEN 1 AND 5),
  cancelled boolean NOT NULL DEFAULT false,
  day_of_week smallint NOT NULL CHECK (day_of_week BETWEEN 0 AND 6)
);

CREATE TABLE class_bookings (
  id bigserial PRIMARY KEY,
  class_id bigint NOT NULL REFERENCES fitness_classes(id),
  member_id bigint NOT NULL REFERENCES members(id),
  booked_at timestamptz NOT NULL,
  cancelled_at timestamptz,
  attended boolean,
  checked_in_at timestamptz,
  waitlist_position smallint,
  UNIQUE (class_id, member_id)
);

CREATE TABLE check_ins (
  id bigserial PRIMARY KEY,
  member_id bigint NOT NULL REFERENCES members(id),
  club_id int NOT NULL REFERENCES clubs(id),
  checked_in_at timestamptz NOT NULL,
  checked_out_at timestamptz,
  entry_method varchar(12) NOT NULL CHECK (entry_method IN ('card', 'app', 'qr', 'front_desk')),
  visit_date date NOT NULL,
  visit_hour smallint CHECK (visit_hour BETWEEN 0 AND 23)
);

CREATE TABLE payments (
  id bigserial PRIMARY KEY,
  membership_id bigint NOT NULL REFERENCES memberships(id),
  amount numeric(8,2) NOT NULL,
  currency char(3) NOT NULL DEFAULT 'EUR',
  method varchar(16) NOT NULL CHECK (method IN ('card', 'direct_debit', 'cash', 'bank_transfer')),
  billing_period_start date NOT NULL,
  billing_period_end date NOT NULL,
  attempted_at timestamptz NOT NULL,
  succeeded_at timestamptz,
  failed_at timestamptz,
  failure_code varchar(30),
  refunded_amount numeric(8,2) NOT NULL DEFAULT 0,
  period_year smallint NOT NULL,
  period_month smallint NOT NULL CHECK (period_month BETWEEN 1 AND 12)
);
