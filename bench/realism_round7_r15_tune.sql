-- Regional courier / field-service company
CREATE TYPE job_status AS ENUM ('booked', 'dispatched', 'on_site', 'completed', 'cancelled');

CREATE TABLE depots (
    depot_id        serial PRIMARY KEY,
    depot_name      varchar(80) NOT NULL,
    depot_code      char(4) NOT NULL UNIQUE,
    region          varchar(40),
    postcode        varchar(10),
    manager         varchar(100),
    opened_on       date,
    floor_area_m2   numeric(8,1)
);

CREATE TABLE engineers (
    engineer_id     serial PRIMARY KEY,
    depot_id        int NOT NULL REFERENCES depots(depot_id),
    full_name       varchar(120) NOT NULL,
    payroll_no      char(6) NOT NULL UNIQUE,
    grade           varchar(20),
    van_reg         varchar(8),
    mobile          varchar(20),
    supervisor      varchar(100),
    hired_on        date NOT NULL,
    active          boolean NOT NULL DEFAULT true
);

CREATE TABLE contractors (
    contractor_id   serial PRIMARY KEY,
    contractor_name varchar(120) NOT NULL,
    trade           varchar(40),
    vat_number      varchar(14),
    insurer         varchar(80),
    contact_email   varchar(120),
    day_rate_gbp    numeric(7,2)
);

CREATE TABLE customers (
    customer_id     serial PRIMARY KEY,
    company_name    varchar(120),
    account_ref     char(8) NOT NULL UNIQUE,
    billing_city    varchar(60),
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE jobs (
    job_id          bigserial PRIMARY KEY,
    customer_id     int NOT NULL REFERENCES customers(customer_id),
    engineer_id     int REFERENCES engineers(engineer_id),
    contractor_id   int REFERENCES contractors(contractor_id),
    job_ref         varchar(12) NOT NULL UNIQUE,
    status          job_status NOT NULL DEFAULT 'booked',
    site_name       varchar(100),
    fault_code      char(5),
    dispatcher      varchar(100),
    booked_at       timestamptz NOT NULL,
    attended_at     timestamptz,
    completed_at    timestamptz,
    labour_mins     int,
    parts_cost      numeric(9,2)
);

CREATE TABLE consignments (
    consignment_id  bigserial PRIMARY KEY,
    origin_depot_id int NOT NULL REFERENCES depots(depot_id),
    dest_depot_id   int NOT NULL REFERENCES depots(depot_id),
    tracking_no     varchar(18) NOT NULL UNIQUE,
    service_level   varchar(30),
    weight_kg       numeric(7,2),
    driver          varchar(100),
    carrier         varchar(80),
    collected_at    timestamptz,
    delivered_at    timestamptz,
    signed_by       varchar(80)
);

CREATE TABLE parts (
    part_id         serial PRIMARY KEY,
    part_no         char(10) NOT NULL UNIQUE,
    description     varchar(200),
    supplier        varchar(100),
    warehouse       varchar(60),
    unit_cost       numeric(8,2),
    qty_on_hand     int NOT NULL DEFAULT 0
);

CREATE TABLE job_parts (
    job_id          bigint NOT NULL REFERENCES jobs(job_id),
    part_id         int NOT NULL REFERENCES parts(part_id),
    qty             int NOT NULL CHECK (qty > 0),
    fitted_by       varchar(100),
    PRIMARY KEY (job_id, part_id)
);

CREATE TABLE inspections (
    inspection_id   serial PRIMARY KEY,
    job_id          bigint NOT NULL REFERENCES jobs(job_id),
    inspector       varchar(100) NOT NULL,
    inspected_on    date NOT NULL,
    outcome         varchar(20),
    score_pct       smallint CHECK (score_pct BETWEEN 0 AND 100),
    notes           text
);
