-- A small shop, the way an application's own schema file would declare it.
CREATE TABLE users (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email      text NOT NULL UNIQUE CHECK (email LIKE '%@%'),
    full_name  text NOT NULL,
    country    char(2) NOT NULL,
    is_admin   boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE products (
    id          serial PRIMARY KEY,
    sku         varchar(12) NOT NULL UNIQUE,
    name        text NOT NULL,
    price_cents integer NOT NULL CHECK (price_cents > 0)
);
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'delivered', 'cancelled');
CREATE TABLE orders (
    id         serial PRIMARY KEY,
    user_id    bigint NOT NULL REFERENCES users (id),
    status     order_status NOT NULL DEFAULT 'pending',
    placed_at  timestamptz NOT NULL,
    shipped_at timestamptz,
    CHECK (shipped_at IS NULL OR shipped_at >= placed_at)
);
CREATE TABLE order_items (
    order_id   integer NOT NULL REFERENCES orders (id),
    product_id integer NOT NULL REFERENCES products (id),
    quantity   integer NOT NULL CHECK (quantity BETWEEN 1 AND 20),
    PRIMARY KEY (order_id, product_id)
);
