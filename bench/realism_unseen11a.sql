-- Tune schema of round 4 (r5, issue 10): a podcast and radio network. Written before any round-4
-- change of r5; no rule may name one of its tables or columns.
CREATE TYPE show_status AS ENUM ('pilot', 'active', 'hiatus', 'ended');

CREATE TABLE stations (
  id serial PRIMARY KEY,
  call_sign varchar(6) NOT NULL UNIQUE,
  name varchar(80) NOT NULL,
  frequency_mhz numeric(5,1) CHECK (frequency_mhz BETWEEN 87.5 AND 108.0),
  market varchar(60) NOT NULL,
  studio_room varchar(20),
  license_number char(10) NOT NULL UNIQUE,
  format varchar(30) NOT NULL,
  launched_on date
);
COMMENT ON COLUMN stations.format IS 'Programming format, e.g. news/talk, classic rock, country, adult contemporary, public radio';

CREATE TABLE hosts (
  id serial PRIMARY KEY,
  first_name varchar(60) NOT NULL,
  last_name varchar(60) NOT NULL,
  stage_name varchar(80),
  job_title varchar(80),
  email varchar(120) NOT NULL UNIQUE,
  employment_type varchar(20) NOT NULL,
  seniority varchar(20),
  hired_on date NOT NULL
);
COMMENT ON COLUMN hosts.employment_type IS 'staff, freelance, contractor, volunteer';

CREATE TABLE shows (
  id serial PRIMARY KEY,
  station_id int REFERENCES stations (id),
  title varchar(160) NOT NULL,
  subtitle varchar(200),
  slug varchar(160) NOT NULL UNIQUE,
  genre varchar(40) NOT NULL,
  audience varchar(30),
  explicit boolean NOT NULL DEFAULT false,
  language char(2) NOT NULL DEFAULT 'en',
  frequency varchar(20) NOT NULL,
  status show_status NOT NULL DEFAULT 'active',
  rss_url varchar(255),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN shows.frequency IS 'One of: daily, weekly, biweekly, monthly, irregular';

CREATE TABLE show_hosts (
  show_id int NOT NULL REFERENCES shows (id),
  host_id int NOT NULL REFERENCES hosts (id),
  role varchar(20) NOT NULL,
  PRIMARY KEY (show_id, host_id)
);

CREATE TABLE episodes (
  id bigserial PRIMARY KEY,
  show_id int NOT NULL REFERENCES shows (id),
  season smallint,
  episode_number int NOT NULL,
  title varchar(200) NOT NULL,
  description text,
  duration_seconds int NOT NULL CHECK (duration_seconds > 0),
  audio_format varchar(10) NOT NULL,
  audio_url varchar(255) NOT NULL,
  file_size_bytes bigint,
  visibility varchar(12) NOT NULL DEFAULT 'public',
  published_at timestamptz,
  recorded_at timestamptz,
  UNIQUE (show_id, season, episode_number)
);

CREATE TABLE guests (
  id serial PRIMARY KEY,
  full_name varchar(120) NOT NULL,
  title varchar(120),
  organization varchar(120),
  bio text,
  contact_email varchar(120)
);

CREATE TABLE episode_guests (
  episode_id bigint NOT NULL REFERENCES episodes (id),
  guest_id int NOT NULL REFERENCES guests (id),
  segment varchar(30),
  PRIMARY KEY (episode_id, guest_id)
);

CREATE TABLE listeners (
  id bigserial PRIMARY KEY,
  member_card_number char(12) NOT NULL UNIQUE,
  display_name varchar(80),
  age_group varchar(12),
  tier varchar(20) NOT NULL DEFAULT 'free',
  country char(2),
  signed_up_at timestamptz NOT NULL
);
COMMENT ON COLUMN listeners.tier IS 'values: free|supporter|patron|founder';

CREATE TABLE equipment (
  id serial PRIMARY KEY,
  asset_tag char(8) NOT NULL UNIQUE,
  name varchar(80) NOT NULL,
  category varchar(30) NOT NULL,
  condition varchar(20) NOT NULL,
  shelf_location varchar(20),
  purchased_on date,
  purchase_price numeric(10,2)
);

CREATE TABLE ad_spots (
  id serial PRIMARY KEY,
  episode_id bigint NOT NULL REFERENCES episodes (id),
  advertiser varchar(120) NOT NULL,
  placement varchar(10) NOT NULL,
  spot_length_seconds smallint NOT NULL CHECK (spot_length_seconds IN (15, 30, 60)),
  cpm_usd numeric(8,2) NOT NULL,
  impressions int NOT NULL DEFAULT 0
);
COMMENT ON COLUMN ad_spots.placement IS 'pre-roll, mid-roll or post-roll';
