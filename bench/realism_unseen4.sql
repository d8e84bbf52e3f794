-- Held-out schema of round 3 (issue 10): a hotel group's booking system. Written before any round-3
-- change and scored before and after; no rule may name one of its tables or columns.
CREATE TYPE booking_status AS ENUM ('tentative', 'confirmed', 'checked_in', 'checked_out', 'cancelled', 'no_show');
CREATE TABLE properties (id serial PRIMARY KEY, property_code char(5) NOT NULL UNIQUE, name varchar(100) NOT NULL, star_rating smallint CHECK (star_rating BETWEEN 1 AND 5),
  street varchar(120), city varchar(60), region varchar(60), country char(2), phone varchar(24), email varchar(120),
  check_in_time time NOT NULL DEFAULT '15:00', check_out_time time NOT NULL DEFAULT '11:00', total_rooms smallint, amenities jsonb,
  opened_year smallint);
CREATE TABLE room_types (id serial PRIMARY KEY, property_id int NOT NULL REFERENCES properties, code varchar(6) NOT NULL, name varchar(60) NOT NULL,
  max_occupancy smallint NOT NULL, bed_configuration varchar(40), size_sqm numeric(5,1), base_rate numeric(8,2), description text,
  UNIQUE (property_id, code));
CREATE TABLE rooms (id serial PRIMARY KEY, property_id int NOT NULL REFERENCES properties, room_type_id int NOT NULL REFERENCES room_types,
  room_number varchar(6) NOT NULL, floor smallint, is_smoking boolean NOT NULL DEFAULT false, housekeeping_status varchar(12)
  CHECK (housekeeping_status IN ('clean', 'dirty', 'inspected', 'out_of_order')), last_cleaned_at timestamptz, UNIQUE (property_id, room_number));
CREATE TABLE guests (id serial PRIMARY KEY, first_name varchar(50) NOT NULL, last_name varchar(50) NOT NULL, email varchar(150) UNIQUE,
  phone varchar(30), nationality char(2), date_of_birth date, passport_number varchar(20), loyalty_tier varchar(10)
  CHECK (loyalty_tier IN ('none', 'silver', 'gold', 'platinum')), loyalty_points integer NOT NULL DEFAULT 0, marketing_opt_in boolean NOT NULL DEFAULT false,
  preferences jsonb, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE rate_plans (id serial PRIMARY KEY, property_id int NOT NULL REFERENCES properties, code varchar(10) NOT NULL, name varchar(80) NOT NULL,
  is_refundable boolean NOT NULL DEFAULT true, includes_breakfast boolean NOT NULL DEFAULT false, cancellation_hours smallint,
  min_nights smallint NOT NULL DEFAULT 1, max_nights smallint, discount_pct numeric(5,2), valid_from date, valid_to date, UNIQUE (property_id, code));
CREATE TABLE bookings (id bigserial PRIMARY KEY, confirmation_code varchar(10) NOT NULL UNIQUE, guest_id int NOT NULL REFERENCES guests,
  property_id int NOT NULL REFERENCES properties, rate_plan_id int REFERENCES rate_plans, channel varchar(20), status booking_status NOT NULL DEFAULT 'confirmed',
  arrival_date date NOT NULL, departure_date date NOT NULL, adults smallint NOT NULL DEFAULT 1, children smallint NOT NULL DEFAULT 0,
  total_amount numeric(10,2), currency char(3), special_requests text, booked_at timestamptz NOT NULL, cancelled_at timestamptz,
  cancellation_reason varchar(120), CHECK (departure_date > arrival_date));
CREATE TABLE room_stays (id bigserial PRIMARY KEY, booking_id bigint NOT NULL REFERENCES bookings, room_id int NOT NULL REFERENCES rooms,
  checked_in_at timestamptz, checked_out_at timestamptz, key_cards_issued smallint, nightly_rate numeric(8,2));
CREATE TABLE folio_charges (id bigserial PRIMARY KEY, booking_id bigint NOT NULL REFERENCES bookings, posted_at timestamptz NOT NULL,
  charge_code varchar(10) NOT NULL, description varchar(120), quantity smallint NOT NULL DEFAULT 1, unit_price numeric(8,2) NOT NULL,
  tax_rate numeric(4,2), is_voided boolean NOT NULL DEFAULT false);
CREATE TABLE payments (id bigserial PRIMARY KEY, booking_id bigint NOT NULL REFERENCES bookings, amount numeric(10,2) NOT NULL, currency char(3) NOT NULL,
  method varchar(16) CHECK (method IN ('card', 'cash', 'bank_transfer', 'voucher')), card_last4 char(4), card_brand varchar(12), auth_code varchar(8),
  paid_at timestamptz NOT NULL, refunded_amount numeric(10,2) NOT NULL DEFAULT 0);
CREATE TABLE reviews (id serial PRIMARY KEY, booking_id bigint UNIQUE REFERENCES bookings, overall_score smallint CHECK (overall_score BETWEEN 1 AND 10),
  cleanliness smallint, staff smallint, location smallint, title varchar(120), body text, management_response text,
  submitted_at timestamptz NOT NULL, responded_at timestamptz, language char(2));
