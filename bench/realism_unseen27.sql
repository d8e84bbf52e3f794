-- realism_unseen27: a building contractor's projects (the lead's schema of session 8; see bench/REALISM.md, "Session 8").
CREATE TABLE clients (
  id serial PRIMARY KEY,
  company_name text NOT NULL,
  contact_person text,
  phone text,
  email text,
  billing_address text
);
CREATE TABLE projects (
  id serial PRIMARY KEY,
  client_id int NOT NULL REFERENCES clients(id),
  project_code varchar(12) NOT NULL UNIQUE,
  title text NOT NULL,
  site_address text NOT NULL,
  project_type text NOT NULL,
  contract_value numeric(14,2) NOT NULL,
  start_date date NOT NULL,
  planned_completion date,
  actual_completion date,
  status text NOT NULL CHECK (status IN ('tender','awarded','in_progress','on_hold','completed','cancelled')),
  gross_floor_area_m2 numeric(10,1),
  storeys int
);
CREATE TABLE subcontractors (
  id serial PRIMARY KEY,
  name text NOT NULL,
  trade text NOT NULL,
  license_number varchar(30),
  insurance_expiry date,
  rating smallint
);
CREATE TABLE work_packages (
  id serial PRIMARY KEY,
  project_id int NOT NULL REFERENCES projects(id),
  subcontractor_id int REFERENCES subcontractors(id),
  description text NOT NULL,
  budget numeric(12,2) NOT NULL,
  percent_complete smallint NOT NULL DEFAULT 0,
  starts_on date,
  ends_on date
);
CREATE TABLE permits (
  id serial PRIMARY KEY,
  project_id int NOT NULL REFERENCES projects(id),
  permit_type text NOT NULL,
  permit_number varchar(30),
  issuing_authority text,
  applied_on date NOT NULL,
  granted_on date,
  expires_on date
);
CREATE TABLE inspections (
  id serial PRIMARY KEY,
  project_id int NOT NULL REFERENCES projects(id),
  inspection_type text NOT NULL,
  inspector text,
  scheduled_for timestamptz NOT NULL,
  result text CHECK (result IN ('pass','fail','conditional')),
  defects_found int,
  remarks text
);
CREATE TABLE materials (
  id serial PRIMARY KEY,
  name text NOT NULL,
  category text NOT NULL,
  unit_of_measure text NOT NULL,
  unit_cost numeric(10,2) NOT NULL,
  supplier text,
  lead_time_days int
);
CREATE TABLE material_orders (
  id serial PRIMARY KEY,
  project_id int NOT NULL REFERENCES projects(id),
  material_id int NOT NULL REFERENCES materials(id),
  quantity numeric(10,2) NOT NULL,
  ordered_at timestamptz NOT NULL,
  delivered_at timestamptz,
  delivery_note varchar(20)
);
CREATE TABLE daily_logs (
  id serial PRIMARY KEY,
  project_id int NOT NULL REFERENCES projects(id),
  log_date date NOT NULL,
  weather text,
  temperature_c numeric(4,1),
  workers_on_site int,
  hours_lost_weather numeric(4,1),
  summary text
);
CREATE TABLE change_orders (
  id serial PRIMARY KEY,
  project_id int NOT NULL REFERENCES projects(id),
  co_number int NOT NULL,
  reason text,
  amount numeric(12,2) NOT NULL,
  days_added int,
  approved boolean,
  submitted_on date NOT NULL
);
CREATE TABLE safety_incidents (
  id serial PRIMARY KEY,
  project_id int NOT NULL REFERENCES projects(id),
  occurred_at timestamptz NOT NULL,
  severity text NOT NULL,
  incident_type text,
  injured_workers int NOT NULL DEFAULT 0,
  lost_time_hours numeric(6,1),
  reported_to_authority boolean NOT NULL DEFAULT false,
  description text
);
