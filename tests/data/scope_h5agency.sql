-- Advertising agency: clients, campaigns, media buying (IOs), creative, time & billing

CREATE TYPE campaign_status AS ENUM ('pitch', 'briefed', 'live', 'paused', 'wrapped', 'cancelled');

CREATE TABLE clients (
    client_id            serial PRIMARY KEY,
    client_name          text          NOT NULL UNIQUE,
    industry             text          NOT NULL
                         CHECK (industry IN ('fmcg', 'auto', 'finance', 'telco', 'retail', 'pharma', 'travel', 'public_sector')),
    is_retainer          boolean       NOT NULL DEFAULT false,
    payment_terms_days   integer       NOT NULL DEFAULT 30 CHECK (payment_terms_days IN (14, 30, 45, 60, 90)),
    credit_limit         numeric(12,2),
    onboarded_at         timestamptz   NOT NULL DEFAULT now()
);

CREATE TABLE brands (
    brand_id             serial PRIMARY KEY,
    client_id            integer       NOT NULL REFERENCES clients(client_id),
    brand_name           text          NOT NULL,
    is_active            boolean       NOT NULL DEFAULT true
);

CREATE TABLE staff (
    staff_id             serial PRIMARY KEY,
    full_name            text          NOT NULL,
    dept                 text          NOT NULL
                         CHECK (dept IN ('account', 'creative', 'media', 'strategy', 'production', 'finance')),
    job_title            text          NOT NULL,
    day_rate             numeric(8,2)  NOT NULL CHECK (day_rate > 0),
    started_on           date          NOT NULL,
    left_on              date
);

CREATE TABLE campaigns (
    campaign_id          serial PRIMARY KEY,
    brand_id             integer       NOT NULL REFERENCES brands(brand_id),
    account_lead_id      integer       NOT NULL REFERENCES staff(staff_id),
    camp_name            text          NOT NULL,
    objective            text          NOT NULL
                         CHECK (objective IN ('awareness', 'consideration', 'conversion', 'retention')),
    status               campaign_status NOT NULL DEFAULT 'briefed',
    flight_start         date          NOT NULL,
    flight_end           date          NOT NULL,
    budget_gross         numeric(14,2) NOT NULL CHECK (budget_gross >= 0),
    CHECK (flight_end >= flight_start)
);

CREATE TABLE vendors (
    vendor_id            serial PRIMARY KEY,
    vendor_name          text          NOT NULL,
    channel              text          NOT NULL
                         CHECK (channel IN ('tv', 'radio', 'ooh', 'print', 'digital', 'social', 'search', 'cinema')),
    is_programmatic      boolean       NOT NULL DEFAULT false,
    commission_pct       numeric(5,2)  NOT NULL DEFAULT 15.00 CHECK (commission_pct BETWEEN 0 AND 100)
);

CREATE TABLE insertion_orders (
    io_id                serial PRIMARY KEY,
    io_number            varchar(20)   NOT NULL UNIQUE,
    campaign_id          integer       NOT NULL REFERENCES campaigns(campaign_id),
    vendor_id            integer       NOT NULL REFERENCES vendors(vendor_id),
    io_status            text          NOT NULL DEFAULT 'draft'
                         CHECK (io_status IN ('draft', 'sent', 'signed', 'cancelled')),
    signed_on            date,
    net_cost             numeric(12,2) NOT NULL CHECK (net_cost >= 0),
    po_ref               text
);

CREATE TABLE placements (
    placement_id         serial PRIMARY KEY,
    io_id                integer       NOT NULL REFERENCES insertion_orders(io_id),
    placement_name       text          NOT NULL,
    buy_type             text          NOT NULL CHECK (buy_type IN ('CPM', 'CPC', 'CPA', 'CPV', 'flat')),
    rate                 numeric(10,4) NOT NULL CHECK (rate >= 0),
    booked_impr          bigint,
    start_date           date          NOT NULL,
    end_date             date          NOT NULL,
    CHECK (end_date >= start_date)
);

CREATE TABLE creatives (
    creative_id          serial PRIMARY KEY,
    campaign_id          integer       NOT NULL REFERENCES campaigns(campaign_id),
    asset_name           text          NOT NULL,
    format               text          NOT NULL
                         CHECK (format IN ('banner', 'video', 'audio', 'print', 'ooh_poster', 'social_post')),
    duration_sec         integer       CHECK (duration_sec > 0),
    approval_status      text          NOT NULL DEFAULT 'wip'
                         CHECK (approval_status IN ('wip', 'internal_review', 'client_review', 'approved', 'rejected')),
    version_no           integer       NOT NULL DEFAULT 1 CHECK (version_no >= 1)
);

CREATE TABLE timesheets (
    ts_id                serial PRIMARY KEY,
    staff_id             integer       NOT NULL REFERENCES staff(staff_id),
    campaign_id          integer       NOT NULL REFERENCES campaigns(campaign_id),
    work_date            date          NOT NULL,
    hours                numeric(4,2)  NOT NULL CHECK (hours > 0 AND hours <= 24),
    is_billable          boolean       NOT NULL DEFAULT true,
    note                 text
);

CREATE TABLE invoices (
    invoice_id           serial PRIMARY KEY,
    inv_no               varchar(20)   NOT NULL UNIQUE,
    client_id            integer       NOT NULL REFERENCES clients(client_id),
    campaign_id          integer       REFERENCES campaigns(campaign_id),
    issued_on            date          NOT NULL,
    due_on               date          NOT NULL,
    amount_net           numeric(12,2) NOT NULL,
    vat_amount           numeric(12,2) NOT NULL DEFAULT 0,
    paid_on              date,
    inv_status           text          NOT NULL DEFAULT 'draft'
                         CHECK (inv_status IN ('draft', 'issued', 'paid', 'overdue', 'written_off'))
);
