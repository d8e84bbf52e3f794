-- HELD-OUT schema of round 4 (r4, issue 10): a container shipping line's port-call and cargo system.
-- Written before any round-4 change of r4 and sampled only at the end; no rule may name one of its
-- tables or columns.
CREATE TYPE call_status AS ENUM ('planned', 'arrived', 'berthed', 'departed', 'omitted');
CREATE TYPE container_status AS ENUM ('empty', 'full', 'in_transit', 'damaged', 'off_hire');

CREATE TABLE world_regions (
  id smallserial PRIMARY KEY,
  name varchar(40) NOT NULL UNIQUE,
  parent_id smallint REFERENCES world_regions
);

CREATE TABLE currencies (
  code char(3) PRIMARY KEY,
  numeric_code char(3) UNIQUE,
  name varchar(60) NOT NULL,
  symbol varchar(5),
  minor_units smallint NOT NULL DEFAULT 2 CHECK (minor_units BETWEEN 0 AND 4)
);

CREATE TABLE country (
  code char(2) PRIMARY KEY,
  alpha3 char(3) NOT NULL UNIQUE,
  name varchar(100) NOT NULL,
  region_id smallint REFERENCES world_regions,
  currency_code char(3) REFERENCES currencies,
  main_language varchar(40),
  population bigint,
  is_eu_member boolean NOT NULL DEFAULT false,
  sanctions_screening boolean NOT NULL DEFAULT false
);

CREATE TABLE ports (
  unlocode char(5) PRIMARY KEY,
  country_code char(2) NOT NULL REFERENCES country,
  name varchar(100) NOT NULL,
  subdivision varchar(60),
  lat double precision,
  lon double precision,
  time_zone varchar(40),
  max_draft_m numeric(4,1),
  berths smallint,
  has_customs_office boolean NOT NULL DEFAULT true
);
COMMENT ON COLUMN ports.unlocode IS 'UN/LOCODE: two-letter country code and three-letter location code.';

CREATE TABLE shipping_lines (
  id serial PRIMARY KEY,
  scac char(4) NOT NULL UNIQUE,
  name varchar(100) NOT NULL,
  headquarters_country char(2) REFERENCES country,
  website varchar(200),
  alliance varchar(20) CHECK (alliance IN ('2M', 'Ocean Alliance', 'THE Alliance', 'Gemini', 'none'))
);

CREATE TABLE vessels (
  imo_number char(7) PRIMARY KEY,
  mmsi char(9) UNIQUE,
  call_sign varchar(8),
  name varchar(60) NOT NULL,
  operator_id int NOT NULL REFERENCES shipping_lines,
  flag_country char(2) REFERENCES country,
  vessel_type varchar(30) NOT NULL DEFAULT 'container',
  year_built smallint,
  gross_tonnage integer,
  teu_capacity integer,
  length_overall_m numeric(5,1),
  service_speed_knots numeric(4,1)
);

CREATE TABLE voyages (
  id serial PRIMARY KEY,
  vessel_imo char(7) NOT NULL REFERENCES vessels,
  voyage_number varchar(10) NOT NULL,
  service_code varchar(6),
  direction char(1) CHECK (direction IN ('N', 'S', 'E', 'W')),
  starts_on date NOT NULL,
  ends_on date,
  UNIQUE (vessel_imo, voyage_number)
);

CREATE TABLE port_calls (
  id bigserial PRIMARY KEY,
  voyage_id int NOT NULL REFERENCES voyages,
  port_unlocode char(5) NOT NULL REFERENCES ports,
  sequence_no smallint NOT NULL,
  status call_status NOT NULL DEFAULT 'planned',
  eta timestamptz NOT NULL,
  etd timestamptz NOT NULL,
  ata timestamptz,
  atd timestamptz,
  berth varchar(10),
  moves_planned integer,
  port_dues numeric(12,2),
  dues_currency char(3) REFERENCES currencies,
  UNIQUE (voyage_id, sequence_no)
);

CREATE TABLE containers (
  container_number char(11) PRIMARY KEY,
  iso_type_code char(4) NOT NULL,
  owner_line_id int REFERENCES shipping_lines,
  status container_status NOT NULL DEFAULT 'empty',
  tare_weight_kg integer,
  max_gross_kg integer,
  manufactured_year smallint,
  is_reefer boolean NOT NULL DEFAULT false,
  last_seen_port char(5) REFERENCES ports
);
COMMENT ON COLUMN containers.container_number IS 'ISO 6346: owner code, category, serial, check digit.';

CREATE TABLE bills_of_lading (
  bl_number varchar(16) PRIMARY KEY,
  voyage_id int NOT NULL REFERENCES voyages,
  port_of_loading char(5) NOT NULL REFERENCES ports,
  port_of_discharge char(5) NOT NULL REFERENCES ports,
  shipper_name varchar(120) NOT NULL,
  consignee_name varchar(120) NOT NULL,
  notify_party varchar(120),
  incoterm char(3) CHECK (incoterm IN ('EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP')),
  freight_amount numeric(12,2),
  freight_currency char(3) REFERENCES currencies,
  document_language varchar(20),
  issued_at timestamptz NOT NULL,
  CHECK (port_of_loading <> port_of_discharge)
);

CREATE TABLE cargo_items (
  id bigserial PRIMARY KEY,
  bl_number varchar(16) NOT NULL REFERENCES bills_of_lading,
  container_number char(11) REFERENCES containers,
  hs_code varchar(10) NOT NULL,
  description varchar(200) NOT NULL,
  packages integer NOT NULL,
  package_type varchar(20),
  gross_weight_kg numeric(10,1),
  volume_cbm numeric(8,2),
  un_number char(4),
  country_of_origin char(2) REFERENCES country
);
COMMENT ON COLUMN cargo_items.un_number IS 'UN dangerous-goods number, NULL when the cargo is not hazardous.';
