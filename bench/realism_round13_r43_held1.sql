-- r43 held-out 1 (town planning permits): time as the row's life says it. Not tuned on.
CREATE TABLE case_officers (
    officer_id     serial PRIMARY KEY,
    full_name      varchar(120) NOT NULL,
    grade          varchar(10) NOT NULL CHECK (grade IN ('PO1', 'PO2', 'SPO', 'PL')),
    started_on     date NOT NULL,
    email          varchar(200) NOT NULL
);

CREATE TABLE applications (
    app_id         serial PRIMARY KEY,
    ref_no         varchar(20) NOT NULL UNIQUE,
    officer_id     integer NOT NULL REFERENCES case_officers(officer_id),
    app_type       varchar(12) NOT NULL CHECK (app_type IN ('householder', 'full', 'outline', 'listed', 'advert', 'change_use')),
    site_addr      varchar(200) NOT NULL,
    rcvd_at        timestamptz NOT NULL,
    validated_on   date,
    decided_on     date,
    progress       varchar(12) NOT NULL DEFAULT 'received' CHECK (progress IN ('received', 'validated', 'consulting', 'decided', 'withdrawn')),
    decision       varchar(10) CHECK (decision IN ('granted', 'refused', 'split')),
    fee_gbp        numeric(9,2) NOT NULL
);

CREATE TABLE site_inspections (
    insp_id        serial PRIMARY KEY,
    app_id         integer NOT NULL REFERENCES applications(app_id),
    visit_no       smallint NOT NULL CHECK (visit_no BETWEEN 1 AND 5),
    sched_start    timestamptz NOT NULL,
    act_start      timestamptz,
    act_end        timestamptz,
    notes          text,
    UNIQUE (app_id, visit_no)
);

CREATE TABLE consultations (
    consult_id     serial PRIMARY KEY,
    app_id         integer NOT NULL REFERENCES applications(app_id),
    consultee      varchar(120) NOT NULL,
    sent_at        timestamptz NOT NULL,
    replied_at     timestamptz,
    result         varchar(12) NOT NULL DEFAULT 'awaiting' CHECK (result IN ('awaiting', 'replied', 'objected', 'lapsed'))
);

CREATE TABLE appeals (
    appeal_id      serial PRIMARY KEY,
    app_id         integer NOT NULL REFERENCES applications(app_id),
    lodged_at      timestamptz NOT NULL,
    heard_on       date,
    stage          varchar(12) NOT NULL DEFAULT 'lodged' CHECK (stage IN ('lodged', 'started', 'heard', 'allowed', 'dismissed', 'withdrawn')),
    inspector      varchar(120)
);
