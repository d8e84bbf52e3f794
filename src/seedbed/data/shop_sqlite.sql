-- shop, SQLite edition: the schema of `seedbed demo --engine sqlite`, the same hard cases as
-- shop.sql in SQLite's own terms. users <-> addresses is a two-table FK cycle (declared inline:
-- SQLite resolves forward references), users.manager_id and categories.parent_id are
-- self-references, order_items has a composite primary key, reviews a composite UNIQUE,
-- products GLOB CHECKs and a UUID key; enums are CHECK ... IN lists.

CREATE TABLE users (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    email              TEXT NOT NULL UNIQUE CHECK (email GLOB '?*@?*.[a-z][a-z]*' AND email NOT GLOB '* *'),
    full_name          TEXT NOT NULL,
    country            CHAR(2) NOT NULL,
    phone              VARCHAR(32),
    bio                TEXT, -- short public profile text written by the user
    manager_id         INTEGER REFERENCES users (id),
    primary_address_id INTEGER REFERENCES addresses (id),
    is_active          BOOLEAN NOT NULL DEFAULT 1,
    created_at         DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at         DATETIME,
    CHECK (updated_at IS NULL OR updated_at >= created_at)
);

CREATE TABLE addresses (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    line1       TEXT NOT NULL,
    city        TEXT NOT NULL,
    postal_code VARCHAR(10) NOT NULL,
    country     CHAR(2) NOT NULL
);

CREATE TABLE categories (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE,
    slug      TEXT NOT NULL UNIQUE CHECK (slug <> '' AND slug NOT GLOB '*[^a-z0-9-]*'),
    parent_id INTEGER REFERENCES categories (id)
);

CREATE TABLE products (
    id          UUID PRIMARY KEY,
    sku         VARCHAR(12) NOT NULL UNIQUE CHECK (sku GLOB '[A-Z][A-Z][A-Z]-[0-9][0-9][0-9][0-9]'),
    name        TEXT NOT NULL,
    description TEXT,
    category_id INTEGER NOT NULL REFERENCES categories (id),
    price       NUMERIC(10, 2) NOT NULL CHECK (price > 0 AND price < 10000),
    stock       INTEGER NOT NULL DEFAULT 0 CHECK (stock >= 0),
    tags        JSON,
    attributes  JSON,
    created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE orders (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id             INTEGER NOT NULL REFERENCES users (id),
    shipping_address_id INTEGER REFERENCES addresses (id),
    status              TEXT NOT NULL DEFAULT 'pending'
                        CHECK (status IN ('pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded')),
    total_cents         INTEGER NOT NULL CHECK (total_cents >= 0),
    currency            CHAR(3) NOT NULL DEFAULT 'USD' CHECK (currency IN ('USD', 'EUR', 'GBP')),
    placed_at           DATETIME NOT NULL,
    shipped_at          DATETIME,
    CHECK (shipped_at IS NULL OR shipped_at >= placed_at)
);

CREATE TABLE order_items (
    order_id         INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id       UUID NOT NULL REFERENCES products (id),
    quantity         INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 10),
    unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents > 0),
    PRIMARY KEY (order_id, product_id)
);

CREATE TABLE payments (
    id           UUID PRIMARY KEY,
    order_id     INTEGER NOT NULL UNIQUE REFERENCES orders (id),
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    method       TEXT NOT NULL CHECK (method IN ('card', 'paypal', 'bank_transfer', 'gift_card')),
    status       TEXT NOT NULL CHECK (status IN ('captured', 'authorized', 'refunded', 'failed')),
    paid_at      DATETIME NOT NULL
);

CREATE TABLE reviews (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    product_id UUID NOT NULL REFERENCES products (id),
    user_id    INTEGER NOT NULL REFERENCES users (id),
    rating     SMALLINT NOT NULL CHECK (rating BETWEEN 1 AND 5),
    title      VARCHAR(120),
    body       TEXT,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (product_id, user_id)
);
