-- roastery: a chain of coffee roasters and cafes (brief s14 of session 8): loyalty members with tiers and
-- points, coupons that take a percent off, till sales, purchase orders to green-coffee suppliers and their
-- shipments, roast batches that last minutes, cupping scores and star reviews. A domain no other scope
-- schema covers; each table has one money column, so a bare amount has one place to go.
CREATE TYPE po_status AS ENUM ('draft', 'sent', 'received', 'cancelled');
CREATE TABLE suppliers (id serial PRIMARY KEY, name text NOT NULL UNIQUE, country char(2) NOT NULL,
                        email text, is_active boolean NOT NULL DEFAULT true,
                        lead_time_days smallint NOT NULL CHECK (lead_time_days BETWEEN 1 AND 120));
CREATE TABLE cafes (id serial PRIMARY KEY, name text NOT NULL, city text NOT NULL, opened_on date NOT NULL,
                    seats smallint NOT NULL CHECK (seats BETWEEN 0 AND 200), has_roaster boolean NOT NULL DEFAULT false);
CREATE TABLE members (id bigserial PRIMARY KEY, email text UNIQUE, full_name text NOT NULL, phone text,
                      tier text NOT NULL CHECK (tier IN ('bronze', 'silver', 'gold', 'platinum')),
                      points int NOT NULL DEFAULT 0 CHECK (points >= 0), is_active boolean NOT NULL DEFAULT true,
                      joined_at timestamptz NOT NULL, birthday date);
CREATE TABLE coupons (id serial PRIMARY KEY, code varchar(16) NOT NULL UNIQUE,
                      percent_off smallint NOT NULL CHECK (percent_off BETWEEN 1 AND 90),
                      max_uses int CHECK (max_uses > 0), valid_from date NOT NULL, valid_until date NOT NULL,
                      CHECK (valid_until > valid_from));
CREATE TABLE beans (id serial PRIMARY KEY, name text NOT NULL, origin char(2) NOT NULL,
                    roast_level text NOT NULL CHECK (roast_level IN ('light', 'medium', 'dark')),
                    bag_weight_g int NOT NULL CHECK (bag_weight_g BETWEEN 100 AND 5000),
                    retail_price numeric(7,2) NOT NULL CHECK (retail_price > 0), is_decaf boolean NOT NULL DEFAULT false);
CREATE TABLE sales (id bigserial PRIMARY KEY, cafe_id int NOT NULL REFERENCES cafes, member_id bigint REFERENCES members,
                    coupon_id int REFERENCES coupons,
                    status text NOT NULL CHECK (status IN ('open', 'paid', 'refunded', 'voided')),
                    total_amount numeric(9,2) NOT NULL CHECK (total_amount >= 0),
                    currency char(3) NOT NULL DEFAULT 'EUR' CHECK (currency IN ('EUR', 'USD', 'GBP')),
                    sold_at timestamptz NOT NULL);
CREATE TABLE purchase_orders (id bigserial PRIMARY KEY, supplier_id int NOT NULL REFERENCES suppliers,
                              cafe_id int NOT NULL REFERENCES cafes, status po_status NOT NULL,
                              total_amount numeric(12,2) NOT NULL CHECK (total_amount > 0),
                              currency char(3) NOT NULL CHECK (currency IN ('EUR', 'USD', 'GBP')),
                              ordered_at timestamptz NOT NULL, received_at timestamptz,
                              CHECK (received_at IS NULL OR received_at >= ordered_at));
CREATE TABLE po_lines (po_id bigint NOT NULL REFERENCES purchase_orders, line_no smallint NOT NULL,
                       bean_id int NOT NULL REFERENCES beans, quantity_kg numeric(8,2) NOT NULL CHECK (quantity_kg > 0),
                       unit_cost numeric(8,2) NOT NULL CHECK (unit_cost > 0), PRIMARY KEY (po_id, line_no));
CREATE TABLE shipments (id bigserial PRIMARY KEY, po_id bigint NOT NULL REFERENCES purchase_orders,
                        carrier text NOT NULL CHECK (carrier IN ('dhl', 'maersk', 'ups', 'local_courier')),
                        gross_weight_kg numeric(9,2) NOT NULL CHECK (gross_weight_kg > 0),
                        shipped_at timestamptz NOT NULL, delivered_at timestamptz,
                        CHECK (delivered_at IS NULL OR delivered_at >= shipped_at));
CREATE TABLE roast_batches (id bigserial PRIMARY KEY, cafe_id int NOT NULL REFERENCES cafes,
                            bean_id int NOT NULL REFERENCES beans, started_at timestamptz NOT NULL,
                            duration_minutes smallint NOT NULL CHECK (duration_minutes BETWEEN 6 AND 30),
                            charge_temp_c smallint NOT NULL CHECK (charge_temp_c BETWEEN 150 AND 250),
                            yield_kg numeric(6,2) NOT NULL CHECK (yield_kg > 0));
CREATE TABLE cuppings (id bigserial PRIMARY KEY, batch_id bigint NOT NULL REFERENCES roast_batches,
                       score numeric(4,1) NOT NULL CHECK (score BETWEEN 0 AND 100), notes text, cupped_at timestamptz NOT NULL);
CREATE TABLE reviews (id bigserial PRIMARY KEY, cafe_id int NOT NULL REFERENCES cafes,
                      member_id bigint REFERENCES members, stars smallint NOT NULL CHECK (stars BETWEEN 1 AND 5),
                      body text, created_at timestamptz NOT NULL);
