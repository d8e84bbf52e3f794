-- HELD-OUT schema of round 4, helper r1 (issue 10): a real-estate agency (offices, agents,
-- properties, listings, viewings, offers, leases, maintenance requests). Written before any round-4
-- change of r1 and not sampled until the end; no rule may name its tables or columns.
CREATE TYPE listing_kind AS ENUM ('sale', 'rent');
CREATE TYPE offer_state AS ENUM ('submitted', 'countered', 'accepted', 'rejected', 'withdrawn');

CREATE TABLE offices (
  id serial PRIMARY KEY,
  name varchar(100) NOT NULL,
  slug varchar(100) NOT NULL UNIQUE,
  street_address varchar(200) NOT NULL,
  city varchar(80) NOT NULL,
  region varchar(80),
  postal_code varchar(12),
  phone varchar(24),
  email varchar(200),
  licence_number varchar(30),
  opened_on date
);

CREATE TABLE agents (
  id serial PRIMARY KEY,
  office_id int NOT NULL REFERENCES offices,
  first_name varchar(60) NOT NULL,
  last_name varchar(60) NOT NULL,
  display_name varchar(120),
  username varchar(40) NOT NULL UNIQUE,
  email varchar(200) NOT NULL UNIQUE,
  mobile varchar(24),
  job_title varchar(60),
  bio text,
  specialty varchar(30),
  commission_rate numeric(4,3) CHECK (commission_rate BETWEEN 0 AND 1),
  years_experience smallint,
  photo_url text,
  is_active boolean NOT NULL DEFAULT true,
  hired_on date NOT NULL,
  left_on date
);

CREATE TABLE owners (
  id serial PRIMARY KEY,
  full_name varchar(120) NOT NULL,
  company_name varchar(120),
  email varchar(200),
  phone varchar(24),
  preferred_contact varchar(10),
  notes text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE properties (
  id serial PRIMARY KEY,
  owner_id int NOT NULL REFERENCES owners,
  reference varchar(16) NOT NULL UNIQUE,
  property_type varchar(20) NOT NULL,
  street_address varchar(200) NOT NULL,
  unit varchar(10),
  city varchar(80) NOT NULL,
  postal_code varchar(12),
  latitude numeric(9,6),
  longitude numeric(9,6),
  bedrooms smallint CHECK (bedrooms >= 0),
  bathrooms numeric(3,1),
  floor_area_sqm numeric(7,1),
  lot_size_sqm numeric(9,1),
  year_built smallint,
  energy_rating char(1) CHECK (energy_rating IN ('A', 'B', 'C', 'D', 'E', 'F', 'G')),
  has_parking boolean NOT NULL DEFAULT false,
  has_garden boolean NOT NULL DEFAULT false,
  features jsonb,
  created_at timestamptz NOT NULL
);

CREATE TABLE listings (
  id serial PRIMARY KEY,
  property_id int NOT NULL REFERENCES properties,
  agent_id int NOT NULL REFERENCES agents,
  kind listing_kind NOT NULL,
  headline varchar(140) NOT NULL,
  slug varchar(160) NOT NULL UNIQUE,
  description text,
  asking_price numeric(12,2) NOT NULL,
  currency char(3) NOT NULL DEFAULT 'EUR',
  status varchar(16) NOT NULL,
  is_featured boolean NOT NULL DEFAULT false,
  view_count integer NOT NULL DEFAULT 0,
  listed_at timestamptz NOT NULL,
  under_offer_at timestamptz,
  closed_at timestamptz,
  expires_on date
);

CREATE TABLE listing_photos (
  id serial PRIMARY KEY,
  listing_id int NOT NULL REFERENCES listings,
  url text NOT NULL,
  caption varchar(160),
  alt_text varchar(200),
  position smallint NOT NULL DEFAULT 0,
  width_px integer,
  height_px integer
);

CREATE TABLE clients (
  id serial PRIMARY KEY,
  first_name varchar(60) NOT NULL,
  last_name varchar(60) NOT NULL,
  email varchar(200) NOT NULL UNIQUE,
  phone varchar(24),
  budget_min numeric(12,2),
  budget_max numeric(12,2),
  lead_source varchar(30),
  stage varchar(20),
  is_pre_approved boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL
);

CREATE TABLE viewings (
  id serial PRIMARY KEY,
  listing_id int NOT NULL REFERENCES listings,
  client_id int NOT NULL REFERENCES clients,
  agent_id int REFERENCES agents,
  scheduled_at timestamptz NOT NULL,
  duration_minutes smallint NOT NULL DEFAULT 30,
  outcome varchar(20),
  feedback text,
  client_interest smallint CHECK (client_interest BETWEEN 1 AND 5),
  is_virtual boolean NOT NULL DEFAULT false
);

CREATE TABLE offers (
  id serial PRIMARY KEY,
  listing_id int NOT NULL REFERENCES listings,
  client_id int NOT NULL REFERENCES clients,
  amount numeric(12,2) NOT NULL,
  state offer_state NOT NULL DEFAULT 'submitted',
  conditions text,
  deposit_amount numeric(12,2),
  submitted_at timestamptz NOT NULL,
  responded_at timestamptz,
  expires_at timestamptz
);

CREATE TABLE leases (
  id serial PRIMARY KEY,
  property_id int NOT NULL REFERENCES properties,
  tenant_id int NOT NULL REFERENCES clients,
  monthly_rent numeric(10,2) NOT NULL,
  deposit numeric(10,2),
  start_date date NOT NULL,
  end_date date,
  notice_period_days smallint NOT NULL DEFAULT 30,
  payment_day smallint CHECK (payment_day BETWEEN 1 AND 28),
  status varchar(12) NOT NULL,
  terms text,
  signed_at timestamptz
);

CREATE TABLE maintenance_requests (
  id serial PRIMARY KEY,
  lease_id int NOT NULL REFERENCES leases,
  title varchar(120) NOT NULL,
  description text,
  category varchar(30),
  priority varchar(10) NOT NULL DEFAULT 'normal',
  status varchar(16) NOT NULL,
  estimated_cost numeric(10,2),
  contractor_name varchar(120),
  reported_at timestamptz NOT NULL,
  scheduled_for date,
  resolved_at timestamptz,
  resolution_notes text
);
