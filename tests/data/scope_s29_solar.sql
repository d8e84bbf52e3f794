CREATE TABLE sites (
    site_id       serial PRIMARY KEY,
    site_code     char(6) NOT NULL UNIQUE,
    county        varchar(60) NOT NULL,
    area_ha       numeric(7,2) NOT NULL CHECK (area_ha > 0),
    peak_kw       numeric(9,1) NOT NULL CHECK (peak_kw > 0),
    commissioned  date NOT NULL,
    grid_status   varchar(12) NOT NULL DEFAULT 'connected' CHECK (grid_status IN ('connected', 'pending', 'curtailed', 'offline'))
);

CREATE TABLE panels (
    panel_id      serial PRIMARY KEY,
    site_id       integer NOT NULL REFERENCES sites(site_id),
    serial_no     varchar(20) NOT NULL UNIQUE,
    mfr           varchar(40) NOT NULL,
    rated_w       smallint NOT NULL CHECK (rated_w BETWEEN 100 AND 700),
    tilt_deg      numeric(4,1) NOT NULL CHECK (tilt_deg BETWEEN 0 AND 60),
    installed_on  date NOT NULL,
    is_bifacial   boolean NOT NULL DEFAULT false
);

CREATE TABLE members (
    member_id     serial PRIMARY KEY,
    full_name     varchar(120) NOT NULL,
    email         varchar(200),
    postcode      varchar(10) NOT NULL,
    member_type   varchar(12) NOT NULL CHECK (member_type IN ('household', 'business', 'school', 'charity')),
    shares_held   integer NOT NULL CHECK (shares_held BETWEEN 1 AND 10000),
    joined_on     date NOT NULL,
    left_on       date
);

CREATE TABLE technicians (
    tech_id       serial PRIMARY KEY,
    full_name     varchar(120) NOT NULL,
    is_certified  boolean NOT NULL DEFAULT true,
    day_rate      numeric(7,2) NOT NULL
);

CREATE TABLE work_orders (
    wo_id         serial PRIMARY KEY,
    site_id       integer NOT NULL REFERENCES sites(site_id),
    tech_id       integer REFERENCES technicians(tech_id),
    kind          varchar(12) NOT NULL CHECK (kind IN ('inspection', 'cleaning', 'repair', 'replacement')),
    priority      smallint NOT NULL CHECK (priority BETWEEN 1 AND 5),
    opened_at     timestamptz NOT NULL,
    closed_at     timestamptz,
    cost_eur      numeric(9,2)
);

CREATE TABLE payouts (
    payout_id     serial PRIMARY KEY,
    member_id     integer NOT NULL REFERENCES members(member_id),
    period_start  date NOT NULL,
    period_end    date NOT NULL,
    amount_eur    numeric(9,2) NOT NULL CHECK (amount_eur >= 0),
    method        varchar(10) NOT NULL CHECK (method IN ('sepa', 'cheque', 'reinvest')),
    sent_at       timestamptz
);
