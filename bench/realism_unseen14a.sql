-- Tune schema of round 5 (r7, issue 10): a discrete manufacturing plant's MES (plants, lines,
-- machines, shifts, operators, parts and BOM, routings, work orders and their operations, material
-- lots, downtime, inspections and defects, maintenance orders). Written before any r7 change;
-- no rule may name one of its tables or columns.
CREATE TYPE wo_status AS ENUM ('planned', 'released', 'in_progress', 'completed', 'closed', 'cancelled');
CREATE TYPE machine_state AS ENUM ('running', 'idle', 'setup', 'down', 'retired');
CREATE TYPE lot_status AS ENUM ('received', 'quarantine', 'released', 'consumed', 'rejected');
CREATE TYPE inspection_result AS ENUM ('pass', 'fail', 'conditional');
CREATE TYPE mo_priority AS ENUM ('low', 'medium', 'high', 'critical');

CREATE TABLE plants (
  plant_id serial PRIMARY KEY,
  plant_code char(4) NOT NULL UNIQUE CHECK (plant_code ~ '^P[0-9]{3}$'),
  name varchar(120) NOT NULL,
  country_code char(2) NOT NULL,
  city varchar(80) NOT NULL,
  timezone varchar(40) NOT NULL DEFAULT 'Europe/Berlin',
  floor_area_m2 integer CHECK (floor_area_m2 > 0),
  opened_on date,
  is_active boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE plants IS 'Manufacturing sites.';

CREATE TABLE production_lines (
  line_id serial PRIMARY KEY,
  plant_id integer NOT NULL REFERENCES plants(plant_id),
  line_code varchar(12) NOT NULL UNIQUE,
  name varchar(80) NOT NULL,
  takt_time_sec numeric(7,1) CHECK (takt_time_sec > 0),
  design_capacity_per_hour integer,
  oee_target_pct numeric(5,2) DEFAULT 85.00 CHECK (oee_target_pct BETWEEN 0 AND 100),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE machines (
  machine_id serial PRIMARY KEY,
  line_id integer NOT NULL REFERENCES production_lines(line_id),
  asset_tag varchar(16) NOT NULL UNIQUE,
  name varchar(80) NOT NULL,
  manufacturer varchar(80),
  model_no varchar(40),
  serial_no varchar(40) UNIQUE,
  state machine_state NOT NULL DEFAULT 'idle',
  install_date date,
  rated_power_kw numeric(8,2),
  run_hours numeric(10,1) NOT NULL DEFAULT 0,
  last_pm_date date,
  pm_interval_days smallint DEFAULT 90
);
COMMENT ON COLUMN machines.run_hours IS 'Cumulative hour meter reading.';

CREATE TABLE shifts (
  shift_id serial PRIMARY KEY,
  plant_id integer NOT NULL REFERENCES plants(plant_id),
  shift_name varchar(20) NOT NULL,
  start_time time NOT NULL,
  end_time time NOT NULL,
  break_minutes smallint NOT NULL DEFAULT 30
);

CREATE TABLE operators (
  operator_id serial PRIMARY KEY,
  plant_id integer NOT NULL REFERENCES plants(plant_id),
  badge_no varchar(10) NOT NULL UNIQUE,
  first_name varchar(60) NOT NULL,
  last_name varchar(60) NOT NULL,
  supervisor_id integer REFERENCES operators(operator_id),
  default_shift_id integer REFERENCES shifts(shift_id),
  skill_level smallint CHECK (skill_level BETWEEN 1 AND 5),
  hourly_rate numeric(6,2),
  hired_on date NOT NULL,
  isActive smallint NOT NULL DEFAULT 1 CHECK (isActive IN (0,1))
);

CREATE TABLE parts (
  part_id serial PRIMARY KEY,
  part_number varchar(20) NOT NULL UNIQUE,
  revision char(2) NOT NULL DEFAULT 'A',
  description varchar(200) NOT NULL,
  part_type varchar(16) NOT NULL CHECK (part_type IN ('raw', 'purchased', 'subassembly', 'finished')),
  uom varchar(6) NOT NULL DEFAULT 'EA' CHECK (uom IN ('EA', 'KG', 'M', 'L', 'M2')),
  std_cost numeric(12,4),
  weight_kg numeric(9,3),
  lead_time_days smallint,
  safety_stock numeric(12,3) DEFAULT 0,
  drawing_url text
);

CREATE TABLE bom_items (
  bom_item_id serial PRIMARY KEY,
  parent_part_id integer NOT NULL REFERENCES parts(part_id),
  component_part_id integer NOT NULL REFERENCES parts(part_id),
  find_no smallint NOT NULL,
  qty_per numeric(12,4) NOT NULL CHECK (qty_per > 0),
  uom varchar(6) NOT NULL,
  scrap_factor_pct numeric(5,2) DEFAULT 0,
  effective_from date NOT NULL,
  effective_to date,
  UNIQUE (parent_part_id, find_no)
);

CREATE TABLE routing_steps (
  routing_step_id serial PRIMARY KEY,
  part_id integer NOT NULL REFERENCES parts(part_id),
  op_seq smallint NOT NULL,
  op_code varchar(10) NOT NULL,
  work_center varchar(20),
  setup_min numeric(7,2) NOT NULL DEFAULT 0,
  run_sec_per_unit numeric(8,2) NOT NULL,
  instructions text,
  UNIQUE (part_id, op_seq)
);

CREATE TABLE work_orders (
  work_order_id bigserial PRIMARY KEY,
  wo_number varchar(14) NOT NULL UNIQUE,
  part_id integer NOT NULL REFERENCES parts(part_id),
  line_id integer NOT NULL REFERENCES production_lines(line_id),
  status wo_status NOT NULL DEFAULT 'planned',
  priority smallint NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 5),
  qty_planned numeric(12,3) NOT NULL CHECK (qty_planned > 0),
  qty_completed numeric(12,3) NOT NULL DEFAULT 0,
  qty_scrapped numeric(12,3) NOT NULL DEFAULT 0,
  planned_start timestamptz NOT NULL,
  planned_end timestamptz NOT NULL,
  actual_start timestamptz,
  actual_end timestamptz,
  customer_order_ref varchar(20),
  created_by varchar(40),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (planned_end > planned_start),
  CHECK (qty_scrapped >= 0)
);

CREATE TABLE wo_operations (
  wo_operation_id bigserial PRIMARY KEY,
  work_order_id bigint NOT NULL REFERENCES work_orders(work_order_id),
  op_seq smallint NOT NULL,
  machine_id integer REFERENCES machines(machine_id),
  operator_id integer REFERENCES operators(operator_id),
  shift_id integer REFERENCES shifts(shift_id),
  started_at timestamptz,
  finished_at timestamptz,
  good_qty numeric(12,3) DEFAULT 0,
  reject_qty numeric(12,3) DEFAULT 0,
  labor_hours numeric(6,2),
  is_rework smallint NOT NULL DEFAULT 0,
  UNIQUE (work_order_id, op_seq)
);

CREATE TABLE material_lots (
  lot_id bigserial PRIMARY KEY,
  lot_number varchar(20) NOT NULL UNIQUE,
  part_id integer NOT NULL REFERENCES parts(part_id),
  supplier_name varchar(120),
  supplier_lot varchar(30),
  qty_received numeric(12,3) NOT NULL,
  qty_on_hand numeric(12,3) NOT NULL,
  uom varchar(6) NOT NULL,
  status lot_status NOT NULL DEFAULT 'received',
  received_at timestamptz NOT NULL,
  expiry_date date,
  storage_location varchar(16),
  cert_of_conformance jsonb
);

CREATE TABLE downtime_events (
  downtime_id bigserial PRIMARY KEY,
  machine_id integer NOT NULL REFERENCES machines(machine_id),
  work_order_id bigint REFERENCES work_orders(work_order_id),
  reason_code varchar(8) NOT NULL,
  category varchar(20) NOT NULL CHECK (category IN ('planned', 'unplanned', 'changeover', 'material', 'quality')),
  start_ts timestamptz NOT NULL,
  end_ts timestamptz,
  duration_min integer,
  reported_by integer REFERENCES operators(operator_id),
  notes text
);

CREATE TABLE inspections (
  inspection_id bigserial PRIMARY KEY,
  work_order_id bigint NOT NULL REFERENCES work_orders(work_order_id),
  inspector_id integer REFERENCES operators(operator_id),
  inspection_type varchar(20) NOT NULL CHECK (inspection_type IN ('first_article', 'in_process', 'final', 'receiving')),
  sample_size smallint NOT NULL,
  defects_found smallint NOT NULL DEFAULT 0,
  result inspection_result NOT NULL,
  inspected_at timestamptz NOT NULL,
  measurements jsonb,
  CHECK (defects_found <= sample_size)
);

CREATE TABLE defects (
  defect_id bigserial PRIMARY KEY,
  inspection_id bigint NOT NULL REFERENCES inspections(inspection_id),
  defect_code varchar(10) NOT NULL,
  severity varchar(10) NOT NULL CHECK (severity IN ('minor', 'major', 'critical')),
  qty smallint NOT NULL DEFAULT 1,
  disposition varchar(20) CHECK (disposition IN ('scrap', 'rework', 'use_as_is', 'return_to_vendor')),
  description text
);

CREATE TABLE maintenance_orders (
  mo_id serial PRIMARY KEY,
  mo_number varchar(12) NOT NULL UNIQUE,
  machine_id integer NOT NULL REFERENCES machines(machine_id),
  mo_type varchar(12) NOT NULL CHECK (mo_type IN ('preventive', 'corrective', 'predictive')),
  priority mo_priority NOT NULL DEFAULT 'medium',
  reported_at timestamptz NOT NULL,
  completed_at timestamptz,
  est_hours numeric(5,1),
  actual_hours numeric(5,1),
  parts_cost numeric(10,2) DEFAULT 0,
  technician varchar(80),
  failure_description text
);
