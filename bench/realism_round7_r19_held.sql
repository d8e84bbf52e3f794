-- Utility smart-meter platform
CREATE TYPE meter_kind AS ENUM ('electricity', 'gas', 'water');
CREATE TYPE read_quality AS ENUM ('actual', 'estimated', 'customer');

CREATE TABLE customers (
    customer_id serial PRIMARY KEY,
    account_number varchar(16) NOT NULL UNIQUE,
    full_name varchar(120) NOT NULL,
    email varchar(160),
    phone varchar(30),
    tariff_code varchar(12),
    opened_on date NOT NULL,
    closed_on date
);

CREATE TABLE service_points (
    id serial PRIMARY KEY,
    customer_id int NOT NULL REFERENCES customers(customer_id),
    mpan varchar(21) UNIQUE,
    street varchar(120),
    city varchar(60),
    postcode varchar(10),
    supply_capacity_kva numeric(6,1)
);

CREATE TABLE meters (
    meter_id serial PRIMARY KEY,
    service_point_id int NOT NULL REFERENCES service_points(id),
    serial_no varchar(20) NOT NULL UNIQUE,
    kind meter_kind NOT NULL,
    manufacturer varchar(60),
    installed_on date NOT NULL,
    register_digits smallint DEFAULT 6,
    firmware_version varchar(20),
    is_smart boolean NOT NULL DEFAULT true
);

CREATE TABLE meter_readings (
    reading_id bigserial PRIMARY KEY,
    meter_id int NOT NULL REFERENCES meters(meter_id),
    read_at timestamptz NOT NULL,
    register_reading numeric(12,3) NOT NULL,
    consumption_kwh numeric(10,3),
    quality read_quality NOT NULL DEFAULT 'actual',
    read_count int
);

CREATE TABLE tariffs (
    id serial PRIMARY KEY,
    code varchar(12) NOT NULL UNIQUE,
    name varchar(80) NOT NULL,
    unit_rate_pence numeric(7,3) NOT NULL,
    standing_charge_pence numeric(7,3),
    valid_from date NOT NULL,
    valid_to date,
    version smallint NOT NULL DEFAULT 1
);

CREATE TABLE bills (
    bill_id bigserial PRIMARY KEY,
    customer_id int NOT NULL REFERENCES customers(customer_id),
    period_start date NOT NULL,
    period_end date NOT NULL,
    units_kwh numeric(10,2),
    energy_charge numeric(10,2),
    standing_charge numeric(10,2),
    vat_amount numeric(10,2),
    total_due numeric(10,2) NOT NULL,
    issued_at timestamptz
);

CREATE TABLE account_transactions (
    txn_id bigserial PRIMARY KEY,
    customer_id int NOT NULL REFERENCES customers(customer_id),
    posted_at timestamptz NOT NULL,
    txn_type varchar(20) NOT NULL,
    amount numeric(10,2) NOT NULL,
    balance_before numeric(12,2),
    balance_after numeric(12,2),
    reference varchar(40)
);

CREATE TABLE outages (
    outage_id serial PRIMARY KEY,
    service_point_id int REFERENCES service_points(id),
    started_at timestamptz NOT NULL,
    restored_at timestamptz,
    duration_minutes int,
    customers_affected int,
    cause text
);

CREATE TABLE meter_events (
    id bigserial PRIMARY KEY,
    meter_id int NOT NULL REFERENCES meters(meter_id),
    occurred_at timestamptz NOT NULL,
    event_code varchar(12),
    tamper_count int DEFAULT 0,
    power_fail_count int,
    payload jsonb
);
