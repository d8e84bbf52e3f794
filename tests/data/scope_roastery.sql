-- A specialty coffee roaster's wholesale business (brief s13 of session 8): farms and their green lots,
-- the coffees roasted from them, the cafes that buy wholesale, their orders, order lines and invoices,
-- cupping scores, subscriptions and the brewing equipment sold alongside.
CREATE TYPE bean_process AS ENUM ('washed', 'natural', 'honey', 'anaerobic');
CREATE TYPE order_state AS ENUM ('pending', 'roasting', 'shipped', 'delivered', 'cancelled');

CREATE TABLE farms (
    id serial PRIMARY KEY,
    name text NOT NULL,
    country char(2) NOT NULL,
    region text,
    altitude_m int CHECK (altitude_m BETWEEN 0 AND 3000),
    is_organic boolean NOT NULL DEFAULT false,
    certified_on date
);

CREATE TABLE green_lots (
    id bigserial PRIMARY KEY,
    farm_id int NOT NULL REFERENCES farms(id),
    process bean_process NOT NULL,
    harvest_year int CHECK (harvest_year BETWEEN 2000 AND 2030),
    bags int NOT NULL CHECK (bags >= 0),
    price_per_kg numeric(8,2) CHECK (price_per_kg > 0),
    arrived_at timestamptz NOT NULL
);

CREATE TABLE coffees (
    id bigserial PRIMARY KEY,
    lot_id bigint NOT NULL REFERENCES green_lots(id),
    name text NOT NULL,
    category text NOT NULL CHECK (category IN ('espresso', 'filter', 'decaf', 'blend')),
    roast_level text NOT NULL CHECK (roast_level IN ('light', 'medium', 'dark')),
    price numeric(8,2) NOT NULL CHECK (price >= 0),
    is_sold_out boolean NOT NULL DEFAULT false,
    released_on date
);

CREATE TABLE cafes (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    country char(2) NOT NULL,
    city text NOT NULL,
    tier text NOT NULL CHECK (tier IN ('standard', 'partner', 'flagship')),
    currency char(3) NOT NULL CHECK (currency IN ('EUR', 'GBP', 'USD', 'JPY')),
    email text UNIQUE,
    joined_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    cafe_id bigint NOT NULL REFERENCES cafes(id),
    status order_state NOT NULL,
    currency char(3) NOT NULL CHECK (currency IN ('EUR', 'GBP', 'USD', 'JPY')),
    total numeric(10,2) NOT NULL CHECK (total >= 0),
    placed_at timestamptz NOT NULL,
    shipped_at timestamptz,
    tracking_code text
);

CREATE TABLE order_lines (
    id bigserial PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orders(id),
    coffee_id bigint NOT NULL REFERENCES coffees(id),
    kilos numeric(6,2) NOT NULL CHECK (kilos > 0),
    unit_price numeric(8,2) NOT NULL
);

CREATE TABLE invoices (
    id bigserial PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orders(id),
    currency char(3) NOT NULL CHECK (currency IN ('EUR', 'GBP', 'USD', 'JPY')),
    amount numeric(10,2) NOT NULL,
    status text NOT NULL CHECK (status IN ('draft', 'sent', 'paid', 'void')),
    issued_at timestamptz NOT NULL,
    paid_at timestamptz
);

CREATE TABLE cuppings (
    id bigserial PRIMARY KEY,
    lot_id bigint NOT NULL REFERENCES green_lots(id),
    score numeric(4,1) NOT NULL CHECK (score BETWEEN 60 AND 100),
    cupped_at timestamptz NOT NULL,
    notes text
);

CREATE TABLE subscriptions (
    id bigserial PRIMARY KEY,
    cafe_id bigint NOT NULL REFERENCES cafes(id),
    coffee_id bigint NOT NULL REFERENCES coffees(id),
    frequency text NOT NULL CHECK (frequency IN ('weekly', 'biweekly', 'monthly')),
    is_active boolean NOT NULL DEFAULT true,
    started_at timestamptz NOT NULL
);

CREATE TABLE equipment (
    id serial PRIMARY KEY,
    name text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('grinder', 'kettle', 'dripper', 'scale', 'espresso_machine')),
    price numeric(8,2) NOT NULL,
    stock_status text NOT NULL CHECK (stock_status IN ('in_stock', 'low', 'out_of_stock'))
);
