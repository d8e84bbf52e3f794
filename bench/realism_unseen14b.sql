-- HELD-OUT schema of round 5 (r7, issue 10): an electric and gas utility's billing and metering
-- (customers, premises, service points, meters, readings incl. epoch and interval reads, rate plans,
-- bills and their lines, payments, outages, field work orders). Written before any r7 change and
-- sampled only for scoring; no rule may name one of its tables or columns.
CREATE TYPE account_status AS ENUM ('pending', 'active', 'suspended', 'final_billed', 'closed');
CREATE TYPE commodity AS ENUM ('electric', 'gas');
CREATE TYPE read_type AS ENUM ('actual', 'estimated', 'customer', 'ami');
CREATE TYPE bill_status AS ENUM ('draft', 'issued', 'partially_paid', 'paid', 'overdue', 'cancelled');
CREATE TYPE wo_state AS ENUM ('open', 'dispatched', 'on_site', 'completed', 'cancelled');

CREATE TABLE customers (
  customer_id bigserial PRIMARY KEY,
  account_number varchar(12) NOT NULL UNIQUE CHECK (account_number ~ '^[0-9]{10,12}$'),
  customer_type varchar(12) NOT NULL CHECK (customer_type IN ('residential', 'commercial', 'industrial')),
  first_name varchar(60),
  last_name varchar(60),
  company_name varchar(160),
  email varchar(160),
  phone varchar(24),
  status account_status NOT NULL DEFAULT 'pending',
  paperless smallint NOT NULL DEFAULT 0 CHECK (paperless IN (0,1)),
  credit_score smallint,
  deposit_amount numeric(10,2) DEFAULT 0,
  opened_on date NOT NULL,
  closed_on date,
  parent_account_id bigint REFERENCES customers(customer_id)
);
COMMENT ON COLUMN customers.parent_account_id IS 'Summary-billing parent for multi-site commercial accounts.';

CREATE TABLE premises (
  premise_id bigserial PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers(customer_id),
  street_address varchar(160) NOT NULL,
  city varchar(80) NOT NULL,
  state char(2) NOT NULL,
  zip varchar(10) NOT NULL,
  latitude numeric(9,6),
  longitude numeric(9,6),
  premise_type varchar(16) CHECK (premise_type IN ('single_family', 'apartment', 'office', 'retail', 'factory')),
  year_built smallint,
  sq_ft integer
);

CREATE TABLE rate_plans (
  rate_plan_id serial PRIMARY KEY,
  rate_code varchar(10) NOT NULL UNIQUE,
  name varchar(80) NOT NULL,
  commodity commodity NOT NULL,
  customer_class varchar(12) NOT NULL,
  basic_charge_monthly numeric(8,2) NOT NULL,
  energy_rate_per_kwh numeric(8,5),
  gas_rate_per_therm numeric(8,5),
  demand_charge_per_kw numeric(8,3),
  is_time_of_use boolean NOT NULL DEFAULT false,
  effective_date date NOT NULL,
  expiry_date date
);

CREATE TABLE service_points (
  service_point_id bigserial PRIMARY KEY,
  premise_id bigint NOT NULL REFERENCES premises(premise_id),
  sp_number varchar(16) NOT NULL UNIQUE,
  commodity commodity NOT NULL,
  rate_plan_id integer NOT NULL REFERENCES rate_plans(rate_plan_id),
  voltage_v integer,
  phase smallint CHECK (phase IN (1,3)),
  connected_on date,
  disconnected_on date
);

CREATE TABLE meters (
  meter_id bigserial PRIMARY KEY,
  service_point_id bigint REFERENCES service_points(service_point_id),
  meter_serial varchar(20) NOT NULL UNIQUE,
  manufacturer varchar(60),
  model varchar(40),
  meter_kind varchar(10) NOT NULL CHECK (meter_kind IN ('ami', 'amr', 'manual')),
  dial_count smallint DEFAULT 5,
  multiplier numeric(8,2) NOT NULL DEFAULT 1,
  installed_at timestamptz,
  removed_at timestamptz,
  firmware_ver varchar(16),
  last_comm_epoch bigint
);

CREATE TABLE meter_readings (
  reading_id bigserial PRIMARY KEY,
  meter_id bigint NOT NULL REFERENCES meters(meter_id),
  read_epoch bigint NOT NULL,
  reading_value numeric(12,2) NOT NULL,
  consumption numeric(12,3),
  uom varchar(6) NOT NULL CHECK (uom IN ('kWh', 'therm', 'CCF')),
  read_type read_type NOT NULL DEFAULT 'actual',
  reader_id varchar(12),
  is_validated smallint NOT NULL DEFAULT 0
);

CREATE TABLE interval_reads (
  meter_id bigint NOT NULL REFERENCES meters(meter_id),
  interval_start timestamptz NOT NULL,
  interval_minutes smallint NOT NULL DEFAULT 15 CHECK (interval_minutes IN (5, 15, 30, 60)),
  kwh numeric(10,4) NOT NULL,
  kw_demand numeric(10,3),
  quality_flag char(1) DEFAULT 'A' CHECK (quality_flag IN ('A', 'E', 'M')),
  PRIMARY KEY (meter_id, interval_start)
);

CREATE TABLE bills (
  bill_id bigserial PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers(customer_id),
  bill_number varchar(16) NOT NULL UNIQUE,
  period_start date NOT NULL,
  period_end date NOT NULL,
  bill_date date NOT NULL,
  due_date date NOT NULL,
  total_kwh numeric(12,3),
  total_therms numeric(12,3),
  subtotal numeric(12,2) NOT NULL,
  tax_amount numeric(10,2) NOT NULL DEFAULT 0,
  total_due numeric(12,2) NOT NULL,
  amount_paid numeric(12,2) NOT NULL DEFAULT 0,
  status bill_status NOT NULL DEFAULT 'draft',
  CHECK (period_end > period_start)
);

CREATE TABLE bill_lines (
  bill_line_id bigserial PRIMARY KEY,
  bill_id bigint NOT NULL REFERENCES bills(bill_id),
  line_no smallint NOT NULL,
  charge_type varchar(20) NOT NULL CHECK (charge_type IN ('basic', 'energy', 'demand', 'tax', 'rider', 'adjustment')),
  description varchar(120),
  quantity numeric(12,3),
  unit_rate numeric(10,5),
  amount numeric(12,2) NOT NULL,
  UNIQUE (bill_id, line_no)
);

CREATE TABLE payments (
  payment_id bigserial PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers(customer_id),
  bill_id bigint REFERENCES bills(bill_id),
  amount numeric(12,2) NOT NULL CHECK (amount > 0),
  paid_at timestamptz NOT NULL,
  method varchar(12) NOT NULL CHECK (method IN ('ach', 'card', 'check', 'cash', 'autopay')),
  confirmation_code varchar(20),
  reversed smallint NOT NULL DEFAULT 0
);

CREATE TABLE outages (
  outage_id serial PRIMARY KEY,
  feeder_id varchar(12) NOT NULL,
  cause varchar(40),
  started_at timestamptz NOT NULL,
  restored_at timestamptz,
  customers_affected integer NOT NULL DEFAULT 0,
  crew_count smallint,
  is_planned boolean NOT NULL DEFAULT false,
  geo_area jsonb
);

CREATE TABLE field_work_orders (
  fwo_id bigserial PRIMARY KEY,
  service_point_id bigint NOT NULL REFERENCES service_points(service_point_id),
  outage_id integer REFERENCES outages(outage_id),
  order_type varchar(20) NOT NULL CHECK (order_type IN ('connect', 'disconnect', 'meter_exchange', 'reread', 'repair')),
  state wo_state NOT NULL DEFAULT 'open',
  scheduled_date date,
  completed_at timestamptz,
  technician_name varchar(80),
  truck_no varchar(8),
  labor_hours numeric(5,2),
  remarks text,
  created_at timestamptz NOT NULL DEFAULT now()
);
