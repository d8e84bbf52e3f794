CREATE TABLE patients (id serial PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL, date_of_birth date,
  date_of_death date, blood_type varchar(3), marital_status varchar(20), smoking_status varchar(10), weight_kg numeric(5,1),
  height_cm smallint, is_deleted boolean NOT NULL DEFAULT false, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE visits (id serial PRIMARY KEY, patient_id int NOT NULL REFERENCES patients, check_in timestamptz NOT NULL,
  check_out timestamptz, weekday varchar(9), triage_level smallint, notes text, visit_type varchar(30));
CREATE TABLE forums (id serial PRIMARY KEY, name varchar(80) NOT NULL, description text, position int, is_locked boolean);
CREATE TABLE topics (id serial PRIMARY KEY, forum_id int NOT NULL REFERENCES forums, title varchar(200) NOT NULL,
  sticky smallint NOT NULL DEFAULT 0, views int, replies_count int, unread_count int, total_count int, pinned_at timestamptz,
  pinned_until timestamptz, created bigint, updated bigint, deleted_at timestamptz, first_post_at timestamptz, last_post_at timestamptz);
CREATE TABLE issues (id serial PRIMARY KEY, key varchar(20), summary varchar(255), priority int, severity varchar(10),
  resolution varchar(30), status varchar(20), created_at timestamptz, resolved_at timestamptz, due_date date, component varchar(50),
  fix_version varchar(20), time_spent_seconds int, story_points smallint, parent_id int REFERENCES issues);
CREATE TABLE metrics (id serial PRIMARY KEY, domain varchar(40), metric_name varchar(80), min_value numeric, max_value numeric,
  avg_value numeric, sample_count int, window_ms bigint, recorded_at bigint);
