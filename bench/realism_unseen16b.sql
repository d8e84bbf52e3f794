-- HELD-OUT schema of round 5 (r9, issue 10): a clinical laboratory LIMS (patients, requisitions,
-- specimens, assays, results with reference ranges, instruments, calibrations, QC, technicians,
-- reports). Written before any r9 change; not studied to decide fixes.
CREATE TYPE specimen_status AS ENUM ('collected', 'in_transit', 'received', 'processing', 'stored', 'discarded', 'rejected');
CREATE TYPE order_priority AS ENUM ('routine', 'urgent', 'stat');
CREATE TYPE abnormal_flag AS ENUM ('N', 'L', 'H', 'LL', 'HH', 'A');

CREATE TABLE patients (
  patient_id bigserial PRIMARY KEY,
  mrn varchar(12) NOT NULL UNIQUE,
  given_name varchar(60) NOT NULL,
  family_name varchar(80) NOT NULL,
  sex char(1) NOT NULL CHECK (sex IN ('M', 'F', 'U')),
  birth_date date NOT NULL,
  phone varchar(24),
  email varchar(254),
  address text,
  ethnicity varchar(40),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN patients.mrn IS 'Medical record number from the hospital PAS.';

CREATE TABLE technicians (
  tech_id serial PRIMARY KEY,
  staff_no varchar(10) NOT NULL UNIQUE,
  full_name varchar(120) NOT NULL,
  qualification varchar(40),
  department varchar(40) NOT NULL CHECK (department IN ('haematology', 'biochemistry', 'microbiology', 'immunology', 'histopathology')),
  supervisor_id integer REFERENCES technicians(tech_id),
  hired_on date NOT NULL,
  is_active smallint NOT NULL DEFAULT 1
);

CREATE TABLE requisitions (
  requisition_id bigserial PRIMARY KEY,
  accession_no varchar(16) NOT NULL UNIQUE,
  patient_id bigint NOT NULL REFERENCES patients(patient_id),
  ordering_physician varchar(120) NOT NULL,
  ordering_clinic varchar(120),
  priority order_priority NOT NULL DEFAULT 'routine',
  clinical_notes text,
  icd10_code varchar(8),
  ordered_at timestamptz NOT NULL,
  fasting boolean NOT NULL DEFAULT false
);

CREATE TABLE specimens (
  specimen_id bigserial PRIMARY KEY,
  barcode varchar(20) NOT NULL UNIQUE,
  requisition_id bigint NOT NULL REFERENCES requisitions(requisition_id),
  specimen_type varchar(30) NOT NULL,
  container_type varchar(40) NOT NULL,
  volume_ml numeric(5,1),
  collected_at timestamptz NOT NULL,
  received_at timestamptz,
  status specimen_status NOT NULL DEFAULT 'collected',
  rejection_reason varchar(200),
  storage_location varchar(30),
  parent_specimen_id bigint REFERENCES specimens(specimen_id),
  CHECK (received_at IS NULL OR received_at >= collected_at)
);
COMMENT ON COLUMN specimens.parent_specimen_id IS 'Aliquots point to the primary tube they were split from.';

CREATE TABLE assays (
  assay_id serial PRIMARY KEY,
  loinc_code varchar(10) NOT NULL UNIQUE,
  short_name varchar(30) NOT NULL,
  long_name varchar(200) NOT NULL,
  analyte varchar(80) NOT NULL,
  unit varchar(20) NOT NULL,
  ref_low numeric(10,3),
  ref_high numeric(10,3),
  method varchar(60),
  turnaround_hours smallint NOT NULL DEFAULT 24,
  price numeric(8,2),
  CHECK (ref_low IS NULL OR ref_high IS NULL OR ref_low < ref_high)
);

CREATE TABLE instruments (
  instrument_id serial PRIMARY KEY,
  serial_number varchar(30) NOT NULL UNIQUE,
  manufacturer varchar(60) NOT NULL,
  model varchar(60) NOT NULL,
  lab_section varchar(40),
  installed_on date,
  last_service_epoch bigint,
  status varchar(16) NOT NULL DEFAULT 'online' CHECK (status IN ('online', 'offline', 'maintenance', 'retired'))
);

CREATE TABLE calibrations (
  calibration_id bigserial PRIMARY KEY,
  instrument_id integer NOT NULL REFERENCES instruments(instrument_id),
  assay_id integer NOT NULL REFERENCES assays(assay_id),
  calibrator_lot varchar(20) NOT NULL,
  performed_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  slope numeric(8,4),
  intercept numeric(8,4),
  passed boolean NOT NULL,
  performed_by integer REFERENCES technicians(tech_id),
  CHECK (expires_at > performed_at)
);

CREATE TABLE qc_runs (
  qc_run_id bigserial PRIMARY KEY,
  instrument_id integer NOT NULL REFERENCES instruments(instrument_id),
  assay_id integer NOT NULL REFERENCES assays(assay_id),
  control_level smallint NOT NULL CHECK (control_level BETWEEN 1 AND 3),
  control_lot varchar(20) NOT NULL,
  target_mean numeric(10,3) NOT NULL,
  target_sd numeric(10,3) NOT NULL CHECK (target_sd > 0),
  measured_value numeric(10,3) NOT NULL,
  westgard_violation varchar(10),
  run_at timestamptz NOT NULL,
  accepted int NOT NULL DEFAULT 1
);

CREATE TABLE results (
  result_id bigserial PRIMARY KEY,
  specimen_id bigint NOT NULL REFERENCES specimens(specimen_id),
  assay_id integer NOT NULL REFERENCES assays(assay_id),
  instrument_id integer REFERENCES instruments(instrument_id),
  value_numeric numeric(12,4),
  value_text varchar(60),
  unit varchar(20),
  ref_range_low numeric(10,3),
  ref_range_high numeric(10,3),
  abnormal_flag abnormal_flag,
  resulted_at timestamptz NOT NULL,
  verified_by integer REFERENCES technicians(tech_id),
  verified_at timestamptz,
  is_corrected boolean NOT NULL DEFAULT false,
  comment text,
  CHECK (verified_at IS NULL OR verified_at >= resulted_at)
);

CREATE TABLE reports (
  report_id bigserial PRIMARY KEY,
  requisition_id bigint NOT NULL REFERENCES requisitions(requisition_id),
  report_status varchar(12) NOT NULL CHECK (report_status IN ('preliminary', 'final', 'amended', 'cancelled')),
  issued_at timestamptz,
  signed_by integer REFERENCES technicians(tech_id),
  pdf_path varchar(255),
  delivery jsonb,
  page_count smallint CHECK (page_count > 0)
);
