-- Tune schema of round 4, helper r2 (issue 10): a smart-home / IoT telemetry platform (homes, hubs,
-- devices, sensors, readings, automations, firmware, alerts). Written before any round-4 change of r2.
CREATE TYPE device_category AS ENUM ('thermostat', 'light', 'plug', 'lock', 'camera', 'sensor', 'speaker', 'doorbell');
CREATE TYPE alert_severity AS ENUM ('info', 'warning', 'critical');

CREATE TABLE accounts (
  id bigserial PRIMARY KEY,
  email varchar(200) NOT NULL UNIQUE,
  display_name varchar(80),
  locale varchar(10) NOT NULL DEFAULT 'en-US',
  temperature_unit char(1) NOT NULL DEFAULT 'C' CHECK (temperature_unit IN ('C', 'F')),
  preferences jsonb NOT NULL DEFAULT '{}',
  notification_settings jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_login_at timestamptz
);
COMMENT ON COLUMN accounts.preferences IS 'UI preferences of the mobile app';

CREATE TABLE homes (
  id bigserial PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES accounts(id),
  name varchar(80) NOT NULL,
  timezone varchar(40) NOT NULL DEFAULT 'UTC',
  latitude integer,
  longitude integer,
  address jsonb,
  floor_count smallint NOT NULL DEFAULT 1 CHECK (floor_count BETWEEN 1 AND 10),
  rooms jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(rooms) = 'array'),
  away_mode boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN homes.latitude IS 'degrees * 10^7';
COMMENT ON COLUMN homes.longitude IS 'degrees * 10^7';

CREATE TABLE firmware_releases (
  id serial PRIMARY KEY,
  device_model varchar(40) NOT NULL,
  version varchar(20) NOT NULL,
  channel varchar(10) NOT NULL DEFAULT 'stable' CHECK (channel IN ('stable', 'beta', 'nightly')),
  size_bytes integer NOT NULL,
  sha256 char(64) NOT NULL,
  release_notes text,
  changelog jsonb,
  released_at timestamptz NOT NULL,
  is_mandatory boolean NOT NULL DEFAULT false,
  UNIQUE (device_model, version)
);

CREATE TABLE hubs (
  id bigserial PRIMARY KEY,
  home_id bigint NOT NULL REFERENCES homes(id),
  serial_number varchar(24) NOT NULL UNIQUE,
  mac_address char(17) NOT NULL UNIQUE,
  ip_address inet,
  firmware_version varchar(20) NOT NULL,
  wifi_rssi smallint,
  uptime_seconds bigint NOT NULL DEFAULT 0,
  online boolean NOT NULL DEFAULT true,
  last_heartbeat_at timestamptz,
  capabilities jsonb NOT NULL DEFAULT '[]'
);

CREATE TABLE devices (
  id bigserial PRIMARY KEY,
  hub_id bigint NOT NULL REFERENCES hubs(id),
  firmware_release_id int REFERENCES firmware_releases(id),
  category device_category NOT NULL,
  manufacturer varchar(60) NOT NULL,
  model varchar(60) NOT NULL,
  name varchar(80) NOT NULL,
  room varchar(40),
  mac_address varchar(17) UNIQUE,
  protocol varchar(10) NOT NULL CHECK (protocol IN ('zigbee', 'zwave', 'wifi', 'thread', 'ble')),
  battery_level smallint CHECK (battery_level BETWEEN 0 AND 100),
  signal_strength_dbm smallint,
  config jsonb NOT NULL DEFAULT '{}',
  state jsonb,
  paired_at timestamptz NOT NULL,
  last_seen_at timestamptz,
  is_removed boolean NOT NULL DEFAULT false
);

CREATE TABLE sensors (
  id bigserial PRIMARY KEY,
  device_id bigint NOT NULL REFERENCES devices(id),
  kind varchar(20) NOT NULL CHECK (kind IN ('temperature', 'humidity', 'motion', 'contact', 'illuminance', 'co2', 'power')),
  unit varchar(10) NOT NULL,
  min_value numeric(10,2),
  max_value numeric(10,2),
  precision_digits smallint NOT NULL DEFAULT 1,
  sampling_interval_sec integer NOT NULL DEFAULT 60,
  calibration_offset numeric(6,2) NOT NULL DEFAULT 0,
  metadata jsonb
);

CREATE TABLE readings_hourly (
  sensor_id bigint NOT NULL REFERENCES sensors(id),
  hour timestamptz NOT NULL,
  sample_count integer NOT NULL,
  min_value double precision NOT NULL,
  avg_value double precision NOT NULL,
  max_value double precision NOT NULL,
  temperature_c numeric(5,2),
  humidity_pct numeric(5,2),
  PRIMARY KEY (sensor_id, hour)
);

CREATE TABLE automations (
  id bigserial PRIMARY KEY,
  home_id bigint NOT NULL REFERENCES homes(id),
  name varchar(100) NOT NULL,
  enabled boolean NOT NULL DEFAULT true,
  triggers jsonb NOT NULL CHECK (jsonb_typeof(triggers) = 'array'),
  conditions jsonb,
  actions jsonb NOT NULL,
  schedule jsonb,
  run_count integer NOT NULL DEFAULT 0,
  last_run_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz
);

CREATE TABLE alerts (
  id bigserial PRIMARY KEY,
  device_id bigint NOT NULL REFERENCES devices(id),
  severity alert_severity NOT NULL DEFAULT 'info',
  code varchar(40) NOT NULL,
  message text NOT NULL,
  details jsonb,
  raised_at timestamptz NOT NULL,
  acknowledged_at timestamptz,
  resolved_at timestamptz
);

CREATE TABLE energy_usage_daily (
  device_id bigint NOT NULL REFERENCES devices(id),
  day date NOT NULL,
  kwh numeric(8,3) NOT NULL,
  peak_watts integer,
  cost numeric(8,2),
  currency char(3) NOT NULL DEFAULT 'eur',
  PRIMARY KEY (device_id, day)
);
