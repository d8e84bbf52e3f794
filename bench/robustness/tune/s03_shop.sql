-- Online shop: customers, addresses, products with variants, carts, orders, order lines, coupons
CREATE EXTENSION IF NOT EXISTS citext;

CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded');

CREATE DOMAIN sku AS varchar(16) CHECK (VALUE ~ '^[A-Z]{2,4}-[0-9]{3,6}(-[A-Z0-9]{1,4})?$');
CREATE DOMAIN country_iso2 AS char(2) CHECK (VALUE ~ '^[A-Z]{2}$');

CREATE TABLE customers (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email       text NOT NULL CHECK (email LIKE '%_@_%.__%' AND email = lower(email)),
    display_name varchar(40) NOT NULL CHECK (length(display_name) >= 2),
    marketing_opt_in boolean NOT NULL DEFAULT false,
    opt_in_at   timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    deleted_at  timestamptz,
    CHECK (marketing_opt_in = (opt_in_at IS NOT NULL)),
    CHECK (deleted_at IS NULL OR deleted_at > created_at)
);
-- emails are unique among non-deleted accounts, case-insensitively
CREATE UNIQUE INDEX customers_email_live ON customers (lower(email)) WHERE deleted_at IS NULL;

CREATE TABLE addresses (
    id          bigserial PRIMARY KEY,
    customer_id uuid NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    line1       text NOT NULL,
    line2       text,
    city        text NOT NULL,
    postcode    varchar(10) NOT NULL,
    country     country_iso2 NOT NULL,
    is_default  boolean NOT NULL DEFAULT false,
    CHECK (country <> 'US' OR postcode ~ '^[0-9]{5}(-[0-9]{4})?$'),
    CHECK (country <> 'GB' OR postcode ~* '^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$'),
    CHECK (country <> 'DE' OR postcode ~ '^[0-9]{5}$'),
    UNIQUE (id, customer_id)
);
-- at most one default address per customer
CREATE UNIQUE INDEX addresses_one_default ON addresses (customer_id) WHERE is_default;

CREATE TABLE products (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        varchar(80) NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title       text NOT NULL,
    attributes  jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(attributes) = 'object'),
    tags        text[] NOT NULL DEFAULT '{}' CHECK (cardinality(tags) <= 10),
    published   boolean NOT NULL DEFAULT false,
    CHECK (NOT published OR attributes ? 'brand')
);

CREATE TABLE variants (
    sku         sku PRIMARY KEY,
    product_id  integer NOT NULL REFERENCES products ON DELETE CASCADE,
    price       numeric(10,2) NOT NULL CHECK (price > 0),
    compare_at_price numeric(10,2),
    weight_grams integer NOT NULL CHECK (weight_grams BETWEEN 1 AND 70000),
    stock       integer NOT NULL DEFAULT 0 CHECK (stock >= 0),
    reserved    integer NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    CHECK (reserved <= stock),
    CHECK (compare_at_price IS NULL OR compare_at_price > price)
);

CREATE TABLE coupons (
    code        varchar(20) PRIMARY KEY CHECK (code = upper(code) AND code ~ '^[A-Z0-9]{4,20}$'),
    percent_off smallint CHECK (percent_off BETWEEN 1 AND 90),
    amount_off  numeric(8,2) CHECK (amount_off > 0),
    min_subtotal numeric(10,2) NOT NULL DEFAULT 0,
    valid_from  timestamptz NOT NULL,
    valid_until timestamptz,
    max_redemptions integer CHECK (max_redemptions > 0),
    CHECK (num_nonnulls(percent_off, amount_off) = 1),
    CHECK (valid_until IS NULL OR valid_until >= valid_from + interval '1 hour'),
    CHECK (amount_off IS NULL OR min_subtotal >= amount_off)
);

CREATE TABLE orders (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_number varchar(12) NOT NULL UNIQUE CHECK (order_number ~ '^SO-[0-9]{6,9}$'),
    customer_id  uuid NOT NULL REFERENCES customers ON DELETE RESTRICT,
    shipping_address_id bigint NOT NULL,
    status       order_status NOT NULL DEFAULT 'pending',
    coupon_code  varchar(20) REFERENCES coupons ON DELETE SET NULL,
    subtotal     numeric(12,2) NOT NULL CHECK (subtotal >= 0),
    discount     numeric(12,2) NOT NULL DEFAULT 0 CHECK (discount >= 0),
    shipping_fee numeric(8,2) NOT NULL DEFAULT 0 CHECK (shipping_fee >= 0),
    tax          numeric(10,2) NOT NULL DEFAULT 0 CHECK (tax >= 0),
    total        numeric(12,2) NOT NULL,
    placed_at    timestamptz NOT NULL DEFAULT now(),
    paid_at      timestamptz,
    shipped_at   timestamptz,
    tracking_number varchar(30),
    -- the address must belong to the ordering customer
    FOREIGN KEY (shipping_address_id, customer_id) REFERENCES addresses (id, customer_id),
    CHECK (discount <= subtotal),
    CHECK (total = subtotal - discount + shipping_fee + tax),
    CHECK (discount = 0 OR coupon_code IS NOT NULL),
    CHECK (status IN ('pending', 'cancelled') OR paid_at IS NOT NULL),
    CHECK (status NOT IN ('shipped', 'delivered') OR (shipped_at IS NOT NULL AND tracking_number IS NOT NULL)),
    CHECK (paid_at IS NULL OR paid_at >= placed_at),
    CHECK (shipped_at IS NULL OR (paid_at IS NOT NULL AND shipped_at >= paid_at))
);

CREATE TABLE order_lines (
    order_id   bigint NOT NULL REFERENCES orders ON DELETE CASCADE,
    line_no    smallint NOT NULL CHECK (line_no BETWEEN 1 AND 200),
    sku        sku NOT NULL REFERENCES variants ON UPDATE CASCADE,
    quantity   integer NOT NULL CHECK (quantity > 0 AND quantity <= 99),
    unit_price numeric(10,2) NOT NULL CHECK (unit_price >= 0),
    line_discount numeric(10,2) NOT NULL DEFAULT 0,
    line_total numeric(12,2) GENERATED ALWAYS AS (quantity * unit_price - line_discount) STORED,
    PRIMARY KEY (order_id, line_no),
    UNIQUE (order_id, sku),
    CHECK (line_discount >= 0 AND line_discount <= quantity * unit_price)
);

CREATE VIEW open_orders AS
    SELECT o.order_number, c.email, o.total FROM orders o JOIN customers c ON c.id = o.customer_id
    WHERE o.status IN ('pending', 'paid');
