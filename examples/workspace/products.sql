-- products service: UUID keys; products are referenced by id and by sku.
-- References to other services are declared in seedbed.toml [references].
CREATE TABLE categories (id serial PRIMARY KEY, name text NOT NULL UNIQUE, parent_id int REFERENCES categories);
CREATE TABLE products (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), sku varchar(16) NOT NULL UNIQUE,
                       name text NOT NULL, category_id int NOT NULL REFERENCES categories,
                       price_cents int NOT NULL CHECK (price_cents > 0), created_at timestamptz NOT NULL);
CREATE TABLE inventory (product_id uuid PRIMARY KEY REFERENCES products, on_hand int NOT NULL CHECK (on_hand >= 0),
                        warehouse text NOT NULL CHECK (warehouse IN ('east', 'west', 'central')));
