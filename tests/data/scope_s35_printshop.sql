-- A commercial print shop (brief s35 of session 15): held-out schema for asides, reasons and units said around a clause.
CREATE TABLE customers (
    customer_id        serial PRIMARY KEY,
    company            varchar(120) NOT NULL,
    contact_email      varchar(120),
    is_trade           boolean NOT NULL DEFAULT false,
    payment_terms_days smallint NOT NULL DEFAULT 30 CHECK (payment_terms_days IN (0, 14, 30, 60)),
    credit_limit       numeric(10,2),
    created_at         timestamptz NOT NULL
);

CREATE TABLE presses (
    press_id     serial PRIMARY KEY,
    press_name   varchar(60) NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('offset', 'digital', 'large_format', 'letterpress')),
    max_sheet_mm integer NOT NULL,
    speed_sph    integer NOT NULL,
    bought_on    date
);

CREATE TABLE paper_stock (
    paper_id       serial PRIMARY KEY,
    paper_name     varchar(80) NOT NULL,
    weight_gsm     smallint NOT NULL,
    finish         text NOT NULL CHECK (finish IN ('gloss', 'silk', 'matt', 'uncoated')),
    cost_per_sheet numeric(6,4) NOT NULL,
    on_hand        integer NOT NULL DEFAULT 0
);

CREATE TABLE quotes (
    quote_id     serial PRIMARY KEY,
    customer_id  integer NOT NULL REFERENCES customers(customer_id),
    quoted_on    date NOT NULL,
    quantity     integer NOT NULL,
    price_net    numeric(10,2) NOT NULL,
    margin_pct   numeric(5,2) CHECK (margin_pct BETWEEN 0 AND 100),
    status       text NOT NULL CHECK (status IN ('draft', 'sent', 'won', 'lost', 'expired'))
);

CREATE TABLE print_jobs (
    job_id       serial PRIMARY KEY,
    quote_id     integer REFERENCES quotes(quote_id),
    customer_id  integer NOT NULL REFERENCES customers(customer_id),
    press_id     integer NOT NULL REFERENCES presses(press_id),
    paper_id     integer NOT NULL REFERENCES paper_stock(paper_id),
    run_length   integer NOT NULL,
    setup_secs   integer NOT NULL,
    waste_rate   numeric(4,3) CHECK (waste_rate BETWEEN 0 AND 1),
    due_on       date NOT NULL,
    printed_at   timestamptz,
    is_rush      boolean NOT NULL DEFAULT false
);

CREATE TABLE deliveries (
    delivery_id      serial PRIMARY KEY,
    job_id           integer NOT NULL REFERENCES print_jobs(job_id),
    courier          text NOT NULL CHECK (courier IN ('own_van', 'dpd', 'ups', 'collect')),
    distance_km      numeric(6,1),
    dispatched_at    timestamptz NOT NULL,
    delivered_at     timestamptz,
    parcel_weight_kg numeric(6,2)
);

CREATE TABLE invoices (
    invoice_id   serial PRIMARY KEY,
    customer_id  integer NOT NULL REFERENCES customers(customer_id),
    issued_on    date NOT NULL,
    total_gbp    numeric(10,2) NOT NULL,
    vat_rate     numeric(4,3) NOT NULL DEFAULT 0.2,
    paid_on      date
);

CREATE TABLE operators (
    operator_id  serial PRIMARY KEY,
    full_name    varchar(100) NOT NULL,
    press_id     integer REFERENCES presses(press_id),
    shift_hrs    numeric(4,1) NOT NULL,
    started_on   date NOT NULL
);
