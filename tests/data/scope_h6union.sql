-- Branch membership & casework DB (branch 0417, built by the branch IT volunteer, migrated from Access in 2016)
CREATE TABLE employer (
    employer_id  serial PRIMARY KEY,
    emp_name     varchar(150) NOT NULL,
    sector       varchar(10) NOT NULL CHECK (sector IN ('public','private','voluntary')),
    has_checkoff boolean NOT NULL DEFAULT false,      -- deducts subs via payroll
    recog_agrmt  boolean NOT NULL DEFAULT false       -- recognition agreement in place
);

CREATE TABLE wkplc (                                  -- workplaces / sites
    wkplc_id     serial PRIMARY KEY,
    employer_id  integer NOT NULL REFERENCES employer(employer_id),
    site_name    varchar(150) NOT NULL,
    postcode     varchar(10),
    headcount    integer,
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE mbr (
    mbr_id       serial PRIMARY KEY,
    mbr_no       varchar(10) NOT NULL UNIQUE,
    forename     varchar(60) NOT NULL,
    surname      varchar(80) NOT NULL,
    email        varchar(200),
    mobile       varchar(20),
    wkplc_id     integer REFERENCES wkplc(wkplc_id),
    job_title    varchar(100),
    joined_on    date NOT NULL,
    mbr_status   varchar(10) NOT NULL CHECK (mbr_status IN ('active','arrears','lapsed','retired','resigned','deceased')),
    pay_meth     varchar(8) NOT NULL CHECK (pay_meth IN ('checkoff','dd','cash')),
    monthly_sub  numeric(6,2) NOT NULL,
    lapsed_on    date,
    is_young_mbr boolean NOT NULL DEFAULT false,     -- under 27
    gdpr_consent boolean NOT NULL DEFAULT false
);

CREATE TABLE rep (                                    -- workplace reps / officers (a member can hold several roles)
    rep_id        serial PRIMARY KEY,
    mbr_id        integer NOT NULL REFERENCES mbr(mbr_id),
    rep_role      varchar(16) NOT NULL CHECK (rep_role IN ('steward','hs_rep','learning_rep','equality_rep','branch_officer')),
    elected_on    date NOT NULL,
    accredited_on date,                              -- completed TUC/union training
    stood_down_at timestamptz
);

CREATE TABLE dues_txn (                               -- subs received
    txn_id      bigserial PRIMARY KEY,
    mbr_id      integer NOT NULL REFERENCES mbr(mbr_id),
    period_mth  date NOT NULL,                        -- first of the month paid for
    amt         numeric(6,2) NOT NULL,
    method      varchar(8) NOT NULL CHECK (method IN ('checkoff','dd','cash','card')),
    rcvd_at     timestamptz NOT NULL,
    bounced     boolean NOT NULL DEFAULT false
);

CREATE TABLE casework (
    case_id         serial PRIMARY KEY,
    case_ref        varchar(12) NOT NULL UNIQUE,       -- e.g. 'CW-2024-0113'
    mbr_id          integer NOT NULL REFERENCES mbr(mbr_id),
    rep_id          integer REFERENCES rep(rep_id),    -- assigned rep, NULL = unallocated
    case_kind       varchar(16) NOT NULL CHECK (case_kind IN ('grievance','disciplinary','capability','sickness','redundancy','pi_claim','tribunal')),
    opened_at       timestamptz NOT NULL,
    first_mtg_at    timestamptz,
    closed_at       timestamptz,
    outcome         varchar(12) CHECK (outcome IN ('upheld','part_upheld','not_upheld','settled','withdrawn')),
    referred_legal  boolean NOT NULL DEFAULT false
);

CREATE TABLE case_note (
    note_id      serial PRIMARY KEY,
    case_id      integer NOT NULL REFERENCES casework(case_id),
    rep_id       integer REFERENCES rep(rep_id),
    note_txt     text NOT NULL,
    created_at   timestamptz NOT NULL,
    is_confid    boolean NOT NULL DEFAULT false
);

CREATE TABLE mtg (                                    -- branch meetings
    mtg_id    serial PRIMARY KEY,
    mtg_type  varchar(10) NOT NULL CHECK (mtg_type IN ('bgm','agm','committee','emergency','workplace')),
    held_at   timestamptz NOT NULL,
    venue     varchar(120),
    quorate   boolean
);

CREATE TABLE mtg_att (                                -- sign-in sheet
    mtg_id       integer NOT NULL REFERENCES mtg(mtg_id),
    mbr_id       integer NOT NULL REFERENCES mbr(mbr_id),
    signed_in_at timestamptz,
    PRIMARY KEY (mtg_id, mbr_id)
);

CREATE TABLE ballot (
    ballot_id    serial PRIMARY KEY,
    ballot_type  varchar(20) NOT NULL CHECK (ballot_type IN ('industrial_action','indicative','election','policy')),
    employer_id  integer REFERENCES employer(employer_id),
    opens_on     date NOT NULL,
    closes_on    date NOT NULL,
    turnout_pct  numeric(5,2),
    result       varchar(6) CHECK (result IN ('yes','no','void'))
);

CREATE TABLE hardship_claim (                         -- strike pay / hardship fund / benevolent grants
    claim_id      serial PRIMARY KEY,
    mbr_id        integer NOT NULL REFERENCES mbr(mbr_id),
    claim_type    varchar(14) NOT NULL CHECK (claim_type IN ('strike_pay','hardship','funeral_grant')),
    amt_requested numeric(8,2) NOT NULL,
    amt_paid      numeric(8,2),
    submitted_at  timestamptz NOT NULL,
    approved_at   timestamptz,
    paid_at       timestamptz
);
