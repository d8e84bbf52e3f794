-- Tune schema of round 4 (r3, issue 10): a law firm's case management (clients, matters, hearings,
-- deadlines, time entries, invoices, documents, court filings). Written before any round-4 change of
-- r3; no rule may name its tables or columns.
CREATE TYPE matter_status AS ENUM ('intake', 'open', 'on_hold', 'closed', 'archived');
CREATE TYPE invoice_state AS ENUM ('draft', 'sent', 'paid', 'overdue', 'written_off');

CREATE TABLE attorneys (
  id serial PRIMARY KEY,
  full_name varchar(120) NOT NULL,
  email varchar(200) NOT NULL UNIQUE,
  bar_number varchar(20) NOT NULL UNIQUE,
  bar_admitted_on date NOT NULL,
  title varchar(20) NOT NULL CHECK (title IN ('associate', 'senior_associate', 'counsel', 'partner', 'paralegal')),
  hourly_rate numeric(8,2) NOT NULL CHECK (hourly_rate > 0),
  is_active boolean NOT NULL DEFAULT true,
  hired_on date NOT NULL,
  left_on date
);
COMMENT ON COLUMN attorneys.hourly_rate IS 'Standard billing rate in USD per hour';

CREATE TABLE clients (
  id bigserial PRIMARY KEY,
  client_number varchar(12) NOT NULL UNIQUE,
  name varchar(160) NOT NULL,
  client_type varchar(12) NOT NULL CHECK (client_type IN ('individual', 'company', 'government', 'nonprofit')),
  email varchar(200),
  phone varchar(30),
  billing_address text,
  conflict_checked_at timestamptz,
  retainer_balance numeric(12,2) NOT NULL DEFAULT 0,
  onboarded_at timestamptz NOT NULL DEFAULT now(),
  archived_at timestamptz,
  is_archived boolean NOT NULL DEFAULT false
);

CREATE TABLE matters (
  id bigserial PRIMARY KEY,
  client_id bigint NOT NULL REFERENCES clients(id),
  responsible_attorney_id int NOT NULL REFERENCES attorneys(id),
  matter_number varchar(16) NOT NULL UNIQUE,
  title varchar(200) NOT NULL,
  practice_area varchar(30) NOT NULL CHECK (practice_area IN ('litigation', 'corporate', 'employment', 'real_estate', 'intellectual_property', 'family', 'criminal', 'tax')),
  status matter_status NOT NULL DEFAULT 'intake',
  billing_type varchar(12) NOT NULL CHECK (billing_type IN ('hourly', 'flat_fee', 'contingency', 'pro_bono')),
  flat_fee_amount numeric(12,2),
  contingency_pct numeric(5,2) CHECK (contingency_pct BETWEEN 0 AND 50),
  budget_hours numeric(7,1),
  opened_on date NOT NULL,
  closed_on date,
  statute_of_limitations date,
  description text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz
);
COMMENT ON TABLE matters IS 'A legal matter (case or engagement) opened for a client';

CREATE TABLE hearings (
  id bigserial PRIMARY KEY,
  matter_id bigint NOT NULL REFERENCES matters(id),
  court_name varchar(160) NOT NULL,
  courtroom varchar(20),
  judge_name varchar(120),
  hearing_type varchar(30) NOT NULL CHECK (hearing_type IN ('motion', 'status_conference', 'trial', 'deposition', 'mediation', 'sentencing')),
  scheduled_start timestamptz NOT NULL,
  scheduled_end timestamptz NOT NULL,
  actual_start timestamptz,
  actual_end timestamptz,
  outcome varchar(30),
  is_remote boolean NOT NULL DEFAULT false,
  postponed_at timestamptz,
  notes text
);

CREATE TABLE deadlines (
  id bigserial PRIMARY KEY,
  matter_id bigint NOT NULL REFERENCES matters(id),
  assigned_to int REFERENCES attorneys(id),
  description varchar(200) NOT NULL,
  due_on date NOT NULL,
  reminder_days_before smallint NOT NULL DEFAULT 7,
  completed_at timestamptz,
  is_court_imposed boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE time_entries (
  id bigserial PRIMARY KEY,
  matter_id bigint NOT NULL REFERENCES matters(id),
  attorney_id int NOT NULL REFERENCES attorneys(id),
  work_date date NOT NULL,
  billable_hours numeric(4,1) NOT NULL CHECK (billable_hours > 0),
  rate numeric(8,2) NOT NULL,
  amount numeric(10,2) NOT NULL,
  narrative text NOT NULL,
  activity_code varchar(8),
  is_billable boolean NOT NULL DEFAULT true,
  billed_at timestamptz,
  entry_year smallint NOT NULL,
  entry_month smallint NOT NULL CHECK (entry_month BETWEEN 1 AND 12),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN time_entries.activity_code IS 'UTBMS activity code, e.g. A101';

CREATE TABLE invoices (
  id bigserial PRIMARY KEY,
  matter_id bigint NOT NULL REFERENCES matters(id),
  invoice_number varchar(20) NOT NULL UNIQUE,
  state invoice_state NOT NULL DEFAULT 'draft',
  issued_on date NOT NULL,
  due_on date NOT NULL,
  paid_on date,
  period_start date NOT NULL,
  period_end date NOT NULL,
  fees_total numeric(12,2) NOT NULL,
  expenses_total numeric(12,2) NOT NULL DEFAULT 0,
  amount_due numeric(12,2) NOT NULL,
  amount_paid numeric(12,2) NOT NULL DEFAULT 0,
  write_off_amount numeric(12,2),
  fiscal_year smallint NOT NULL,
  fiscal_quarter smallint NOT NULL CHECK (fiscal_quarter BETWEEN 1 AND 4),
  voided_at timestamptz
);

CREATE TABLE documents (
  id bigserial PRIMARY KEY,
  matter_id bigint NOT NULL REFERENCES matters(id),
  uploaded_by int REFERENCES attorneys(id),
  file_name varchar(255) NOT NULL,
  mime_type varchar(100) NOT NULL,
  size_bytes bigint NOT NULL,
  page_count integer,
  privileged boolean NOT NULL DEFAULT false,
  version_no smallint NOT NULL DEFAULT 1,
  uploaded_at timestamptz NOT NULL,
  last_opened_at timestamptz,
  retention_until date,
  deleted_at timestamptz
);

CREATE TABLE court_filings (
  id bigserial PRIMARY KEY,
  matter_id bigint NOT NULL REFERENCES matters(id),
  document_id bigint REFERENCES documents(id),
  docket_number varchar(30) NOT NULL,
  filing_type varchar(40) NOT NULL,
  jurisdiction varchar(60) NOT NULL,
  drafted_at timestamptz NOT NULL,
  filed_at timestamptz,
  accepted_at timestamptz,
  rejected_at timestamptz,
  rejection_reason varchar(200),
  filing_fee numeric(8,2),
  status varchar(12) NOT NULL CHECK (status IN ('draft', 'filed', 'accepted', 'rejected'))
);

CREATE TABLE matter_parties (
  id bigserial PRIMARY KEY,
  matter_id bigint NOT NULL REFERENCES matters(id),
  party_name varchar(160) NOT NULL,
  role varchar(20) NOT NULL CHECK (role IN ('plaintiff', 'defendant', 'witness', 'opposing_counsel', 'expert', 'co_counsel')),
  represented_by varchar(160),
  added_on date NOT NULL,
  removed_on date
);
