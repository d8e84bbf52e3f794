-- Tune schema of round 4 (r4, issue 10): a tour operator / travel agency. Written before any round-4
-- change of r4; no rule may name one of its tables or columns.
CREATE TYPE booking_status AS ENUM ('enquiry', 'held', 'confirmed', 'paid', 'cancelled', 'completed');
CREATE TYPE difficulty_level AS ENUM ('easy', 'moderate', 'challenging', 'strenuous');

CREATE TABLE countries (
  iso2 char(2) PRIMARY KEY,
  iso3 char(3) NOT NULL UNIQUE,
  name varchar(80) NOT NULL UNIQUE,
  official_name varchar(160),
  continent varchar(20) NOT NULL CHECK (continent IN ('Africa', 'Antarctica', 'Asia', 'Europe', 'North America', 'Oceania', 'South America')),
  capital varchar(80),
  currency_code char(3) NOT NULL,
  calling_code varchar(6),
  visa_required boolean NOT NULL DEFAULT false,
  travel_advisory_level smallint CHECK (travel_advisory_level BETWEEN 1 AND 4)
);
COMMENT ON TABLE countries IS 'Destination and source countries (ISO 3166-1).';

CREATE TABLE languages (
  code char(2) PRIMARY KEY,
  name varchar(60) NOT NULL UNIQUE,
  native_name varchar(60)
);
COMMENT ON TABLE languages IS 'ISO 639-1 languages.';

CREATE TABLE country_languages (
  country_iso2 char(2) NOT NULL REFERENCES countries (iso2),
  language_code char(2) NOT NULL REFERENCES languages (code),
  is_official boolean NOT NULL DEFAULT false,
  speakers_pct numeric(4,1) CHECK (speakers_pct BETWEEN 0 AND 100),
  PRIMARY KEY (country_iso2, language_code)
);

CREATE TABLE cities (
  id serial PRIMARY KEY,
  country_iso2 char(2) NOT NULL REFERENCES countries (iso2),
  name varchar(80) NOT NULL,
  region varchar(80),
  latitude numeric(8,5) CHECK (latitude BETWEEN -90 AND 90),
  longitude numeric(8,5) CHECK (longitude BETWEEN -180 AND 180),
  timezone varchar(40) NOT NULL,
  population integer,
  iata_code char(3) UNIQUE,
  UNIQUE (country_iso2, name)
);

CREATE TABLE currency_rates (
  base_currency char(3) NOT NULL DEFAULT 'EUR',
  quote_currency char(3) NOT NULL,
  rate_date date NOT NULL,
  rate numeric(14,6) NOT NULL CHECK (rate > 0),
  source varchar(20) NOT NULL DEFAULT 'ECB',
  PRIMARY KEY (base_currency, quote_currency, rate_date)
);
COMMENT ON COLUMN currency_rates.rate IS 'Units of quote_currency for one unit of base_currency.';

CREATE TABLE hotels (
  id serial PRIMARY KEY,
  city_id int NOT NULL REFERENCES cities,
  name varchar(120) NOT NULL,
  star_rating smallint CHECK (star_rating BETWEEN 1 AND 5),
  address_line varchar(160),
  postal_code varchar(12),
  phone varchar(24),
  website varchar(200),
  rooms_contracted smallint NOT NULL DEFAULT 0,
  net_rate_per_night numeric(8,2),
  rate_currency char(3),
  is_active boolean NOT NULL DEFAULT true
);

CREATE TABLE tours (
  id serial PRIMARY KEY,
  tour_code varchar(10) NOT NULL UNIQUE,
  title varchar(140) NOT NULL,
  summary text,
  start_city_id int NOT NULL REFERENCES cities,
  end_city_id int NOT NULL REFERENCES cities,
  duration_days smallint NOT NULL CHECK (duration_days BETWEEN 1 AND 60),
  difficulty difficulty_level NOT NULL DEFAULT 'moderate',
  min_group_size smallint NOT NULL DEFAULT 2,
  max_group_size smallint NOT NULL,
  price_from numeric(10,2) NOT NULL,
  price_currency char(3) NOT NULL,
  published boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (max_group_size >= min_group_size)
);

CREATE TABLE itinerary_days (
  tour_id int NOT NULL REFERENCES tours ON DELETE CASCADE,
  day_number smallint NOT NULL CHECK (day_number >= 1),
  city_id int REFERENCES cities,
  hotel_id int REFERENCES hotels,
  title varchar(120) NOT NULL,
  description text,
  meals_included varchar(3) CHECK (meals_included ~ '^[BLD]{0,3}$'),
  walking_km numeric(4,1),
  PRIMARY KEY (tour_id, day_number)
);
COMMENT ON COLUMN itinerary_days.meals_included IS 'B = breakfast, L = lunch, D = dinner.';

CREATE TABLE guides (
  id serial PRIMARY KEY,
  first_name varchar(50) NOT NULL,
  last_name varchar(50) NOT NULL,
  email varchar(120) UNIQUE,
  mobile varchar(24),
  home_city_id int REFERENCES cities,
  licence_number varchar(20),
  licence_expires date,
  daily_fee numeric(7,2),
  rating numeric(2,1) CHECK (rating BETWEEN 1 AND 5),
  hired_on date NOT NULL
);

CREATE TABLE guide_languages (
  guide_id int NOT NULL REFERENCES guides ON DELETE CASCADE,
  language_code char(2) NOT NULL REFERENCES languages (code),
  proficiency varchar(12) NOT NULL CHECK (proficiency IN ('native', 'fluent', 'working', 'basic')),
  PRIMARY KEY (guide_id, language_code)
);

CREATE TABLE departures (
  id serial PRIMARY KEY,
  tour_id int NOT NULL REFERENCES tours,
  guide_id int REFERENCES guides,
  departure_date date NOT NULL,
  return_date date NOT NULL,
  seats_total smallint NOT NULL,
  seats_sold smallint NOT NULL DEFAULT 0,
  guaranteed boolean NOT NULL DEFAULT false,
  CHECK (return_date >= departure_date),
  CHECK (seats_sold <= seats_total)
);

CREATE TABLE bookings (
  id bigserial PRIMARY KEY,
  booking_ref char(8) NOT NULL UNIQUE,
  departure_id int NOT NULL REFERENCES departures,
  lead_traveller_name varchar(120) NOT NULL,
  lead_email varchar(150) NOT NULL,
  nationality char(2) REFERENCES countries (iso2),
  travellers smallint NOT NULL DEFAULT 1 CHECK (travellers > 0),
  status booking_status NOT NULL DEFAULT 'enquiry',
  total_price numeric(10,2) NOT NULL,
  currency char(3) NOT NULL,
  deposit_paid numeric(10,2) NOT NULL DEFAULT 0,
  booked_at timestamptz NOT NULL DEFAULT now(),
  cancelled_at timestamptz,
  preferred_language char(2) REFERENCES languages (code),
  dietary_requirements varchar(200)
);
