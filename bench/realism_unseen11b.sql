-- HELD-OUT schema of round 4 (r5, issue 10): a municipal permits and inspections office. Written
-- before any round-4 change of r5; not sampled until the end.
CREATE TYPE permit_status AS ENUM ('submitted', 'under_review', 'approved', 'issued', 'rejected', 'expired');

CREATE TABLE departments (
  id serial PRIMARY KEY,
  name varchar(100) NOT NULL UNIQUE,
  code varchar(8) NOT NULL UNIQUE,
  office_room varchar(20),
  phone varchar(20)
);

CREATE TABLE staff (
  id serial PRIMARY KEY,
  department_id int NOT NULL REFERENCES departments (id),
  first_name varchar(60) NOT NULL,
  last_name varchar(60) NOT NULL,
  title varchar(80) NOT NULL,
  badge_number char(6) NOT NULL UNIQUE,
  shift varchar(12),
  certification_level varchar(20),
  hired_on date NOT NULL
);

CREATE TABLE applicants (
  id serial PRIMARY KEY,
  applicant_type varchar(20) NOT NULL,
  name varchar(160) NOT NULL,
  contact_email varchar(120),
  phone varchar(20),
  account_number char(9) UNIQUE,
  preferred_language varchar(20)
);
COMMENT ON COLUMN applicants.applicant_type IS 'homeowner, contractor, business, nonprofit, government agency';

CREATE TABLE parcels (
  id serial PRIMARY KEY,
  parcel_number varchar(20) NOT NULL UNIQUE,
  street_address varchar(160) NOT NULL,
  zoning varchar(10) NOT NULL,
  lot_size_sqft int CHECK (lot_size_sqft > 0),
  flood_zone varchar(4),
  land_use varchar(30)
);
COMMENT ON COLUMN parcels.zoning IS 'Zoning district, e.g. R-1, R-2, C-1, M-1, MU';

CREATE TABLE permit_types (
  id serial PRIMARY KEY,
  name varchar(80) NOT NULL UNIQUE,
  category varchar(30) NOT NULL,
  base_fee numeric(10,2) NOT NULL CHECK (base_fee >= 0),
  review_days smallint NOT NULL DEFAULT 10,
  complexity varchar(10)
);

CREATE TABLE permits (
  id bigserial PRIMARY KEY,
  permit_number varchar(20) NOT NULL UNIQUE,
  permit_type_id int NOT NULL REFERENCES permit_types (id),
  parcel_id int NOT NULL REFERENCES parcels (id),
  applicant_id int NOT NULL REFERENCES applicants (id),
  reviewer_id int REFERENCES staff (id),
  project_title varchar(160),
  description text,
  valuation numeric(12,2),
  priority varchar(10) NOT NULL DEFAULT 'normal',
  status permit_status NOT NULL DEFAULT 'submitted',
  submitted_at timestamptz NOT NULL,
  issued_at timestamptz,
  expires_on date
);
COMMENT ON COLUMN permits.priority IS 'low | normal | high | emergency';

CREATE TABLE inspections (
  id bigserial PRIMARY KEY,
  permit_id bigint NOT NULL REFERENCES permits (id),
  inspector_id int NOT NULL REFERENCES staff (id),
  inspection_type varchar(30) NOT NULL,
  scheduled_for timestamptz NOT NULL,
  completed_at timestamptz,
  result varchar(12),
  severity varchar(10),
  notes text
);
COMMENT ON COLUMN inspections.result IS 'Allowed values: pass, fail, partial, cancelled';

CREATE TABLE documents (
  id bigserial PRIMARY KEY,
  permit_id bigint NOT NULL REFERENCES permits (id),
  title varchar(200) NOT NULL,
  file_format varchar(8) NOT NULL,
  page_count smallint,
  storage_box varchar(12),
  uploaded_at timestamptz NOT NULL
);

CREATE TABLE fees (
  id bigserial PRIMARY KEY,
  permit_id bigint NOT NULL REFERENCES permits (id),
  fee_type varchar(30) NOT NULL,
  amount numeric(10,2) NOT NULL CHECK (amount >= 0),
  paid boolean NOT NULL DEFAULT false,
  receipt_number char(10) UNIQUE,
  paid_at timestamptz
);

CREATE TABLE public_notices (
  id serial PRIMARY KEY,
  permit_id bigint NOT NULL REFERENCES permits (id),
  headline varchar(200) NOT NULL,
  audience varchar(30),
  posted_on date NOT NULL,
  visibility varchar(12) NOT NULL
);
