-- A ski resort (lead's second held-out realism schema, session 7; written before any change).
CREATE TABLE resorts (
  resort_id SERIAL PRIMARY KEY,
  resort_name VARCHAR(80) NOT NULL,
  country_code CHAR(2) NOT NULL,
  base_elevation_m INTEGER NOT NULL,
  summit_elevation_m INTEGER NOT NULL,
  total_piste_km NUMERIC(6,1),
  season_opens DATE,
  season_closes DATE,
  website VARCHAR(200)
);
CREATE TABLE lifts (
  lift_id SERIAL PRIMARY KEY,
  resort_id INTEGER NOT NULL REFERENCES resorts(resort_id),
  lift_name VARCHAR(60) NOT NULL,
  lift_type VARCHAR(20) NOT NULL,
  capacity_per_hour INTEGER NOT NULL,
  ride_time_sec INTEGER,
  vertical_rise_m INTEGER,
  is_operating BOOLEAN NOT NULL DEFAULT TRUE
);
CREATE TABLE slopes (
  slope_id SERIAL PRIMARY KEY,
  resort_id INTEGER NOT NULL REFERENCES resorts(resort_id),
  slope_name VARCHAR(60) NOT NULL,
  difficulty VARCHAR(12) NOT NULL,
  length_m INTEGER NOT NULL,
  max_gradient_pct NUMERIC(4,1),
  snowmaking BOOLEAN NOT NULL DEFAULT FALSE,
  groomed_at TIMESTAMP
);
CREATE TABLE skiers (
  skier_id BIGSERIAL PRIMARY KEY,
  given_name VARCHAR(50) NOT NULL,
  family_name VARCHAR(50) NOT NULL,
  email VARCHAR(120) UNIQUE,
  birth_year SMALLINT,
  height_cm SMALLINT,
  weight_kg SMALLINT,
  skill_level VARCHAR(15),
  boot_size_mondo NUMERIC(4,1),
  created TIMESTAMP NOT NULL
);
CREATE TABLE passes (
  pass_id BIGSERIAL PRIMARY KEY,
  skier_id BIGINT NOT NULL REFERENCES skiers(skier_id),
  resort_id INTEGER NOT NULL REFERENCES resorts(resort_id),
  pass_type VARCHAR(20) NOT NULL,
  price_eur NUMERIC(8,2) NOT NULL,
  valid_from DATE NOT NULL,
  valid_until DATE NOT NULL,
  rfid_uid CHAR(16) NOT NULL UNIQUE,
  purchased_at TIMESTAMP NOT NULL
);
CREATE TABLE lift_scans (
  scan_id BIGSERIAL PRIMARY KEY,
  pass_id BIGINT NOT NULL REFERENCES passes(pass_id),
  lift_id INTEGER NOT NULL REFERENCES lifts(lift_id),
  scanned_at TIMESTAMP NOT NULL,
  gate_no SMALLINT NOT NULL,
  accepted BOOLEAN NOT NULL
);
CREATE TABLE rentals (
  rental_id BIGSERIAL PRIMARY KEY,
  skier_id BIGINT NOT NULL REFERENCES skiers(skier_id),
  equipment VARCHAR(30) NOT NULL,
  ski_length_cm SMALLINT,
  din_setting NUMERIC(3,1),
  picked_up_at TIMESTAMP NOT NULL,
  returned_at TIMESTAMP,
  damage_fee NUMERIC(7,2),
  deposit_held BOOLEAN NOT NULL DEFAULT TRUE
);
CREATE TABLE lessons (
  lesson_id SERIAL PRIMARY KEY,
  resort_id INTEGER NOT NULL REFERENCES resorts(resort_id),
  instructor VARCHAR(80) NOT NULL,
  discipline VARCHAR(15) NOT NULL,
  group_size SMALLINT NOT NULL,
  starts_at TIMESTAMP NOT NULL,
  duration_min SMALLINT NOT NULL,
  language CHAR(2) NOT NULL
);
CREATE TABLE incidents (
  incident_id SERIAL PRIMARY KEY,
  slope_id INTEGER REFERENCES slopes(slope_id),
  skier_id BIGINT REFERENCES skiers(skier_id),
  occurred_at TIMESTAMP NOT NULL,
  injury VARCHAR(40),
  severity SMALLINT NOT NULL,
  airlifted BOOLEAN NOT NULL DEFAULT FALSE,
  patrol_notes TEXT
);
CREATE TABLE weather_reports (
  report_id SERIAL PRIMARY KEY,
  resort_id INTEGER NOT NULL REFERENCES resorts(resort_id),
  reported_on DATE NOT NULL,
  new_snow_cm SMALLINT NOT NULL,
  base_depth_cm SMALLINT NOT NULL,
  temp_min_c NUMERIC(4,1),
  temp_max_c NUMERIC(4,1),
  wind_kmh SMALLINT,
  avalanche_risk SMALLINT
);
