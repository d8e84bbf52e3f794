-- Tune schema of round 5 (r9, issue 10): a charity / non-profit CRM (donors, gifts, pledges, appeals,
-- funds, gift aid, volunteers, events, grants). Written before any r9 change; no rule may name one of
-- its tables or columns.
CREATE TYPE donor_kind AS ENUM ('individual', 'organisation');
CREATE TYPE payment_method AS ENUM ('card', 'direct_debit', 'cheque', 'cash', 'bank_transfer', 'paypal');
CREATE TYPE pledge_frequency AS ENUM ('monthly', 'quarterly', 'annually');
CREATE TYPE grant_status AS ENUM ('draft', 'submitted', 'under_review', 'awarded', 'declined', 'withdrawn');

CREATE TABLE funds (
  fund_id serial PRIMARY KEY,
  fund_code varchar(12) NOT NULL UNIQUE,
  name varchar(120) NOT NULL,
  is_restricted boolean NOT NULL DEFAULT false,
  description text,
  target_amount numeric(12,2),
  opened_on date NOT NULL DEFAULT current_date,
  closed_on date,
  CHECK (closed_on IS NULL OR closed_on >= opened_on)
);
COMMENT ON TABLE funds IS 'Designations a gift can go to; restricted funds may only be spent on their purpose.';

CREATE TABLE campaigns (
  id serial PRIMARY KEY,
  campaign_code varchar(16) NOT NULL UNIQUE,
  title varchar(150) NOT NULL,
  channel varchar(20) NOT NULL CHECK (channel IN ('direct_mail', 'email', 'telephone', 'event', 'online', 'face_to_face')),
  parent_campaign_id integer REFERENCES campaigns(id),
  fund_id integer REFERENCES funds(fund_id),
  starts_on date NOT NULL,
  ends_on date,
  goal_amount numeric(12,2) CHECK (goal_amount > 0),
  budget numeric(10,2),
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
COMMENT ON TABLE campaigns IS 'Appeals and campaigns; an appeal may sit under a parent campaign.';

CREATE TABLE donors (
  donor_id bigserial PRIMARY KEY,
  donor_type donor_kind NOT NULL DEFAULT 'individual',
  title varchar(10),
  first_name varchar(60),
  last_name varchar(80),
  organisation_name varchar(160),
  email varchar(254) UNIQUE,
  phone varchar(30),
  address_line1 varchar(120),
  town varchar(80),
  postcode varchar(10),
  country_code char(2) NOT NULL DEFAULT 'GB',
  date_of_birth date,
  gift_aid_declared smallint NOT NULL DEFAULT 0 CHECK (gift_aid_declared IN (0, 1)),
  contact_by_email boolean NOT NULL DEFAULT false,
  contact_by_post boolean NOT NULL DEFAULT true,
  first_gift_date date,
  lifetime_giving numeric(12,2) NOT NULL DEFAULT 0,
  source_campaign_id integer REFERENCES campaigns(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((donor_type = 'individual' AND last_name IS NOT NULL) OR (donor_type = 'organisation' AND organisation_name IS NOT NULL))
);

CREATE TABLE recurring_pledges (
  pledge_id bigserial PRIMARY KEY,
  donor_id bigint NOT NULL REFERENCES donors(donor_id),
  fund_id integer REFERENCES funds(fund_id),
  frequency pledge_frequency NOT NULL DEFAULT 'monthly',
  instalment_amount numeric(8,2) NOT NULL CHECK (instalment_amount > 0),
  mandate_ref varchar(18) UNIQUE,
  collection_day smallint CHECK (collection_day BETWEEN 1 AND 28),
  start_date date NOT NULL,
  cancelled_on date,
  cancel_reason varchar(200),
  CHECK (cancelled_on IS NULL OR cancelled_on >= start_date)
);
COMMENT ON COLUMN recurring_pledges.mandate_ref IS 'Direct Debit mandate reference (BACS).';

CREATE TABLE donations (
  id bigserial PRIMARY KEY,
  donor_id bigint NOT NULL REFERENCES donors(donor_id),
  campaign_id integer REFERENCES campaigns(id),
  fund_id integer NOT NULL REFERENCES funds(fund_id),
  pledge_id bigint REFERENCES recurring_pledges(pledge_id),
  amount numeric(12,2) NOT NULL CHECK (amount > 0),
  currency char(3) NOT NULL DEFAULT 'GBP',
  method payment_method NOT NULL,
  received_at timestamptz NOT NULL,
  receipt_no varchar(20) UNIQUE,
  is_anonymous boolean NOT NULL DEFAULT false,
  gift_aid_eligible boolean NOT NULL DEFAULT false,
  in_memory_of varchar(120),
  notes text
);
COMMENT ON COLUMN donations.in_memory_of IS 'Name of the person a tribute gift remembers.';

CREATE TABLE gift_aid_claims (
  claim_id serial PRIMARY KEY,
  donation_id bigint NOT NULL UNIQUE REFERENCES donations(id),
  claim_ref varchar(24) NOT NULL,
  claimable_amount numeric(10,2) NOT NULL,
  tax_year varchar(7) NOT NULL CHECK (tax_year ~ '^[0-9]{4}-[0-9]{2}$'),
  submitted_epoch bigint,
  status varchar(12) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'submitted', 'paid', 'rejected'))
);
COMMENT ON COLUMN gift_aid_claims.claimable_amount IS '25p per pound donated, reclaimed from HMRC.';

CREATE TABLE volunteers (
  vol_id serial PRIMARY KEY,
  donor_id bigint REFERENCES donors(donor_id),
  fullName varchar(120) NOT NULL,
  emailAddr varchar(254),
  mobile varchar(20),
  skills jsonb NOT NULL DEFAULT '[]',
  dbs_checked smallint NOT NULL DEFAULT 0,
  dbs_expiry date,
  emergency_contact varchar(120),
  joined_on date NOT NULL,
  total_hours numeric(7,1) NOT NULL DEFAULT 0,
  active int NOT NULL DEFAULT 1
);

CREATE TABLE volunteer_shifts (
  shift_id bigserial PRIMARY KEY,
  vol_id integer NOT NULL REFERENCES volunteers(vol_id),
  role varchar(60) NOT NULL,
  location varchar(120),
  shift_start timestamp NOT NULL,
  shift_end timestamp NOT NULL,
  hours_logged numeric(4,1),
  supervisor_id integer REFERENCES volunteers(vol_id),
  CHECK (shift_end > shift_start)
);

CREATE TABLE events (
  event_id serial PRIMARY KEY,
  campaign_id integer REFERENCES campaigns(id),
  event_name varchar(150) NOT NULL,
  venue varchar(150),
  event_date date NOT NULL,
  capacity integer CHECK (capacity > 0),
  ticket_price numeric(7,2) NOT NULL DEFAULT 0,
  fundraising_target numeric(10,2)
);

CREATE TABLE event_attendees (
  event_id integer NOT NULL REFERENCES events(event_id),
  donor_id bigint NOT NULL REFERENCES donors(donor_id),
  tickets smallint NOT NULL DEFAULT 1 CHECK (tickets BETWEEN 1 AND 10),
  registered_at timestamptz NOT NULL DEFAULT now(),
  attended boolean,
  dietary_requirements varchar(100),
  amount_raised numeric(10,2) DEFAULT 0,
  PRIMARY KEY (event_id, donor_id)
);

CREATE TABLE grants (
  grant_id serial PRIMARY KEY,
  funder_donor_id bigint NOT NULL REFERENCES donors(donor_id),
  fund_id integer REFERENCES funds(fund_id),
  project_title varchar(200) NOT NULL,
  status grant_status NOT NULL DEFAULT 'draft',
  amount_requested numeric(12,2) NOT NULL CHECK (amount_requested > 0),
  amount_awarded numeric(12,2),
  applied_on date,
  decision_on date,
  reporting_due date,
  grant_ref varchar(30),
  CHECK (amount_awarded IS NULL OR amount_awarded <= amount_requested),
  CHECK (decision_on IS NULL OR decision_on >= applied_on)
);
COMMENT ON TABLE grants IS 'Grant applications to trusts and foundations, and what they awarded.';
