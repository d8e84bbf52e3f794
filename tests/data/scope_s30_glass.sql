CREATE TABLE suppliers (
    supplier_id     serial PRIMARY KEY,
    supplier_name   varchar(120) NOT NULL,
    kind            varchar(12) NOT NULL CHECK (kind IN ('council', 'bottle_bank', 'bar', 'bottler')),
    contract_start  date NOT NULL
);

CREATE TABLE deliveries (
    delivery_id     serial PRIMARY KEY,
    supplier_id     integer NOT NULL REFERENCES suppliers(supplier_id),
    colour          varchar(6) NOT NULL CHECK (colour IN ('clear', 'green', 'amber', 'mixed')),
    tonnes          numeric(6,2) NOT NULL CHECK (tonnes > 0),
    contamination_pct numeric(4,1) NOT NULL CHECK (contamination_pct BETWEEN 0 AND 100),
    weighed_at      timestamptz NOT NULL
);

CREATE TABLE furnace_batches (
    batch_id        serial PRIMARY KEY,
    cullet_tonnes   numeric(6,2) NOT NULL CHECK (cullet_tonnes > 0),
    melted_on       date NOT NULL
);

CREATE TABLE machines (
    machine_id      serial PRIMARY KEY,
    machine_name    varchar(80) NOT NULL,
    line_no         smallint NOT NULL CHECK (line_no BETWEEN 1 AND 6),
    commissioned_on date NOT NULL,
    decommissioned_on date
);

CREATE TABLE maintenance_jobs (
    job_id          serial PRIMARY KEY,
    machine_id      integer NOT NULL REFERENCES machines(machine_id),
    priority        varchar(8) NOT NULL CHECK (priority IN ('low', 'normal', 'urgent')),
    reported_at     timestamptz NOT NULL,
    closed_at       timestamptz
);

CREATE TABLE buyers (
    buyer_id        serial PRIMARY KEY,
    buyer_name      varchar(120) NOT NULL,
    country         char(2) NOT NULL
);

CREATE TABLE shipments (
    shipment_id     serial PRIMARY KEY,
    buyer_id        integer NOT NULL REFERENCES buyers(buyer_id),
    tonnes          numeric(7,2) NOT NULL CHECK (tonnes > 0),
    loaded_on       date NOT NULL
);

CREATE TABLE staff (
    staff_id        serial PRIMARY KEY,
    full_name       varchar(120) NOT NULL,
    role            varchar(20) NOT NULL CHECK (role IN ('operator', 'driver', 'engineer', 'supervisor')),
    started_on      date NOT NULL
);
