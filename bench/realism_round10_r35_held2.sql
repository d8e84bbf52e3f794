-- Blood donation service: donors, sessions, donations, screening tests, components, issues to hospitals.
CREATE TABLE donors (
    donor_id serial PRIMARY KEY,
    donor_number varchar(12) NOT NULL UNIQUE,
    first_name text NOT NULL,
    last_name text NOT NULL,
    date_of_birth date NOT NULL,
    sex char(1) CHECK (sex IN ('M','F')),
    blood_group varchar(3),
    rh_factor varchar(8),
    donation_count integer NOT NULL DEFAULT 0,
    status text
);
CREATE TABLE sessions (
    session_id serial PRIMARY KEY,
    venue text NOT NULL,
    session_date date NOT NULL,
    session_type text,
    slots integer,
    team text
);
CREATE TABLE donations (
    donation_id bigserial PRIMARY KEY,
    donor_id integer NOT NULL REFERENCES donors,
    session_id integer REFERENCES sessions,
    donation_type text NOT NULL,
    haemoglobin_g_dl numeric(4,1),
    pulse_bpm integer,
    systolic integer,
    diastolic integer,
    volume_ml integer,
    bleed_minutes numeric(4,1),
    outcome text,
    deferral_reason text
);
CREATE TABLE screening_tests (
    test_id bigserial PRIMARY KEY,
    donation_id bigint NOT NULL REFERENCES donations,
    marker text NOT NULL,
    method text,
    result text NOT NULL,
    tested_at timestamptz
);
CREATE TABLE components (
    component_id bigserial PRIMARY KEY,
    donation_id bigint NOT NULL REFERENCES donations,
    component_type text NOT NULL,
    volume_ml integer,
    storage_temp_c numeric(4,1),
    expiry_date date NOT NULL,
    status text NOT NULL,
    irradiated boolean DEFAULT false
);
CREATE TABLE issues (
    issue_id serial PRIMARY KEY,
    component_id bigint NOT NULL REFERENCES components,
    hospital text NOT NULL,
    issued_at timestamptz NOT NULL,
    urgency text,
    returned boolean
);
