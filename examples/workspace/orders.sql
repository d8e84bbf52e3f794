-- orders service: integer keys; user_id and product_id point into other services (no FOREIGN KEY).
-- References to other services are declared in seedbed.toml [references].
CREATE TABLE orders (id bigserial PRIMARY KEY, user_id bigint NOT NULL, status text NOT NULL
                     CHECK (status IN ('pending', 'paid', 'shipped', 'completed', 'cancelled', 'refunded')),
                     total_cents int NOT NULL CHECK (total_cents >= 0), placed_at timestamptz NOT NULL,
                     shipped_at timestamptz);
CREATE TABLE order_items (order_id bigint NOT NULL REFERENCES orders, product_id uuid NOT NULL,
                          quantity int NOT NULL CHECK (quantity BETWEEN 1 AND 10),
                          unit_price_cents int NOT NULL CHECK (unit_price_cents > 0), PRIMARY KEY (order_id, product_id));
