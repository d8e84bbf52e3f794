-- Sign maker (sign and large-format graphics workshop, quotes to fitting), United Kingdom
CREATE TABLE cust (
    cust_id           serial PRIMARY KEY,
    acct_code         varchar(8)   NOT NULL UNIQUE,          -- e.g. HAR004, 3 letters + 3 digits
    trading_name      varchar(120) NOT NULL,
    contact_name      varchar(80)  NOT NULL,
    tel               varchar(20)  NOT NULL,
    email             varchar(120),
    vat_reg_no        varchar(14),                           -- GB123456789
    credit_terms_days smallint     NOT NULL DEFAULT 30 CHECK (credit_terms_days IN (0, 7, 14, 30, 60)),
    on_stop           boolean      NOT NULL DEFAULT false,
    opened_on         date         NOT NULL
);

CREATE TABLE site (
    site_id        serial PRIMARY KEY,
    cust_id        integer      NOT NULL REFERENCES cust(cust_id),
    site_name      varchar(120) NOT NULL,
    addr_line1     varchar(120) NOT NULL,
    town           varchar(60)  NOT NULL,
    postcode       varchar(8)   NOT NULL,
    max_fix_ht_m   numeric(4,1),                             -- height of highest fixing above ground, metres
    access_notes   text
);

CREATE TABLE quote (
    quote_id      serial PRIMARY KEY,
    quote_no      varchar(10)   NOT NULL UNIQUE,              -- Q24-0713
    cust_id       integer       NOT NULL REFERENCES cust(cust_id),
    site_id       integer       NOT NULL REFERENCES site(site_id),
    raised_on     date          NOT NULL,
    valid_until   date          NOT NULL,
    estimator     varchar(40)   NOT NULL,
    status        varchar(10)   NOT NULL CHECK (status IN ('draft', 'sent', 'accepted', 'declined', 'lapsed')),
    net_gbp       numeric(10,2) NOT NULL,
    vat_rate_pct  numeric(4,2)  NOT NULL DEFAULT 20.00 CHECK (vat_rate_pct IN (0.00, 20.00)),
    CHECK (valid_until >= raised_on)
);

CREATE TABLE works_order (
    wo_id             serial PRIMARY KEY,
    job_no            varchar(8)   NOT NULL UNIQUE,           -- J13452
    quote_id          integer      NOT NULL REFERENCES quote(quote_id),
    sign_type         varchar(20)  NOT NULL CHECK (sign_type IN ('fascia', 'projecting', 'post & panel', 'window vinyl',
                        'vehicle livery', 'totem', 'hoarding', 'a-board', 'built-up letters', 'illuminated tray', 'wayfinding')),
    substrate         varchar(24)  NOT NULL CHECK (substrate IN ('ACM 3mm', 'Foamex 5mm', 'Foamex 10mm', 'acrylic 5mm',
                        'aluminium tray', 'Correx 4mm', 'polycarbonate 3mm', 'stainless 1.2mm', 'n/a (vinyl only)')),
    width_mm          integer      NOT NULL CHECK (width_mm > 0),
    height_mm         integer      NOT NULL CHECK (height_mm > 0),
    qty               smallint     NOT NULL DEFAULT 1,
    illuminated       boolean      NOT NULL DEFAULT false,
    adv_consent_ref   varchar(20),                            -- planning ref, e.g. 24/01234/ADV
    due_date          date         NOT NULL,
    status            varchar(12)  NOT NULL CHECK (status IN ('artwork', 'at proof', 'in production', 'ready to fit',
                        'fitted', 'on hold', 'cancelled')),
    workshop_notes    text
);

CREATE TABLE proof (
    proof_id        serial PRIMARY KEY,
    wo_id           integer     NOT NULL REFERENCES works_order(wo_id),
    rev             smallint    NOT NULL DEFAULT 1,            -- rev A = 1, rev B = 2 ...
    sent_at         timestamptz NOT NULL,
    approved        boolean     NOT NULL DEFAULT false,
    approved_at     timestamptz,
    approved_by     varchar(80),
    client_comments text,
    UNIQUE (wo_id, rev),
    CHECK (approved_at IS NULL OR approved_at >= sent_at)
);

CREATE TABLE print_run (
    run_id        serial PRIMARY KEY,
    wo_id         integer      NOT NULL REFERENCES works_order(wo_id),
    printer       varchar(30)  NOT NULL CHECK (printer IN ('Roland TrueVIS VG3-640', 'HP Latex 700W', 'Mimaki JV330-160', 'Summa S3 (cut only)')),
    media         varchar(30)  NOT NULL CHECK (media IN ('Avery MPI 1105', '3M IJ180Cv3', 'Metamark MD5', 'Oracal 651',
                    'Avery 500 Event Film', 'one-way vision 50/50')),
    sqm           numeric(6,2) NOT NULL CHECK (sqm > 0),
    laminated     boolean      NOT NULL DEFAULT false,
    operator      varchar(40)  NOT NULL,
    started_at    timestamptz  NOT NULL,
    finished_at   timestamptz,
    CHECK (finished_at IS NULL OR finished_at > started_at)
);

CREATE TABLE fitting (
    fit_id          serial PRIMARY KEY,
    wo_id           integer     NOT NULL REFERENCES works_order(wo_id),
    lead_fitter     varchar(40) NOT NULL,
    booked_for      date        NOT NULL,
    access_kit      varchar(14) NOT NULL CHECK (access_kit IN ('ladders', 'podium', 'tower', 'cherry picker', 'scissor lift', 'none')),
    rams_ref        varchar(12) NOT NULL,                      -- RAMS-0412
    arrived_at      timestamptz,
    completed_at    timestamptz,
    signed_off_by   varchar(80),
    fitter_notes    text,
    CHECK (completed_at IS NULL OR completed_at > arrived_at)
);

CREATE TABLE invoice (
    inv_id        serial PRIMARY KEY,
    inv_no        varchar(10)   NOT NULL UNIQUE,               -- INV-20873
    wo_id         integer       NOT NULL REFERENCES works_order(wo_id),
    issued_on     date          NOT NULL,
    due_on        date          NOT NULL,
    net_gbp       numeric(10,2) NOT NULL,
    vat_gbp       numeric(10,2) NOT NULL,
    paid_on       date,
    paid_by       varchar(8)    CHECK (paid_by IN ('BACS', 'card', 'cheque', 'cash')),
    CHECK (due_on >= issued_on),
    CHECK (paid_on IS NULL OR paid_on >= issued_on)
);
