-- Round 11 (r37) HELD-OUT schema 1: a swim school run from a leisure centre pool
-- (children's lesson classes and their weekly sessions, lane hire, pool water readings).
-- Written by the r37 helper before any code change; measured at start and end only.
CREATE TABLE pools (
  id serial PRIMARY KEY,
  pool_name text NOT NULL,
  length_m numeric(4,1) NOT NULL,
  lane_count smallint NOT NULL,
  opens_at time NOT NULL,
  closes_at time NOT NULL
);
CREATE TABLE swimmers (
  id serial PRIMARY KEY,
  first_name text NOT NULL,
  last_name text NOT NULL,
  date_of_birth date NOT NULL,
  parent_name text,
  parent_phone text,
  stage_level smallint NOT NULL,
  medical_notes text,
  joined_on date NOT NULL
);
CREATE TABLE teachers (
  id serial PRIMARY KEY,
  full_name text NOT NULL,
  dob date,
  asa_level smallint,
  hourly_rate numeric(6,2),
  hired_on date
);
CREATE TABLE lesson_classes (
  id serial PRIMARY KEY,
  pool_id int NOT NULL REFERENCES pools(id),
  teacher_id int NOT NULL REFERENCES teachers(id),
  stage_level smallint NOT NULL,
  weekday smallint NOT NULL,
  starts_at time NOT NULL,
  duration_min smallint NOT NULL,
  max_swimmers smallint NOT NULL
);
CREATE TABLE class_sessions (
  id serial PRIMARY KEY,
  class_id int NOT NULL REFERENCES lesson_classes(id),
  session_start timestamptz NOT NULL,
  session_end timestamptz,
  session_no int NOT NULL,
  lengths_swum int,
  cancelled boolean NOT NULL DEFAULT false
);
CREATE TABLE attendances (
  id serial PRIMARY KEY,
  session_id int NOT NULL REFERENCES class_sessions(id),
  swimmer_id int NOT NULL REFERENCES swimmers(id),
  checked_in_at timestamptz,
  distance_m int,
  badge_awarded text
);
CREATE TABLE lane_bookings (
  id serial PRIMARY KEY,
  pool_id int NOT NULL REFERENCES pools(id),
  booked_by text NOT NULL,
  booking_start timestamptz NOT NULL,
  booking_end timestamptz NOT NULL,
  lanes smallint NOT NULL,
  fee numeric(7,2) NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE TABLE water_readings (
  id bigserial PRIMARY KEY,
  pool_id int NOT NULL REFERENCES pools(id),
  read_at timestamptz NOT NULL,
  chlorine_ppm numeric(4,2),
  ph numeric(3,1),
  water_temp_c numeric(4,1)
);
