-- Tune schema of round 4, helper r1 (issue 10): a restaurant group with its own online food delivery
-- (restaurants, menus, dishes, orders, couriers, reviews, promotions). Written before any round-4
-- change of r1; no rule may name its tables or columns.
CREATE TYPE order_status AS ENUM ('placed', 'accepted', 'preparing', 'out_for_delivery', 'delivered', 'cancelled');
CREATE TYPE vehicle_kind AS ENUM ('bicycle', 'scooter', 'motorbike', 'car', 'on_foot');

CREATE TABLE brands (
  id serial PRIMARY KEY,
  name varchar(80) NOT NULL UNIQUE,
  slug varchar(80) NOT NULL UNIQUE,
  cuisine varchar(40),
  tagline varchar(160),
  logo_url text,
  founded_year smallint CHECK (founded_year BETWEEN 1900 AND 2030),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE brands IS 'Restaurant brands operated by the group';

CREATE TABLE restaurants (
  id serial PRIMARY KEY,
  brand_id int NOT NULL REFERENCES brands,
  name varchar(120) NOT NULL,
  slug varchar(120) NOT NULL UNIQUE,
  description text,
  street_address varchar(200) NOT NULL,
  city varchar(80) NOT NULL,
  postal_code varchar(12),
  phone varchar(24),
  latitude numeric(9,6),
  longitude numeric(9,6),
  seating_capacity smallint,
  price_range smallint CHECK (price_range BETWEEN 1 AND 4),
  delivery_radius_km numeric(4,1) NOT NULL DEFAULT 5.0,
  min_order_amount numeric(8,2) NOT NULL DEFAULT 0,
  opens_at time NOT NULL DEFAULT '11:00',
  closes_at time NOT NULL DEFAULT '22:00',
  accepts_online_orders boolean NOT NULL DEFAULT true,
  is_temporarily_closed boolean NOT NULL DEFAULT false,
  opened_on date,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE menus (
  id serial PRIMARY KEY,
  restaurant_id int NOT NULL REFERENCES restaurants,
  title varchar(80) NOT NULL,
  description text,
  menu_type varchar(20),
  available_from time,
  available_until time,
  is_active boolean NOT NULL DEFAULT true,
  valid_from date NOT NULL,
  valid_to date
);

CREATE TABLE menu_categories (
  id serial PRIMARY KEY,
  menu_id int NOT NULL REFERENCES menus,
  name varchar(60) NOT NULL,
  display_label varchar(60),
  sort_order smallint NOT NULL DEFAULT 0,
  UNIQUE (menu_id, name)
);

CREATE TABLE dishes (
  id serial PRIMARY KEY,
  category_id int NOT NULL REFERENCES menu_categories,
  name varchar(100) NOT NULL,
  slug varchar(120) NOT NULL,
  description text,
  price numeric(8,2) NOT NULL CHECK (price > 0),
  calories smallint,
  spice_level smallint CHECK (spice_level BETWEEN 0 AND 3),
  is_vegetarian boolean NOT NULL DEFAULT false,
  is_vegan boolean NOT NULL DEFAULT false,
  contains_nuts boolean NOT NULL DEFAULT false,
  allergens text[],
  image_url text,
  prep_time_minutes smallint,
  is_available boolean NOT NULL DEFAULT true,
  UNIQUE (category_id, slug)
);
COMMENT ON COLUMN dishes.allergens IS 'EU allergen list, e.g. gluten, milk, eggs';

CREATE TABLE customers (
  id bigserial PRIMARY KEY,
  first_name varchar(60) NOT NULL,
  last_name varchar(60) NOT NULL,
  display_name varchar(80),
  email varchar(200) NOT NULL UNIQUE,
  phone varchar(24),
  default_address text,
  marketing_opt_in boolean NOT NULL DEFAULT false,
  loyalty_tier varchar(12),
  referral_code varchar(12) UNIQUE,
  created_at timestamptz NOT NULL,
  last_order_at timestamptz
);

CREATE TABLE couriers (
  id serial PRIMARY KEY,
  first_name varchar(60) NOT NULL,
  last_name varchar(60) NOT NULL,
  initials varchar(4),
  handle varchar(40) UNIQUE,
  phone varchar(24) NOT NULL,
  vehicle vehicle_kind NOT NULL,
  zone varchar(40),
  rating numeric(3,2) CHECK (rating BETWEEN 1 AND 5),
  is_online boolean NOT NULL DEFAULT false,
  hired_on date NOT NULL,
  terminated_on date
);

CREATE TABLE promotions (
  id serial PRIMARY KEY,
  brand_id int REFERENCES brands,
  code varchar(20) NOT NULL UNIQUE,
  title varchar(120) NOT NULL,
  description text,
  discount_type varchar(10) NOT NULL CHECK (discount_type IN ('percent', 'fixed', 'free_delivery')),
  discount_value numeric(8,2) NOT NULL,
  min_basket numeric(8,2),
  max_redemptions integer,
  redemptions_count integer NOT NULL DEFAULT 0,
  channel varchar(20),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL
);

CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  order_number varchar(16) NOT NULL UNIQUE,
  customer_id bigint NOT NULL REFERENCES customers,
  restaurant_id int NOT NULL REFERENCES restaurants,
  courier_id int REFERENCES couriers,
  promotion_id int REFERENCES promotions,
  status order_status NOT NULL DEFAULT 'placed',
  fulfilment_type varchar(12) NOT NULL CHECK (fulfilment_type IN ('delivery', 'pickup', 'dine_in')),
  source varchar(20),
  subtotal numeric(10,2) NOT NULL,
  delivery_fee numeric(6,2) NOT NULL DEFAULT 0,
  tip_amount numeric(6,2) NOT NULL DEFAULT 0,
  discount_amount numeric(8,2) NOT NULL DEFAULT 0,
  total numeric(10,2) NOT NULL,
  delivery_instructions text,
  placed_at timestamptz NOT NULL,
  accepted_at timestamptz,
  picked_up_at timestamptz,
  delivered_at timestamptz,
  cancelled_at timestamptz,
  cancellation_reason varchar(120)
);

CREATE TABLE order_items (
  id bigserial PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES orders,
  dish_id int NOT NULL REFERENCES dishes,
  quantity smallint NOT NULL CHECK (quantity > 0),
  unit_price numeric(8,2) NOT NULL,
  special_request varchar(200),
  line_total numeric(10,2) NOT NULL
);

CREATE TABLE reviews (
  id bigserial PRIMARY KEY,
  order_id bigint NOT NULL UNIQUE REFERENCES orders,
  restaurant_id int NOT NULL REFERENCES restaurants,
  food_rating smallint NOT NULL CHECK (food_rating BETWEEN 1 AND 5),
  delivery_rating smallint CHECK (delivery_rating BETWEEN 1 AND 5),
  title varchar(120),
  body text,
  reply text,
  is_published boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL
);
