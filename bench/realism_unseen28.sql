-- realism_unseen28: a container port terminal (the lead's held-out schema of session 8, written at 22:55 UTC after every
-- round had ended; sampled on 4c655de and on 4daacfe: identical, see bench/REALISM.md, "Session 8").
CREATE TABLE shipping_lines (
  id serial PRIMARY KEY,
  line_name text NOT NULL,
  scac_code char(4) NOT NULL UNIQUE,
  headquarters_country char(2),
  contact_email text,
  credit_limit numeric(14,2)
);
CREATE TABLE vessels (
  id serial PRIMARY KEY,
  shipping_line_id int NOT NULL REFERENCES shipping_lines(id),
  vessel_name text NOT NULL,
  imo_number char(7) NOT NULL UNIQUE,
  flag_state char(2),
  teu_capacity int,
  length_overall_m numeric(6,1),
  beam_m numeric(5,1),
  max_draft_m numeric(4,1),
  year_built int
);
CREATE TABLE berths (
  id serial PRIMARY KEY,
  berth_code varchar(6) NOT NULL UNIQUE,
  quay_length_m int NOT NULL,
  depth_m numeric(4,1) NOT NULL,
  has_shore_power boolean NOT NULL DEFAULT false
);
CREATE TABLE port_calls (
  id serial PRIMARY KEY,
  vessel_id int NOT NULL REFERENCES vessels(id),
  berth_id int REFERENCES berths(id),
  voyage_number varchar(12) NOT NULL,
  eta timestamptz NOT NULL,
  ata timestamptz,
  atd timestamptz,
  status text NOT NULL CHECK (status IN ('expected','berthed','working','departed','cancelled')),
  moves_planned int,
  moves_completed int,
  pilot_name text
);
CREATE TABLE containers (
  id bigserial PRIMARY KEY,
  container_number char(11) NOT NULL UNIQUE,
  iso_type varchar(4) NOT NULL,
  size_ft smallint NOT NULL CHECK (size_ft IN (20, 40, 45)),
  tare_weight_kg int NOT NULL,
  gross_weight_kg int,
  is_reefer boolean NOT NULL DEFAULT false,
  set_temperature_c numeric(4,1),
  hazmat_class varchar(4),
  owner_line_id int REFERENCES shipping_lines(id)
);
CREATE TABLE container_moves (
  id bigserial PRIMARY KEY,
  container_id bigint NOT NULL REFERENCES containers(id),
  port_call_id int REFERENCES port_calls(id),
  move_type text NOT NULL CHECK (move_type IN ('discharge','load','shift','gate_in','gate_out','restow')),
  crane_id varchar(8),
  yard_position varchar(12),
  moved_at timestamptz NOT NULL,
  operator text
);
CREATE TABLE cranes (
  id serial PRIMARY KEY,
  crane_code varchar(8) NOT NULL UNIQUE,
  crane_type text NOT NULL,
  manufacturer text,
  lift_capacity_t numeric(5,1),
  outreach_rows smallint,
  commissioned_on date
);
CREATE TABLE gate_transactions (
  id bigserial PRIMARY KEY,
  container_id bigint REFERENCES containers(id),
  truck_plate varchar(12) NOT NULL,
  haulier text,
  direction text NOT NULL CHECK (direction IN ('in','out')),
  lane smallint,
  gate_time timestamptz NOT NULL,
  seal_number varchar(15),
  damage_noted boolean NOT NULL DEFAULT false
);
CREATE TABLE customs_holds (
  id serial PRIMARY KEY,
  container_id bigint NOT NULL REFERENCES containers(id),
  hold_reason text NOT NULL,
  placed_at timestamptz NOT NULL,
  released_at timestamptz,
  inspection_type text,
  officer text
);
CREATE TABLE storage_invoices (
  id serial PRIMARY KEY,
  container_id bigint NOT NULL REFERENCES containers(id),
  free_days smallint NOT NULL DEFAULT 5,
  days_stored int NOT NULL,
  daily_rate numeric(8,2) NOT NULL,
  amount_due numeric(10,2) NOT NULL,
  currency char(3) NOT NULL DEFAULT 'USD',
  issued_on date NOT NULL,
  paid_on date
);
