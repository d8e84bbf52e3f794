-- Round 11 (r37) tune schema 2: a children's physiotherapy practice (patients with guardians, therapists,
-- appointments, courses of treatment sessions, home exercise logs).
CREATE TABLE therapists (
  id serial PRIMARY KEY,
  name text NOT NULL,
  born_on date,
  hcpc_no text
);
CREATE TABLE patients (
  id serial PRIMARY KEY,
  first_name text NOT NULL,
  last_name text NOT NULL,
  dob date NOT NULL,
  guardian_name text NOT NULL,
  guardian_mobile text,
  referred_on date
);
CREATE TABLE treatment_courses (
  id serial PRIMARY KEY,
  patient_id int NOT NULL REFERENCES patients(id),
  therapist_id int NOT NULL REFERENCES therapists(id),
  opened_on date NOT NULL,
  sessions_prescribed smallint
);
CREATE TABLE appointments (
  id serial PRIMARY KEY,
  course_id int NOT NULL REFERENCES treatment_courses(id),
  session_number smallint NOT NULL,
  appointment_time timestamptz NOT NULL,
  duration_mins smallint NOT NULL,
  status text NOT NULL CHECK (status IN ('booked', 'attended', 'no_show', 'cancelled'))
);
CREATE TABLE exercise_logs (
  id bigserial PRIMARY KEY,
  patient_id int NOT NULL REFERENCES patients(id),
  logged_at timestamptz NOT NULL,
  reps smallint,
  device_id text
);
CREATE TABLE youth_members (
  id serial PRIMARY KEY,
  full_name text NOT NULL,
  birth_date date NOT NULL,
  joined_on date
);
