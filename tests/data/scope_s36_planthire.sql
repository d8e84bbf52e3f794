-- A plant hire company (brief s36 of session 16): held-out schema for tables the business names by another word
-- (machines, hires, customers, operators, breakdowns, invoices) than the table's short name says.
CREATE TABLE depots (
    depot_id    serial PRIMARY KEY,
    depot_name  varchar(60) NOT NULL,
    city        varchar(60) NOT NULL
);

CREATE TABLE eqp (
    eqp_id          serial PRIMARY KEY,
    depot_id        integer NOT NULL REFERENCES depots(depot_id),
    fleet_no        varchar(12) NOT NULL UNIQUE,
    make            varchar(40) NOT NULL,
    model           varchar(40) NOT NULL,
    machine_type    text NOT NULL CHECK (machine_type IN ('excavator', 'dumper', 'telehandler', 'roller', 'crane')),
    hours_meter     integer NOT NULL DEFAULT 0,
    purchase_price  numeric(10,2),
    day_rate        numeric(8,2) NOT NULL
);
COMMENT ON TABLE eqp IS 'hire fleet: one row per machine';

CREATE TABLE acct (
    acct_id       serial PRIMARY KEY,
    company_name  varchar(120) NOT NULL,
    vat_no        varchar(20),
    credit_limit  numeric(10,2) NOT NULL DEFAULT 0,
    contact_email varchar(120)
);

CREATE TABLE hc (
    hc_id          serial PRIMARY KEY,
    acct_id        integer NOT NULL REFERENCES acct(acct_id),
    site_postcode  varchar(10) NOT NULL,
    starts_on      date NOT NULL,
    ends_on        date,
    status         text NOT NULL CHECK (status IN ('quoted', 'on_hire', 'off_hire', 'invoiced'))
);

CREATE TABLE hc_lines (
    line_id    serial PRIMARY KEY,
    hc_id      integer NOT NULL REFERENCES hc(hc_id),
    eqp_id     integer NOT NULL REFERENCES eqp(eqp_id),
    day_rate   numeric(8,2) NOT NULL,
    days       smallint NOT NULL CHECK (days > 0)
);

CREATE TABLE opr (
    opr_id          serial PRIMARY KEY,
    full_name       varchar(100) NOT NULL,
    cpcs_card_no    varchar(20) UNIQUE,
    card_expires_on date,
    hourly_rate     numeric(6,2) NOT NULL
);

CREATE TABLE insp (
    insp_id        serial PRIMARY KEY,
    eqp_id         integer NOT NULL REFERENCES eqp(eqp_id),
    opr_id         integer REFERENCES opr(opr_id),
    inspected_on   date NOT NULL,
    result         text NOT NULL CHECK (result IN ('pass', 'fail', 'advisory')),
    loler_cert_no  varchar(20)
);

CREATE TABLE trnsp (
    trnsp_id      serial PRIMARY KEY,
    hc_id         integer NOT NULL REFERENCES hc(hc_id),
    lorry_reg     varchar(10) NOT NULL,
    delivered_at  timestamptz NOT NULL,
    collected_at  timestamptz
);

CREATE TABLE bd (
    bd_id        serial PRIMARY KEY,
    eqp_id       integer NOT NULL REFERENCES eqp(eqp_id),
    reported_at  timestamptz NOT NULL,
    fault        text NOT NULL,
    fixed_at     timestamptz
);

CREATE TABLE sls_inv (
    inv_id     serial PRIMARY KEY,
    acct_id    integer NOT NULL REFERENCES acct(acct_id),
    hc_id      integer REFERENCES hc(hc_id),
    issued_on  date NOT NULL,
    total      numeric(10,2) NOT NULL,
    paid       boolean NOT NULL DEFAULT false
);
