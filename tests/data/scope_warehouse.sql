-- A warehouse / logistics schema (the lead's set 14, session 8; see tests/data/scope_heldout14_lead.txt).
CREATE TYPE po_status AS ENUM ('draft', 'sent', 'confirmed', 'received', 'cancelled');
CREATE TABLE suppliers (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE,
    country char(2) NOT NULL,
    contact_email text,
    preferred boolean NOT NULL DEFAULT false,
    lead_time_days int NOT NULL CHECK (lead_time_days BETWEEN 1 AND 120),
    onboarded_at timestamptz NOT NULL
);
CREATE TABLE warehouses (
    id serial PRIMARY KEY,
    code varchar(8) NOT NULL UNIQUE,
    city text NOT NULL,
    capacity_pallets int NOT NULL CHECK (capacity_pallets > 0),
    is_bonded boolean NOT NULL DEFAULT false,
    opened_on date NOT NULL
);
CREATE TABLE skus (
    id serial PRIMARY KEY,
    sku_code varchar(16) NOT NULL UNIQUE,
    description text NOT NULL,
    category text NOT NULL CHECK (category IN ('electronics', 'apparel', 'food', 'furniture', 'toys')),
    weight_kg numeric(8,3) NOT NULL CHECK (weight_kg > 0),
    unit_cost numeric(10,2) NOT NULL,
    hazardous boolean NOT NULL DEFAULT false,
    discontinued_at timestamptz
);
CREATE TABLE stock_levels (
    warehouse_id int NOT NULL REFERENCES warehouses,
    sku_id int NOT NULL REFERENCES skus,
    on_hand int NOT NULL CHECK (on_hand >= 0),
    reorder_point int NOT NULL DEFAULT 10,
    PRIMARY KEY (warehouse_id, sku_id)
);
CREATE TABLE purchase_orders (
    id bigserial PRIMARY KEY,
    supplier_id int NOT NULL REFERENCES suppliers,
    warehouse_id int NOT NULL REFERENCES warehouses,
    status po_status NOT NULL,
    currency char(3) NOT NULL CHECK (currency IN ('USD', 'EUR', 'CNY')),
    total_amount numeric(12,2) NOT NULL CHECK (total_amount >= 0),
    ordered_at timestamptz NOT NULL,
    expected_at timestamptz,
    received_at timestamptz
);
CREATE TABLE po_lines (
    id bigserial PRIMARY KEY,
    purchase_order_id bigint NOT NULL REFERENCES purchase_orders,
    sku_id int NOT NULL REFERENCES skus,
    quantity int NOT NULL CHECK (quantity > 0),
    unit_price numeric(10,2) NOT NULL
);
CREATE TABLE shipments (
    id bigserial PRIMARY KEY,
    warehouse_id int NOT NULL REFERENCES warehouses,
    carrier text NOT NULL CHECK (carrier IN ('dhl', 'ups', 'fedex', 'maersk')),
    tracking_number varchar(30),
    mode text NOT NULL CHECK (mode IN ('air', 'sea', 'road', 'rail')),
    dispatched_at timestamptz NOT NULL,
    delivered_at timestamptz,
    is_express boolean NOT NULL DEFAULT false
);
CREATE TABLE shipment_items (
    id bigserial PRIMARY KEY,
    shipment_id bigint NOT NULL REFERENCES shipments,
    sku_id int NOT NULL REFERENCES skus,
    qty int NOT NULL CHECK (qty > 0)
);
CREATE TABLE stock_movements (
    id bigserial PRIMARY KEY,
    warehouse_id int NOT NULL REFERENCES warehouses,
    sku_id int NOT NULL REFERENCES skus,
    kind text NOT NULL CHECK (kind IN ('inbound', 'outbound', 'adjustment', 'transfer')),
    quantity int NOT NULL,
    moved_at timestamptz NOT NULL,
    reason text
);
