-- delivery: a food-delivery marketplace (restaurants, menu items, couriers, customers, orders, order
-- items, deliveries, ratings, promotions), written for brief s11 (session 7) as a domain no rule was
-- written for; its phrase sets are tests/data/scope_heldout13_s11*.txt.
CREATE TYPE order_status AS ENUM ('placed', 'preparing', 'picked_up', 'delivered', 'cancelled');
CREATE TABLE restaurants (id serial PRIMARY KEY, name text NOT NULL, city text NOT NULL,
                          cuisine text NOT NULL CHECK (cuisine IN ('italian', 'indian', 'chinese', 'mexican',
                                                                 'japanese', 'burgers', 'vegan')),
                          is_open boolean NOT NULL DEFAULT true, avg_prep_minutes int NOT NULL
                          CHECK (avg_prep_minutes BETWEEN 5 AND 90), created_at timestamptz NOT NULL);
CREATE TABLE menu_items (id bigserial PRIMARY KEY, restaurant_id int NOT NULL REFERENCES restaurants,
                         name text NOT NULL, course text NOT NULL CHECK (course IN ('starter', 'main', 'dessert', 'drink')),
                         price_cents int NOT NULL CHECK (price_cents > 0), is_vegetarian boolean NOT NULL,
                         is_available boolean NOT NULL DEFAULT true);
CREATE TABLE couriers (id serial PRIMARY KEY, full_name text NOT NULL, phone text NOT NULL UNIQUE,
                       vehicle text NOT NULL CHECK (vehicle IN ('bicycle', 'scooter', 'car', 'on_foot')),
                       is_active boolean NOT NULL DEFAULT true, joined_at timestamptz NOT NULL);
CREATE TABLE customers (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, full_name text NOT NULL,
                        phone text, city text NOT NULL, created_at timestamptz NOT NULL);
CREATE TABLE promotions (id serial PRIMARY KEY, restaurant_id int REFERENCES restaurants, code varchar(20) NOT NULL UNIQUE,
                         discount_percent int NOT NULL CHECK (discount_percent BETWEEN 5 AND 60),
                         starts_at timestamptz NOT NULL, ends_at timestamptz NOT NULL, CHECK (ends_at > starts_at));
CREATE TABLE orders (id bigserial PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers,
                     restaurant_id int NOT NULL REFERENCES restaurants, promotion_id int REFERENCES promotions,
                     status order_status NOT NULL, subtotal_cents int NOT NULL CHECK (subtotal_cents >= 0),
                     tip_cents int NOT NULL DEFAULT 0 CHECK (tip_cents >= 0), delivery_address text,
                     placed_at timestamptz NOT NULL, delivered_at timestamptz,
                     CHECK (delivered_at IS NULL OR delivered_at >= placed_at));
CREATE TABLE order_items (order_id bigint NOT NULL REFERENCES orders, menu_item_id bigint NOT NULL REFERENCES menu_items,
                          quantity int NOT NULL CHECK (quantity BETWEEN 1 AND 20), unit_price_cents int NOT NULL
                          CHECK (unit_price_cents > 0), PRIMARY KEY (order_id, menu_item_id));
CREATE TABLE deliveries (id bigserial PRIMARY KEY, order_id bigint NOT NULL UNIQUE REFERENCES orders,
                         courier_id int NOT NULL REFERENCES couriers, distance_km numeric(5,2) NOT NULL
                         CHECK (distance_km > 0), picked_up_at timestamptz NOT NULL, dropped_off_at timestamptz);
CREATE TABLE ratings (id bigserial PRIMARY KEY, order_id bigint NOT NULL UNIQUE REFERENCES orders,
                      stars smallint NOT NULL CHECK (stars BETWEEN 1 AND 5), comment text, created_at timestamptz NOT NULL);
