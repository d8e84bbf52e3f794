-- services: the five microservice databases of issue "Many databases" (users, products, orders,
-- payments, notifications) laid side by side in one schema for the scope phrase tests (issue 11).
-- As in the services, a reference to another service's table has no FOREIGN KEY.
CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, full_name text NOT NULL,
                    country char(2) NOT NULL, created_at timestamptz NOT NULL);
CREATE TABLE addresses (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users, line1 text NOT NULL,
                        city text NOT NULL, postal_code text NOT NULL, country char(2) NOT NULL);
CREATE TABLE preferences (user_id bigint PRIMARY KEY REFERENCES users, marketing_emails boolean NOT NULL,
                          language char(2) NOT NULL, theme text NOT NULL CHECK (theme IN ('light', 'dark', 'system')));
CREATE TABLE categories (id serial PRIMARY KEY, name text NOT NULL UNIQUE, parent_id int REFERENCES categories);
CREATE TABLE products (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), sku varchar(16) NOT NULL UNIQUE,
                       name text NOT NULL, category_id int NOT NULL REFERENCES categories,
                       price_cents int NOT NULL CHECK (price_cents > 0), created_at timestamptz NOT NULL);
CREATE TABLE inventory (product_id uuid PRIMARY KEY REFERENCES products, on_hand int NOT NULL CHECK (on_hand >= 0),
                        warehouse text NOT NULL CHECK (warehouse IN ('east', 'west', 'central')));
CREATE TABLE orders (id bigserial PRIMARY KEY, user_id bigint NOT NULL, status text NOT NULL
                     CHECK (status IN ('pending', 'paid', 'shipped', 'completed', 'cancelled', 'refunded')),
                     total_cents int NOT NULL CHECK (total_cents >= 0), placed_at timestamptz NOT NULL,
                     shipped_at timestamptz);
CREATE TABLE order_items (order_id bigint NOT NULL REFERENCES orders, product_id uuid NOT NULL,
                          quantity int NOT NULL CHECK (quantity BETWEEN 1 AND 10),
                          unit_price_cents int NOT NULL CHECK (unit_price_cents > 0), PRIMARY KEY (order_id, product_id));
CREATE TABLE payments (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), order_id bigint NOT NULL UNIQUE,
                       user_id bigint NOT NULL, amount_cents int NOT NULL CHECK (amount_cents > 0),
                       method text NOT NULL CHECK (method IN ('card', 'paypal', 'bank_transfer', 'gift_card')),
                       status text NOT NULL CHECK (status IN ('authorized', 'captured', 'failed', 'refunded')),
                       paid_at timestamptz NOT NULL);
CREATE TABLE refunds (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), payment_id uuid NOT NULL REFERENCES payments,
                      amount_cents int NOT NULL CHECK (amount_cents > 0), reason text NOT NULL,
                      refunded_at timestamptz NOT NULL);
CREATE TABLE templates (id serial PRIMARY KEY, code text NOT NULL UNIQUE,
                        channel text NOT NULL CHECK (channel IN ('email', 'sms', 'push')), subject text NOT NULL);
CREATE TABLE notifications (id bigserial PRIMARY KEY, user_id bigint NOT NULL, order_id bigint,
                            product_sku varchar(16), template_id int NOT NULL REFERENCES templates,
                            kind text NOT NULL CHECK (kind IN ('order_confirmation', 'shipping_update',
                                                               'price_drop', 'password_reset')),
                            sent_at timestamptz NOT NULL, read_at timestamptz);
