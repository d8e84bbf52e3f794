-- Temp staffing agency: clients, temps, bookings, shifts, timesheets, billing
CREATE TYPE cand_status AS ENUM ('registered', 'compliant', 'working', 'inactive', 'dnu');

CREATE TABLE clients (
    client_id          serial PRIMARY KEY,
    client_name        text NOT NULL,
    acct_mgr           text,
    credit_limit       numeric(12,2) NOT NULL DEFAULT 0 CHECK (credit_limit >= 0),
    payment_terms_days integer NOT NULL DEFAULT 30 CHECK (payment_terms_days IN (7, 14, 30, 60)),
    status             text NOT NULL CHECK (status IN ('prospect', 'active', 'on_hold', 'closed')),
    vat_registered     boolean NOT NULL DEFAULT true,
    created_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE client_sites (
    site_id        serial PRIMARY KEY,
    client_id      integer NOT NULL REFERENCES clients(client_id),
    site_name      text NOT NULL,
    addr_line1     text NOT NULL,
    postcode       text NOT NULL,
    induction_reqd boolean NOT NULL DEFAULT false,
    has_parking    boolean NOT NULL DEFAULT true
);

CREATE TABLE candidates (
    cand_id        serial PRIMARY KEY,
    first_name     text NOT NULL,
    last_name      text NOT NULL,
    email          text NOT NULL UNIQUE,
    mobile         text,
    ni_number      text,
    dob            date NOT NULL,
    status         cand_status NOT NULL DEFAULT 'registered',
    pay_type       text NOT NULL CHECK (pay_type IN ('PAYE', 'UMB', 'LTD')),
    rtw_checked    boolean NOT NULL DEFAULT false,
    own_transport  boolean NOT NULL DEFAULT false,
    min_pay_rate   numeric(6,2) CHECK (min_pay_rate > 0),
    registered_on  date NOT NULL
);

CREATE TABLE compliance_docs (
    doc_id       serial PRIMARY KEY,
    cand_id      integer NOT NULL REFERENCES candidates(cand_id),
    doc_type     text NOT NULL CHECK (doc_type IN ('RTW', 'DBS', 'FLT', 'CSCS', 'FOOD_HYG', 'MAN_HANDLING')),
    doc_ref      text,
    issued_on    date NOT NULL,
    expires_on   date,
    verified     boolean NOT NULL DEFAULT false,
    verified_by  text
);

CREATE TABLE job_orders (
    order_id     serial PRIMARY KEY,
    client_id    integer NOT NULL REFERENCES clients(client_id),
    site_id      integer NOT NULL REFERENCES client_sites(site_id),
    job_title    text NOT NULL,
    order_type   text NOT NULL CHECK (order_type IN ('temp', 'temp_to_perm', 'perm')),
    headcount    integer NOT NULL CHECK (headcount > 0),
    pay_rate     numeric(6,2) NOT NULL CHECK (pay_rate > 0),
    charge_rate  numeric(6,2) NOT NULL,
    start_date   date NOT NULL,
    end_date     date,
    status       text NOT NULL CHECK (status IN ('open', 'part_filled', 'filled', 'cancelled', 'closed')),
    raised_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (charge_rate >= pay_rate)
);

CREATE TABLE assignments (
    assign_id     serial PRIMARY KEY,
    order_id      integer NOT NULL REFERENCES job_orders(order_id),
    cand_id       integer NOT NULL REFERENCES candidates(cand_id),
    start_date    date NOT NULL,
    end_date      date,
    status        text NOT NULL CHECK (status IN ('booked', 'live', 'ended', 'cancelled')),
    awr_qualified boolean NOT NULL DEFAULT false
);

CREATE TABLE shifts (
    shift_id    serial PRIMARY KEY,
    assign_id   integer NOT NULL REFERENCES assignments(assign_id),
    shift_date  date NOT NULL,
    start_time  time NOT NULL,
    end_time    time NOT NULL,
    break_mins  integer NOT NULL DEFAULT 30 CHECK (break_mins BETWEEN 0 AND 120),
    status      text NOT NULL CHECK (status IN ('scheduled', 'worked', 'cancelled', 'no_show')),
    is_night    boolean NOT NULL DEFAULT false
);

CREATE TABLE invoices (
    invoice_id  serial PRIMARY KEY,
    client_id   integer NOT NULL REFERENCES clients(client_id),
    inv_no      text NOT NULL UNIQUE,
    inv_date    date NOT NULL,
    due_date    date NOT NULL,
    net_amt     numeric(12,2) NOT NULL CHECK (net_amt >= 0),
    vat_amt     numeric(12,2) NOT NULL DEFAULT 0 CHECK (vat_amt >= 0),
    status      text NOT NULL CHECK (status IN ('draft', 'issued', 'part_paid', 'paid', 'credited')),
    paid_at     timestamptz
);

CREATE TABLE timesheets (
    ts_id        serial PRIMARY KEY,
    assign_id    integer NOT NULL REFERENCES assignments(assign_id),
    week_ending  date NOT NULL,
    std_hrs      numeric(5,2) NOT NULL CHECK (std_hrs BETWEEN 0 AND 60),
    ot_hrs       numeric(5,2) NOT NULL DEFAULT 0 CHECK (ot_hrs BETWEEN 0 AND 40),
    status       text NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'rejected', 'paid')),
    approved_by  text,
    approved_at  timestamptz,
    invoice_id   integer REFERENCES invoices(invoice_id)
);
