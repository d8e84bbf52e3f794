-- HELD-OUT schema of round 4, helper r2 (issue 10): an event-ticketing platform (organisers, venues,
-- events, seat maps, ticket tiers, orders, tickets, check-ins, reviews). Written before any round-4
-- change of r2 and not sampled until the end; no rule may name its tables or columns.
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'refunded', 'cancelled', 'expired');
CREATE TYPE ticket_status AS ENUM ('valid', 'used', 'void', 'transferred');

CREATE TABLE organizers (
  id serial PRIMARY KEY,
  name varchar(120) NOT NULL,
  slug varchar(80) NOT NULL UNIQUE,
  contact_email varchar(200) NOT NULL,
  payout_currency char(3) NOT NULL DEFAULT 'usd',
  fee_percent numeric(4,2) NOT NULL DEFAULT 5.00 CHECK (fee_percent BETWEEN 0 AND 30),
  social_links jsonb NOT NULL DEFAULT '[]',
  settings jsonb NOT NULL DEFAULT '{}',
  verified boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE venues (
  id serial PRIMARY KEY,
  name varchar(120) NOT NULL,
  city varchar(80) NOT NULL,
  country_code char(2) NOT NULL,
  address_line varchar(200),
  postal_code varchar(12),
  lat numeric(9,6),
  lng numeric(9,6),
  capacity integer NOT NULL CHECK (capacity > 0),
  opening_hours jsonb,
  facilities jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(facilities) = 'array'),
  website_url text
);

CREATE TABLE seat_maps (
  id serial PRIMARY KEY,
  venue_id int NOT NULL REFERENCES venues(id),
  name varchar(80) NOT NULL,
  total_seats integer NOT NULL,
  sections jsonb NOT NULL,
  image_width integer,
  image_height integer,
  version smallint NOT NULL DEFAULT 1
);

CREATE TABLE events (
  id bigserial PRIMARY KEY,
  organizer_id int NOT NULL REFERENCES organizers(id),
  venue_id int NOT NULL REFERENCES venues(id),
  seat_map_id int REFERENCES seat_maps(id),
  title varchar(160) NOT NULL,
  subtitle varchar(200),
  description text,
  category varchar(20) NOT NULL CHECK (category IN ('concert', 'theatre', 'sports', 'comedy', 'festival', 'conference')),
  age_restriction smallint CHECK (age_restriction IN (0, 12, 16, 18, 21)),
  doors_open_at timestamptz,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz,
  on_sale_at timestamptz NOT NULL,
  lineup jsonb,
  tags jsonb NOT NULL DEFAULT '[]',
  poster_url text,
  is_published boolean NOT NULL DEFAULT false,
  is_cancelled boolean NOT NULL DEFAULT false
);

CREATE TABLE ticket_tiers (
  id serial PRIMARY KEY,
  event_id bigint NOT NULL REFERENCES events(id),
  name varchar(60) NOT NULL,
  price numeric(10,2) NOT NULL CHECK (price >= 0),
  currency char(3) NOT NULL DEFAULT 'usd',
  quantity_total integer NOT NULL,
  quantity_sold integer NOT NULL DEFAULT 0,
  min_per_order smallint NOT NULL DEFAULT 1,
  max_per_order smallint NOT NULL DEFAULT 10,
  sales_start_at timestamptz,
  sales_end_at timestamptz,
  perks jsonb,
  CHECK (quantity_sold <= quantity_total)
);

CREATE TABLE customers (
  id bigserial PRIMARY KEY,
  email varchar(200) NOT NULL UNIQUE,
  first_name varchar(60),
  last_name varchar(60),
  phone varchar(30),
  marketing_opt_in boolean NOT NULL DEFAULT false,
  preferences jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers(id),
  event_id bigint NOT NULL REFERENCES events(id),
  reference varchar(12) NOT NULL UNIQUE,
  status order_status NOT NULL DEFAULT 'pending',
  subtotal numeric(10,2) NOT NULL,
  fees numeric(10,2) NOT NULL DEFAULT 0,
  total numeric(10,2) NOT NULL,
  currency char(3) NOT NULL DEFAULT 'usd',
  promo_code varchar(20),
  billing_address jsonb,
  user_agent text,
  screen_width smallint,
  screen_height smallint,
  created_at timestamptz NOT NULL DEFAULT now(),
  paid_at timestamptz,
  refunded_at timestamptz
);

CREATE TABLE tickets (
  id bigserial PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES orders(id),
  tier_id int NOT NULL REFERENCES ticket_tiers(id),
  barcode varchar(32) NOT NULL UNIQUE,
  section varchar(10),
  row_label varchar(4),
  seat_number smallint,
  holder_name varchar(120),
  status ticket_status NOT NULL DEFAULT 'valid',
  attributes jsonb,
  issued_at timestamptz NOT NULL
);

CREATE TABLE check_ins (
  id bigserial PRIMARY KEY,
  ticket_id bigint NOT NULL REFERENCES tickets(id),
  gate varchar(10),
  device_id varchar(40),
  scanned_at timestamptz NOT NULL,
  scan_latitude integer,
  scan_longitude integer,
  result varchar(12) NOT NULL CHECK (result IN ('accepted', 'duplicate', 'invalid', 'wrong_event'))
);

CREATE TABLE event_reviews (
  id bigserial PRIMARY KEY,
  event_id bigint NOT NULL REFERENCES events(id),
  customer_id bigint NOT NULL REFERENCES customers(id),
  overall_rating smallint NOT NULL CHECK (overall_rating BETWEEN 1 AND 10),
  sound_rating smallint,
  venue_rating smallint,
  value_rating smallint,
  comment text,
  photos jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (event_id, customer_id)
);
