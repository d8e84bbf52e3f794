-- Online research panel ("panel mgmt" DB): clients, jobs in field, panelists, invites, completes, points
CREATE TABLE client (
    client_id   serial PRIMARY KEY,
    client_nm   varchar(150) NOT NULL,
    industry    varchar(60),
    is_agency   boolean NOT NULL DEFAULT false,     -- research agency reselling vs end client
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE proj (                                 -- a job / study
    proj_id      serial PRIMARY KEY,
    job_no       varchar(12) NOT NULL UNIQUE,       -- e.g. 'J24-0391'
    client_id    integer NOT NULL REFERENCES client(client_id),
    proj_nm      varchar(200) NOT NULL,
    methodology  varchar(10) NOT NULL CHECK (methodology IN ('cawi','cati','capi','diary','community')),
    target_n     integer NOT NULL,
    est_loi_min  smallint,                          -- estimated length of interview, minutes
    est_ir_pct   numeric(5,2),                      -- estimated incidence rate
    cpi          numeric(8,2),                      -- cost per interview (complete)
    field_start  date,
    field_end    date,
    proj_status  varchar(10) NOT NULL CHECK (proj_status IN ('draft','in_field','paused','closed','invoiced'))
);

CREATE TABLE quota_cell (
    quota_id    serial PRIMARY KEY,
    proj_id     integer NOT NULL REFERENCES proj(proj_id),
    cell_lbl    varchar(80) NOT NULL,               -- e.g. 'F 18-34 North'
    target_n    integer NOT NULL,
    achieved_n  integer NOT NULL DEFAULT 0,
    is_hard     boolean NOT NULL DEFAULT true
);

CREATE TABLE pnlst (                                -- panel members
    pnlst_id     serial PRIMARY KEY,
    panel_uid    varchar(20) NOT NULL UNIQUE,
    email        varchar(200) NOT NULL,
    yob          smallint,                          -- year of birth
    gender       varchar(2) CHECK (gender IN ('f','m','nb','na')),
    region_cd    varchar(4),
    hh_size      smallint,
    joined_at    timestamptz NOT NULL,
    doi_at       timestamptz,                       -- double opt-in confirmed
    pnl_status   varchar(14) NOT NULL CHECK (pnl_status IN ('pending_doi','active','dormant','unsubscribed','blacklisted')),
    pts_bal      integer NOT NULL DEFAULT 0,
    is_test      boolean NOT NULL DEFAULT false
);

CREATE TABLE prof_q (                               -- profiling questions
    profq_id   serial PRIMARY KEY,
    q_code     varchar(20) NOT NULL UNIQUE,
    q_text     text NOT NULL,
    q_type     varchar(8) NOT NULL CHECK (q_type IN ('single','multi','numeric','open'))
);

CREATE TABLE prof_ans (                             -- panelist x profiling question
    pnlst_id    integer NOT NULL REFERENCES pnlst(pnlst_id),
    profq_id    integer NOT NULL REFERENCES prof_q(profq_id),
    answer_val  text,
    answered_at timestamptz NOT NULL,
    PRIMARY KEY (pnlst_id, profq_id)
);

CREATE TABLE inv (                                  -- survey invitations
    inv_id       bigserial PRIMARY KEY,
    proj_id      integer NOT NULL REFERENCES proj(proj_id),
    pnlst_id     integer NOT NULL REFERENCES pnlst(pnlst_id),
    sent_at      timestamptz NOT NULL,
    opened_at    timestamptz,
    clicked_at   timestamptz,
    reminder_ct  smallint NOT NULL DEFAULT 0
);

CREATE TABLE resp (                                 -- survey entries (one per click-through)
    resp_id      bigserial PRIMARY KEY,
    inv_id       bigint NOT NULL REFERENCES inv(inv_id),
    quota_id     integer REFERENCES quota_cell(quota_id),
    started_at   timestamptz NOT NULL,
    ended_at     timestamptz,
    disposition  varchar(12) NOT NULL CHECK (disposition IN ('complete','screenout','overquota','dropout','quality_term')),
    loi_sec      integer,
    is_speeder   boolean NOT NULL DEFAULT false
);

CREATE TABLE pts_ledger (                           -- incentive points movements
    ledg_id     bigserial PRIMARY KEY,
    pnlst_id    integer NOT NULL REFERENCES pnlst(pnlst_id),
    resp_id     bigint REFERENCES resp(resp_id),
    pts         integer NOT NULL,
    txn_kind    varchar(8) NOT NULL CHECK (txn_kind IN ('earn','bonus','redeem','expire','adjust')),
    posted_at   timestamptz NOT NULL
);

CREATE TABLE redemption (                           -- cash-outs of points
    redm_id      serial PRIMARY KEY,
    pnlst_id     integer NOT NULL REFERENCES pnlst(pnlst_id),
    reward       varchar(12) NOT NULL CHECK (reward IN ('amazon','paypal','charity','prize_draw')),
    pts_spent    integer NOT NULL,
    cash_value   numeric(8,2) NOT NULL,
    requested_at timestamptz NOT NULL,
    fulfilled_at timestamptz
);

CREATE TABLE fraud_flag (
    flag_id     serial PRIMARY KEY,
    pnlst_id    integer NOT NULL REFERENCES pnlst(pnlst_id),
    flag_reason varchar(14) NOT NULL CHECK (flag_reason IN ('duplicate_ip','straightliner','vpn','bot_suspect','geo_mismatch')),
    raised_at   timestamptz NOT NULL,
    cleared     boolean NOT NULL DEFAULT false
);
