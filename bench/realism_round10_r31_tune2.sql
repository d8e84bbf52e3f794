-- A dental practice: patients, dentists, appointments, charting, treatments, claims.
CREATE TABLE dentists (
    dentist_id serial PRIMARY KEY,
    full_name text NOT NULL,
    role text NOT NULL,
    registration_no varchar(12) NOT NULL,
    specialty text,
    chair_number smallint
);
CREATE TABLE patients (
    patient_id serial PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL,
    date_of_birth date NOT NULL,
    phone text,
    recall_interval_months smallint,
    payment_type text,
    medical_alert text
);
CREATE TABLE appointments (
    appointment_id serial PRIMARY KEY,
    patient_id integer NOT NULL REFERENCES patients,
    dentist_id integer NOT NULL REFERENCES dentists,
    starts_at timestamp NOT NULL,
    duration_min smallint NOT NULL,
    appointment_type text NOT NULL,
    status text NOT NULL CHECK (status IN ('booked','arrived','completed','cancelled','dna')),
    cancel_reason text
);
CREATE TABLE tooth_chart (
    chart_id serial PRIMARY KEY,
    patient_id integer NOT NULL REFERENCES patients,
    tooth_number smallint NOT NULL,
    surface varchar(5),
    condition text NOT NULL,
    pocket_depth_mm smallint,
    mobility_grade smallint,
    recorded_on date NOT NULL
);
CREATE TABLE treatments (
    treatment_id serial PRIMARY KEY,
    appointment_id integer NOT NULL REFERENCES appointments,
    procedure_code varchar(8) NOT NULL,
    description text NOT NULL,
    tooth_number smallint,
    material text,
    fee numeric(8,2) NOT NULL,
    treatment_status text NOT NULL
);
CREATE TABLE xrays (
    xray_id serial PRIMARY KEY,
    patient_id integer NOT NULL REFERENCES patients,
    taken_on date NOT NULL,
    image_type text NOT NULL,
    exposure_ms integer,
    findings text
);
CREATE TABLE insurance_claims (
    claim_id serial PRIMARY KEY,
    treatment_id integer NOT NULL REFERENCES treatments,
    insurer text NOT NULL,
    claimed_amount numeric(8,2) NOT NULL,
    paid_amount numeric(8,2),
    claim_status text NOT NULL,
    rejection_reason text
);
