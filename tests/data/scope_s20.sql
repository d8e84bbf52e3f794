-- A bicycle rental chain: depots, bike models and bikes, riders and their addresses, rentals, payments, repairs and
-- promo codes (brief s20 of session 10: requests written as sentences; see tests/data/scope_heldout16_s20.txt).
CREATE TYPE rental_status AS ENUM ('booked', 'active', 'returned', 'cancelled', 'overdue');
CREATE TABLE depots (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE,
    city text NOT NULL,
    opened_on date NOT NULL,
    open_sundays boolean NOT NULL DEFAULT false
);
CREATE TABLE bike_models (
    id serial PRIMARY KEY,
    name text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('city', 'road', 'mountain', 'cargo', 'ebike')),
    daily_rate numeric(7,2) NOT NULL CHECK (daily_rate > 0)
);
CREATE TABLE bikes (
    id serial PRIMARY KEY,
    depot_id int NOT NULL REFERENCES depots,
    model_id int NOT NULL REFERENCES bike_models,
    frame_number varchar(20) NOT NULL UNIQUE,
    condition text NOT NULL CHECK (condition IN ('new', 'good', 'worn', 'broken')),
    is_electric boolean NOT NULL DEFAULT false,
    purchased_on date NOT NULL
);
CREATE TABLE riders (
    id serial PRIMARY KEY,
    full_name text NOT NULL,
    email text UNIQUE,
    phone text,
    is_active boolean NOT NULL DEFAULT true,
    signed_up_at timestamptz NOT NULL,
    birth_year int CHECK (birth_year BETWEEN 1930 AND 2010)
);
CREATE TABLE rider_addresses (
    id serial PRIMARY KEY,
    rider_id int NOT NULL REFERENCES riders,
    line1 text NOT NULL,
    city text NOT NULL,
    postcode text NOT NULL
);
CREATE TABLE rentals (
    id bigserial PRIMARY KEY,
    rider_id int NOT NULL REFERENCES riders,
    bike_id int NOT NULL REFERENCES bikes,
    status rental_status NOT NULL,
    started_at timestamptz NOT NULL,
    returned_at timestamptz,
    total_price numeric(8,2) NOT NULL CHECK (total_price >= 0),
    currency char(3) NOT NULL CHECK (currency IN ('EUR', 'GBP', 'DKK'))
);
CREATE TABLE rental_payments (
    id bigserial PRIMARY KEY,
    rental_id bigint NOT NULL REFERENCES rentals,
    amount numeric(8,2) NOT NULL CHECK (amount > 0),
    method text NOT NULL CHECK (method IN ('card', 'apple_pay', 'cash', 'voucher')),
    status text NOT NULL CHECK (status IN ('pending', 'paid', 'refunded', 'failed')),
    paid_at timestamptz,
    refunded_at timestamptz
);
CREATE TABLE repairs (
    id bigserial PRIMARY KEY,
    bike_id int NOT NULL REFERENCES bikes,
    mechanic_name text NOT NULL,
    issue text NOT NULL CHECK (issue IN ('flat_tyre', 'brakes', 'chain', 'gears', 'battery', 'frame')),
    status text NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'scrapped')),
    reported_at timestamptz NOT NULL,
    fixed_at timestamptz,
    cost numeric(8,2) NOT NULL CHECK (cost >= 0),
    is_urgent boolean NOT NULL DEFAULT false
);
CREATE TABLE promo_codes (
    id serial PRIMARY KEY,
    code varchar(16) NOT NULL UNIQUE,
    percent_off int NOT NULL CHECK (percent_off BETWEEN 5 AND 50),
    valid_until date NOT NULL,
    max_uses int CHECK (max_uses > 0)
);
