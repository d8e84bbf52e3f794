-- A regional blood bank (bench/realism_unseen21.sql, session 6): its haemoglobin_g_dl read one sector's measure or
-- another's by Python's hash seed (session 13): tests/test_hashseed_determinism.py seeds it under two.
CREATE TYPE donation_kind AS ENUM ('whole_blood', 'plasma', 'platelets', 'double_red');
CREATE TYPE unit_status AS ENUM ('quarantined', 'available', 'reserved', 'issued', 'transfused', 'discarded', 'expired');

CREATE TABLE centres (
    centre_id     serial PRIMARY KEY,
    centre_name   varchar(100) NOT NULL,
    city          varchar(60) NOT NULL,
    postcode      varchar(10),
    phone         varchar(20),
    beds          smallint NOT NULL,
    opens_at      time NOT NULL,
    closes_at     time NOT NULL,
    mobile_unit   boolean NOT NULL DEFAULT false
);

CREATE TABLE donors (
    donor_id        serial PRIMARY KEY,
    donor_number    varchar(12) NOT NULL UNIQUE,
    given_name      varchar(60) NOT NULL,
    family_name     varchar(60) NOT NULL,
    sex             char(1) NOT NULL CHECK (sex IN ('F', 'M')),
    date_of_birth   date NOT NULL,
    blood_group     varchar(3) NOT NULL,
    rh_negative     boolean NOT NULL DEFAULT false,
    weight_kg       numeric(5,1),
    email           varchar(120),
    mobile          varchar(20),
    first_donation  date,
    last_donation   date,
    total_donations smallint NOT NULL DEFAULT 0,
    deferred_until  date,
    deferral_reason varchar(80),
    home_centre_id  integer REFERENCES centres(centre_id)
);

CREATE TABLE appointments (
    appointment_id  serial PRIMARY KEY,
    donor_id        integer NOT NULL REFERENCES donors(donor_id),
    centre_id       integer NOT NULL REFERENCES centres(centre_id),
    kind            donation_kind NOT NULL,
    slot_start      timestamptz NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    attended        boolean,
    cancelled_at    timestamptz,
    reminder_sms    boolean NOT NULL DEFAULT true
);

CREATE TABLE screenings (
    screening_id    serial PRIMARY KEY,
    appointment_id  integer NOT NULL UNIQUE REFERENCES appointments(appointment_id),
    haemoglobin_g_dl numeric(4,1) NOT NULL,
    systolic        smallint,
    diastolic       smallint,
    pulse_bpm       smallint,
    temperature_c   numeric(3,1),
    passed          boolean NOT NULL,
    nurse           varchar(80)
);

CREATE TABLE donations (
    donation_id     serial PRIMARY KEY,
    appointment_id  integer NOT NULL UNIQUE REFERENCES appointments(appointment_id),
    kind            donation_kind NOT NULL,
    volume_ml       smallint NOT NULL,
    started_at      timestamptz NOT NULL,
    ended_at        timestamptz,
    adverse_event   boolean NOT NULL DEFAULT false,
    adverse_notes   text,
    phlebotomist    varchar(80)
);

CREATE TABLE blood_units (
    unit_id         bigserial PRIMARY KEY,
    donation_id     integer NOT NULL REFERENCES donations(donation_id),
    unit_barcode    varchar(20) NOT NULL UNIQUE,
    component       varchar(20) NOT NULL CHECK (component IN ('red_cells', 'plasma', 'platelets', 'cryo')),
    blood_group     varchar(3) NOT NULL,
    volume_ml       smallint NOT NULL,
    collected_at    timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    status          unit_status NOT NULL DEFAULT 'quarantined',
    storage_temp_c  numeric(4,1),
    shelf           varchar(10)
);

CREATE TABLE hospitals (
    hospital_id     serial PRIMARY KEY,
    hospital_name   varchar(120) NOT NULL,
    city            varchar(60),
    trauma_level    smallint CHECK (trauma_level BETWEEN 1 AND 4),
    contact_email   varchar(120)
);

CREATE TABLE issues (
    issue_id        serial PRIMARY KEY,
    unit_id         bigint NOT NULL UNIQUE REFERENCES blood_units(unit_id),
    hospital_id     integer NOT NULL REFERENCES hospitals(hospital_id),
    requested_at    timestamptz NOT NULL,
    dispatched_at   timestamptz,
    received_at     timestamptz,
    urgency         varchar(10) NOT NULL CHECK (urgency IN ('routine', 'urgent', 'emergency')),
    courier         varchar(40),
    returned        boolean NOT NULL DEFAULT false
);

CREATE TABLE test_results (
    result_id       bigserial PRIMARY KEY,
    unit_id         bigint NOT NULL REFERENCES blood_units(unit_id),
    test_code       varchar(12) NOT NULL,
    result          varchar(20) NOT NULL,
    tested_at       timestamptz NOT NULL,
    analyser        varchar(40),
    reactive        boolean NOT NULL DEFAULT false
);
