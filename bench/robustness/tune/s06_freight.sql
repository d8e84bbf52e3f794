-- Freight / parcel logistics: depots, carriers, shipments (range-partitioned by month),
-- tracking events (list-partitioned by region), packages
CREATE TYPE service_level AS ENUM ('economy', 'standard', 'express', 'same_day');

CREATE TABLE depots (
    depot_code  char(5) PRIMARY KEY CHECK (depot_code ~ '^[A-Z]{3}[0-9]{2}$'),
    region      text NOT NULL CHECK (region IN ('north', 'south', 'east', 'west')),
    city        text NOT NULL,
    latitude    numeric(8,6) NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude   numeric(9,6) NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    dock_doors  smallint NOT NULL CHECK (dock_doors > 0),
    hub_code    char(5) REFERENCES depots (depot_code),
    CHECK (hub_code IS NULL OR hub_code <> depot_code)
);

CREATE TABLE carriers (
    carrier_id  smallint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scac        char(4) NOT NULL UNIQUE CHECK (scac ~ '^[A-Z]{2,4}$'),
    name        text NOT NULL,
    max_weight_kg numeric(7,1) NOT NULL CHECK (max_weight_kg > 0),
    services    service_level[] NOT NULL CHECK (cardinality(services) BETWEEN 1 AND 4)
);

CREATE TABLE shipments (
    shipment_id   bigint GENERATED ALWAYS AS IDENTITY,
    created_on    date NOT NULL DEFAULT current_date,
    tracking_no   varchar(20) NOT NULL,
    carrier_id    smallint NOT NULL REFERENCES carriers,
    service       service_level NOT NULL,
    origin        char(5) NOT NULL REFERENCES depots,
    destination   char(5) NOT NULL REFERENCES depots,
    declared_value numeric(12,2) CHECK (declared_value >= 0),
    insured       boolean NOT NULL DEFAULT false,
    promised_by   date NOT NULL,
    delivered_at  timestamptz,
    signed_by     text,
    PRIMARY KEY (shipment_id, created_on),
    UNIQUE (tracking_no, created_on),
    CHECK (origin <> destination),
    CHECK (tracking_no ~ '^[A-Z]{2}[0-9]{9}[A-Z]{2}$' OR tracking_no ~ '^1Z[0-9A-Z]{16}$'),
    CHECK (NOT insured OR declared_value > 0),
    CHECK (promised_by >= created_on AND promised_by <= created_on + 30),
    CHECK (CASE service WHEN 'same_day' THEN promised_by = created_on
                        WHEN 'express'  THEN promised_by <= created_on + 2
                        ELSE promised_by > created_on END),
    CHECK (delivered_at IS NULL OR delivered_at::date >= created_on),
    CHECK (signed_by IS NULL OR delivered_at IS NOT NULL)
) PARTITION BY RANGE (created_on);

CREATE TABLE shipments_2024 PARTITION OF shipments FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE shipments_2025h1 PARTITION OF shipments FOR VALUES FROM ('2025-01-01') TO ('2025-07-01');
CREATE TABLE shipments_2025h2 PARTITION OF shipments FOR VALUES FROM ('2025-07-01') TO ('2026-01-01');
CREATE TABLE shipments_2026 PARTITION OF shipments FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

-- carrier must offer the chosen service
CREATE FUNCTION shipment_service_offered() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM carriers c WHERE c.carrier_id = NEW.carrier_id AND NEW.service = ANY (c.services)) THEN
        RAISE EXCEPTION 'carrier % does not offer % service', NEW.carrier_id, NEW.service;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER shipment_service_offered BEFORE INSERT OR UPDATE ON shipments
    FOR EACH ROW EXECUTE FUNCTION shipment_service_offered();

CREATE TABLE packages (
    shipment_id bigint NOT NULL,
    created_on  date NOT NULL,
    seq         smallint NOT NULL CHECK (seq BETWEEN 1 AND 99),
    weight_kg   numeric(6,2) NOT NULL CHECK (weight_kg > 0),
    length_cm   smallint NOT NULL CHECK (length_cm > 0),
    width_cm    smallint NOT NULL CHECK (width_cm > 0),
    height_cm   smallint NOT NULL CHECK (height_cm > 0),
    volumetric_kg numeric(8,2) GENERATED ALWAYS AS (round(length_cm * width_cm * height_cm / 5000.0, 2)) STORED,
    hazmat_class varchar(3) CHECK (hazmat_class ~ '^[1-9](\.[1-6])?$'),
    PRIMARY KEY (shipment_id, created_on, seq),
    FOREIGN KEY (shipment_id, created_on) REFERENCES shipments (shipment_id, created_on) ON DELETE CASCADE,
    -- girth rule: length + 2*(width + height) at most 300 cm, longest side first
    CHECK (length_cm + 2 * (width_cm + height_cm) <= 300),
    CHECK (length_cm >= width_cm AND width_cm >= height_cm)
);

-- total package weight may not exceed the carrier limit
CREATE FUNCTION package_weight_limit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE lim numeric; tot numeric;
BEGIN
    SELECT c.max_weight_kg INTO lim FROM shipments s JOIN carriers c USING (carrier_id)
      WHERE s.shipment_id = NEW.shipment_id AND s.created_on = NEW.created_on;
    SELECT COALESCE(sum(weight_kg), 0) + NEW.weight_kg INTO tot FROM packages
      WHERE shipment_id = NEW.shipment_id AND created_on = NEW.created_on AND seq <> NEW.seq;
    IF tot > lim THEN
        RAISE EXCEPTION 'shipment % weighs % kg, carrier limit is % kg', NEW.shipment_id, tot, lim;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER package_weight_limit BEFORE INSERT OR UPDATE ON packages
    FOR EACH ROW EXECUTE FUNCTION package_weight_limit();

CREATE TABLE tracking_events (
    event_id    bigint GENERATED ALWAYS AS IDENTITY,
    region      text NOT NULL,
    shipment_id bigint NOT NULL,
    created_on  date NOT NULL,
    depot_code  char(5) REFERENCES depots,
    event_code  char(2) NOT NULL CHECK (event_code IN ('PU', 'AR', 'DP', 'OD', 'DL', 'EX', 'RT')),
    occurred_at timestamptz NOT NULL,
    scanner_ip  inet,
    note        text CHECK (char_length(note) <= 280),
    PRIMARY KEY (event_id, region),
    FOREIGN KEY (shipment_id, created_on) REFERENCES shipments (shipment_id, created_on) ON DELETE CASCADE,
    CHECK (occurred_at >= created_on::timestamptz),
    CHECK (event_code NOT IN ('AR', 'DP') OR depot_code IS NOT NULL),
    CHECK (event_code <> 'EX' OR note IS NOT NULL),
    CHECK (scanner_ip << '10.0.0.0/8'::inet OR scanner_ip << '172.16.0.0/12'::inet)
) PARTITION BY LIST (region);

CREATE TABLE tracking_events_north PARTITION OF tracking_events FOR VALUES IN ('north');
CREATE TABLE tracking_events_south PARTITION OF tracking_events FOR VALUES IN ('south');
CREATE TABLE tracking_events_eastwest PARTITION OF tracking_events FOR VALUES IN ('east', 'west');

CREATE VIEW late_shipments AS
    SELECT shipment_id, tracking_no, promised_by FROM shipments
    WHERE delivered_at IS NULL AND promised_by < current_date;
