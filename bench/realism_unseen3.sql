-- Held-out schema of round 3 (issue 10): a warehouse and its delivery fleet. Written before any round-3
-- change and scored before and after; no rule may name one of its tables or columns.
CREATE TYPE shipment_status AS ENUM ('created', 'picked', 'packed', 'in_transit', 'delivered', 'returned', 'lost');
CREATE TABLE warehouses (id serial PRIMARY KEY, code varchar(8) NOT NULL UNIQUE, name varchar(80) NOT NULL,
  address_line1 varchar(120), city varchar(60), postcode varchar(12), country_code char(2), latitude numeric(9,6),
  longitude numeric(9,6), floor_area_m2 integer, dock_doors smallint, opens_at time, closes_at time,
  timezone varchar(40), is_bonded boolean NOT NULL DEFAULT false);
CREATE TABLE storage_locations (id serial PRIMARY KEY, warehouse_id int NOT NULL REFERENCES warehouses,
  aisle varchar(4) NOT NULL, rack smallint NOT NULL, shelf smallint NOT NULL, bin varchar(4) NOT NULL,
  location_type varchar(12) NOT NULL CHECK (location_type IN ('pick', 'reserve', 'bulk', 'cold', 'quarantine')),
  max_weight_kg numeric(7,2), temperature_min_c numeric(4,1), temperature_max_c numeric(4,1),
  UNIQUE (warehouse_id, aisle, rack, shelf, bin));
CREATE TABLE skus (id serial PRIMARY KEY, sku_code varchar(20) NOT NULL UNIQUE, description varchar(200) NOT NULL,
  uom varchar(6) NOT NULL, gtin varchar(14), weight_grams integer, length_mm integer, width_mm integer, height_mm integer,
  hazmat_class varchar(4), is_serialized boolean NOT NULL DEFAULT false, reorder_level integer, unit_cost numeric(10,2),
  created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE stock_levels (id serial PRIMARY KEY, sku_id int NOT NULL REFERENCES skus, location_id int NOT NULL REFERENCES storage_locations,
  lot_number varchar(20), expiry_date date, qty_on_hand integer NOT NULL CHECK (qty_on_hand >= 0), qty_reserved integer NOT NULL DEFAULT 0,
  last_counted_at timestamptz, UNIQUE (sku_id, location_id, lot_number));
CREATE TABLE vehicles (id serial PRIMARY KEY, registration_plate varchar(12) NOT NULL UNIQUE, vin char(17) UNIQUE,
  make varchar(30), model varchar(40), model_year smallint, fuel_type varchar(10) CHECK (fuel_type IN ('diesel', 'petrol', 'electric', 'hybrid', 'lng')),
  payload_capacity_kg integer, odometer_km integer, home_warehouse_id int REFERENCES warehouses, in_service boolean NOT NULL DEFAULT true,
  next_service_due date, purchased_on date);
CREATE TABLE drivers (id serial PRIMARY KEY, first_name varchar(40) NOT NULL, last_name varchar(40) NOT NULL, phone varchar(20),
  licence_number varchar(20) NOT NULL UNIQUE, licence_class varchar(4), licence_expires date, hired_on date,
  shift_start time, shift_end time, hourly_rate numeric(6,2), is_active boolean NOT NULL DEFAULT true);
CREATE TABLE routes (id serial PRIMARY KEY, vehicle_id int NOT NULL REFERENCES vehicles, driver_id int NOT NULL REFERENCES drivers,
  route_date date NOT NULL, planned_departure timestamptz NOT NULL, actual_departure timestamptz, actual_return timestamptz,
  planned_distance_km numeric(7,1), stop_count smallint, fuel_used_litres numeric(6,2), status varchar(12) NOT NULL DEFAULT 'planned'
  CHECK (status IN ('planned', 'dispatched', 'completed', 'cancelled')));
CREATE TABLE shipments (id bigserial PRIMARY KEY, tracking_number varchar(24) NOT NULL UNIQUE, warehouse_id int NOT NULL REFERENCES warehouses,
  route_id int REFERENCES routes, consignee_name varchar(100), delivery_address text, delivery_postcode varchar(12),
  status shipment_status NOT NULL DEFAULT 'created', service_level varchar(12), parcel_count smallint NOT NULL DEFAULT 1,
  total_weight_kg numeric(8,2), declared_value numeric(10,2), currency char(3), shipped_at timestamptz, delivered_at timestamptz,
  proof_of_delivery jsonb, delivery_notes text, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE shipment_lines (id bigserial PRIMARY KEY, shipment_id bigint NOT NULL REFERENCES shipments, sku_id int NOT NULL REFERENCES skus,
  quantity integer NOT NULL CHECK (quantity > 0), picked_qty integer, lot_number varchar(20));
CREATE TABLE vehicle_incidents (id serial PRIMARY KEY, vehicle_id int NOT NULL REFERENCES vehicles, driver_id int REFERENCES drivers,
  occurred_at timestamptz NOT NULL, incident_type varchar(20), severity smallint CHECK (severity BETWEEN 1 AND 5),
  description text, repair_cost numeric(10,2), reported_at timestamptz, closed_at timestamptz);
