-- realism_unseen26: a mixed farm (the lead's schema of session 8; see bench/REALISM.md, "Session 8": not a clean held-out).
CREATE TABLE farms (
  id serial PRIMARY KEY,
  name text NOT NULL,
  owner_name text NOT NULL,
  region text,
  total_hectares numeric(8,2) NOT NULL,
  organic_certified boolean NOT NULL DEFAULT false,
  established_year int,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE fields (
  id serial PRIMARY KEY,
  farm_id int NOT NULL REFERENCES farms(id),
  field_name text NOT NULL,
  area_ha numeric(7,2) NOT NULL,
  soil_type text,
  irrigated boolean NOT NULL DEFAULT false,
  slope_percent numeric(4,1),
  ph numeric(3,1)
);
CREATE TABLE crops (
  id serial PRIMARY KEY,
  crop_name text NOT NULL UNIQUE,
  variety text,
  family text,
  days_to_maturity int,
  expected_yield_t_per_ha numeric(6,2)
);
CREATE TABLE plantings (
  id serial PRIMARY KEY,
  field_id int NOT NULL REFERENCES fields(id),
  crop_id int NOT NULL REFERENCES crops(id),
  sowing_date date NOT NULL,
  expected_harvest_date date,
  seed_rate_kg_per_ha numeric(6,2),
  row_spacing_cm int,
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','sown','growing','harvested','failed'))
);
CREATE TABLE harvests (
  id serial PRIMARY KEY,
  planting_id int NOT NULL REFERENCES plantings(id),
  harvested_on date NOT NULL,
  yield_tonnes numeric(8,2) NOT NULL,
  moisture_pct numeric(4,1),
  grade text,
  stored_in text
);
CREATE TABLE animals (
  id serial PRIMARY KEY,
  farm_id int NOT NULL REFERENCES farms(id),
  ear_tag varchar(15) NOT NULL UNIQUE,
  species text NOT NULL,
  breed text,
  sex char(1) CHECK (sex IN ('M','F')),
  birth_date date,
  weight_kg numeric(6,1),
  dam_id int REFERENCES animals(id),
  sold_on date,
  notes text
);
CREATE TABLE vet_visits (
  id serial PRIMARY KEY,
  animal_id int NOT NULL REFERENCES animals(id),
  visit_date date NOT NULL,
  vet_name text,
  reason text,
  treatment text,
  withdrawal_days int,
  cost numeric(8,2)
);
CREATE TABLE milk_records (
  id bigserial PRIMARY KEY,
  animal_id int NOT NULL REFERENCES animals(id),
  recorded_on date NOT NULL,
  litres numeric(5,1) NOT NULL,
  fat_pct numeric(3,2),
  protein_pct numeric(3,2),
  somatic_cell_count int
);
CREATE TABLE machinery (
  id serial PRIMARY KEY,
  farm_id int NOT NULL REFERENCES farms(id),
  make text NOT NULL,
  model text NOT NULL,
  machine_type text NOT NULL,
  horsepower int,
  purchase_year int,
  engine_hours int,
  last_serviced date
);
CREATE TABLE input_applications (
  id serial PRIMARY KEY,
  field_id int NOT NULL REFERENCES fields(id),
  applied_on date NOT NULL,
  product_name text NOT NULL,
  product_type text NOT NULL,
  rate_per_ha numeric(8,2),
  rate_unit text,
  operator text,
  weather text
);
CREATE TABLE sales (
  id serial PRIMARY KEY,
  farm_id int NOT NULL REFERENCES farms(id),
  buyer text NOT NULL,
  commodity text NOT NULL,
  quantity numeric(10,2) NOT NULL,
  unit text NOT NULL,
  price_per_unit numeric(10,2) NOT NULL,
  sold_at date NOT NULL,
  invoice_no varchar(20)
);
