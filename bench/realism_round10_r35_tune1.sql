-- Audit / accounting firm: clients, engagements, staff assignments, timesheets, findings, workpapers.
CREATE TABLE clients (
    client_id serial PRIMARY KEY,
    client_name text NOT NULL,
    entity_type text NOT NULL,
    industry text,
    year_end date NOT NULL,
    annual_turnover numeric(14,2),
    listed boolean NOT NULL DEFAULT false,
    risk_rating text CHECK (risk_rating IN ('low','medium','high'))
);
CREATE TABLE staff (
    staff_id serial PRIMARY KEY,
    full_name text NOT NULL,
    grade text NOT NULL,
    qualification text,
    charge_out_rate numeric(8,2) NOT NULL,
    office text
);
CREATE TABLE engagements (
    engagement_id serial PRIMARY KEY,
    client_id integer NOT NULL REFERENCES clients,
    engagement_type text NOT NULL,
    period_end date NOT NULL,
    partner_id integer REFERENCES staff,
    materiality numeric(14,2),
    performance_materiality numeric(14,2),
    budget_hours numeric(7,1),
    fee numeric(12,2),
    status text NOT NULL CHECK (status IN ('planning','fieldwork','review','completion','signed','archived')),
    opinion text
);
CREATE TABLE time_entries (
    entry_id bigserial PRIMARY KEY,
    engagement_id integer NOT NULL REFERENCES engagements,
    staff_id integer NOT NULL REFERENCES staff,
    work_date date NOT NULL,
    hours numeric(4,2) NOT NULL,
    activity text NOT NULL,
    billable boolean NOT NULL DEFAULT true,
    narrative text
);
CREATE TABLE findings (
    finding_id serial PRIMARY KEY,
    engagement_id integer NOT NULL REFERENCES engagements,
    audit_area text NOT NULL,
    finding_type text NOT NULL,
    severity text NOT NULL,
    description text,
    management_response text,
    misstatement_amount numeric(12,2),
    adjusted boolean
);
CREATE TABLE workpapers (
    workpaper_id serial PRIMARY KEY,
    engagement_id integer NOT NULL REFERENCES engagements,
    reference varchar(12) NOT NULL,
    title text NOT NULL,
    prepared_by integer REFERENCES staff,
    reviewed_by integer REFERENCES staff,
    prepared_on date,
    review_status text
);
