-- Brief s12 (session 8): a procurement and warehousing schema (suppliers, purchase orders and their lines,
-- stock keeping units, warehouses, inbound shipments, goods received notes, bills of materials, returns),
-- for the words people use for a schema's things: acronyms (POs, SKUs, BOMs, GRNs, RMAs), a child by its
-- last word (lines of a PO), columns by a paraphrase (stock on hand, lead times, headcount, room for pallets).
CREATE TYPE po_status AS ENUM ('draft', 'submitted', 'approved', 'received', 'cancelled');
CREATE TABLE suppliers (id serial PRIMARY KEY, name text NOT NULL, country char(2) NOT NULL,
                        employees_count int CHECK (employees_count > 0),
                        lead_time_days int NOT NULL CHECK (lead_time_days BETWEEN 0 AND 180),
                        is_preferred boolean NOT NULL DEFAULT false, onboarded_at timestamptz NOT NULL);
CREATE TABLE warehouses (id serial PRIMARY KEY, code varchar(8) NOT NULL UNIQUE, city text NOT NULL,
                         capacity_pallets int NOT NULL CHECK (capacity_pallets > 0),
                         is_bonded boolean NOT NULL DEFAULT false, opened_on date NOT NULL);
CREATE TABLE stock_keeping_units (id serial PRIMARY KEY, sku_code varchar(16) NOT NULL UNIQUE,
                                  description text NOT NULL, warehouse_id int NOT NULL REFERENCES warehouses,
                                  supplier_id int REFERENCES suppliers,
                                  unit_cost numeric(10,2) NOT NULL CHECK (unit_cost >= 0),
                                  on_hand int NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
                                  reorder_point int NOT NULL DEFAULT 0 CHECK (reorder_point >= 0),
                                  unit_of_measure text NOT NULL CHECK (unit_of_measure IN ('each', 'box', 'kg', 'litre', 'pallet')));
CREATE TABLE purchase_orders (id bigserial PRIMARY KEY, supplier_id int NOT NULL REFERENCES suppliers,
                              warehouse_id int NOT NULL REFERENCES warehouses, status po_status NOT NULL,
                              channel text NOT NULL CHECK (channel IN ('edi', 'email', 'portal', 'phone')),
                              payment_terms text NOT NULL CHECK (payment_terms IN ('net_30', 'net_60', 'prepaid')),
                              total_amount numeric(12,2) NOT NULL CHECK (total_amount >= 0),
                              ordered_at timestamptz NOT NULL, expected_on date);
CREATE TABLE po_lines (id bigserial PRIMARY KEY, purchase_order_id bigint NOT NULL REFERENCES purchase_orders,
                       sku_id int NOT NULL REFERENCES stock_keeping_units,
                       quantity_ordered int NOT NULL CHECK (quantity_ordered > 0),
                       unit_price numeric(10,2) NOT NULL CHECK (unit_price >= 0));
CREATE TABLE shipments (id bigserial PRIMARY KEY, purchase_order_id bigint NOT NULL REFERENCES purchase_orders,
                        carrier text NOT NULL CHECK (carrier IN ('dhl', 'ups', 'fedex', 'maersk', 'own_fleet')),
                        tracking_number varchar(40), weight_kg numeric(8,2) CHECK (weight_kg > 0),
                        dispatched_at timestamptz NOT NULL, delivered_at timestamptz,
                        CHECK (delivered_at IS NULL OR delivered_at >= dispatched_at));
CREATE TABLE shipment_items (id bigserial PRIMARY KEY, shipment_id bigint NOT NULL REFERENCES shipments,
                             po_line_id bigint NOT NULL REFERENCES po_lines,
                             quantity int NOT NULL CHECK (quantity > 0));
CREATE TABLE goods_received_notes (id bigserial PRIMARY KEY, shipment_id bigint NOT NULL REFERENCES shipments,
                                   inspection_result text NOT NULL CHECK (inspection_result IN ('passed', 'failed', 'partial')),
                                   received_at timestamptz NOT NULL);
CREATE TABLE bills_of_materials (id serial PRIMARY KEY, sku_id int NOT NULL REFERENCES stock_keeping_units,
                                 revision smallint NOT NULL DEFAULT 1 CHECK (revision BETWEEN 1 AND 50),
                                 approved_on date);
CREATE TABLE bom_components (id bigserial PRIMARY KEY, bill_of_materials_id int NOT NULL REFERENCES bills_of_materials,
                             component_sku_id int NOT NULL REFERENCES stock_keeping_units,
                             quantity numeric(10,3) NOT NULL CHECK (quantity > 0));
CREATE TABLE return_merchandise_authorizations (id bigserial PRIMARY KEY, po_line_id bigint NOT NULL REFERENCES po_lines,
                                                reason text NOT NULL CHECK (reason IN ('damaged', 'wrong_item', 'surplus', 'late')),
                                                quantity int NOT NULL CHECK (quantity > 0), raised_at timestamptz NOT NULL);
