-- Domain: a lottery-funded grant giver (regional grants team: funding programmes, applicant groups, assessments, panels, awards, instalments, monitoring)
CREATE TABLE fund_prog (
    prog_id      serial PRIMARY KEY,
    prog_cd      varchar(10) NOT NULL UNIQUE,
    prog_nm      varchar(120) NOT NULL,
    budget_amt   numeric(14,2) NOT NULL CHECK (budget_amt >= 0),
    max_awd_amt  numeric(12,2) NOT NULL CHECK (max_awd_amt > 0),
    opn_dt       date NOT NULL,
    cls_dt       date,
    prog_stat    varchar(5) NOT NULL DEFAULT 'DRAFT' CHECK (prog_stat IN ('DRAFT','OPEN','PAUSE','CLSD')),
    is_rolling   boolean NOT NULL DEFAULT false
);

CREATE TABLE org (
    org_id       serial PRIMARY KEY,
    org_nm       varchar(160) NOT NULL,
    org_typ      varchar(6) NOT NULL CHECK (org_typ IN ('CHAR','CIO','CIC','CLG','UNINC','PARISH','SCHOOL')),
    chrty_no     varchar(12),
    postcd       varchar(8) NOT NULL,
    region_cd    varchar(3) NOT NULL CHECK (region_cd IN ('NE','NW','YH','EM','WM','EE','LDN','SE','SW','WAL','SCO','NI')),
    annual_incm  numeric(12,2),
    reg_dt       date NOT NULL,
    is_actv      boolean NOT NULL DEFAULT true
);

CREATE TABLE org_cntct (
    cntct_id     serial PRIMARY KEY,
    org_id       integer NOT NULL REFERENCES org(org_id),
    full_nm      varchar(120) NOT NULL,
    email        varchar(160),
    phone        varchar(20),
    role_cd      varchar(4) NOT NULL CHECK (role_cd IN ('MAIN','FIN','SIGN','OTH')),
    is_prim      boolean NOT NULL DEFAULT false
);

CREATE TABLE staff (
    stf_id       serial PRIMARY KEY,
    stf_nm       varchar(120) NOT NULL,
    team_cd      varchar(6) NOT NULL CHECK (team_cd IN ('ASSESS','MONIT','FIN')),
    start_dt     date NOT NULL,
    is_actv      boolean NOT NULL DEFAULT true
);

CREATE TABLE appl (
    appl_id       serial PRIMARY KEY,
    appl_ref      varchar(14) NOT NULL UNIQUE,
    org_id        integer NOT NULL REFERENCES org(org_id),
    prog_id       integer NOT NULL REFERENCES fund_prog(prog_id),
    asgnd_stf_id  integer REFERENCES staff(stf_id),
    rcvd_dt       date NOT NULL,
    req_amt       numeric(12,2) NOT NULL CHECK (req_amt > 0),
    proj_start_dt date,
    proj_mths     smallint CHECK (proj_mths BETWEEN 1 AND 60),
    appl_stat     varchar(6) NOT NULL DEFAULT 'RCVD'
                  CHECK (appl_stat IN ('RCVD','ELIG','INELIG','ASSESS','PANEL','APPR','DECL','WDRN'))
);

CREATE TABLE assess (
    assess_id    serial PRIMARY KEY,
    appl_id      integer NOT NULL REFERENCES appl(appl_id),
    stf_id       integer NOT NULL REFERENCES staff(stf_id),
    assess_dt    date NOT NULL,
    score        smallint NOT NULL CHECK (score BETWEEN 0 AND 100),
    risk_rtg     char(1) NOT NULL CHECK (risk_rtg IN ('L','M','H')),
    rec_cd       varchar(9) NOT NULL CHECK (rec_cd IN ('FUND','FUND_COND','REJ','DEFER')),
    notes        text
);

CREATE TABLE panel_mtg (
    mtg_id       serial PRIMARY KEY,
    mtg_dt       date NOT NULL,
    region_cd    varchar(3) NOT NULL CHECK (region_cd IN ('NE','NW','YH','EM','WM','EE','LDN','SE','SW','WAL','SCO','NI')),
    mtg_stat     varchar(5) NOT NULL DEFAULT 'SCHED' CHECK (mtg_stat IN ('SCHED','HELD','CANC')),
    quorum_met   boolean
);

CREATE TABLE panel_dcsn (
    dcsn_id      serial PRIMARY KEY,
    mtg_id       integer NOT NULL REFERENCES panel_mtg(mtg_id),
    appl_id      integer NOT NULL REFERENCES appl(appl_id),
    dcsn_cd      varchar(5) NOT NULL CHECK (dcsn_cd IN ('AWD','DECL','DEFER')),
    awd_amt      numeric(12,2),
    vote_for     smallint NOT NULL DEFAULT 0,
    vote_agst    smallint NOT NULL DEFAULT 0
);

CREATE TABLE grant_awd (
    awd_id       serial PRIMARY KEY,
    appl_id      integer NOT NULL UNIQUE REFERENCES appl(appl_id),
    awd_ref      varchar(14) NOT NULL UNIQUE,
    awd_amt      numeric(12,2) NOT NULL CHECK (awd_amt > 0),
    offer_dt     date NOT NULL,
    accpt_dt     date,
    awd_stat     varchar(6) NOT NULL DEFAULT 'OFFR'
                 CHECK (awd_stat IN ('OFFR','ACPT','ACTV','CLSD','WDRN','CLAWBK'))
);

CREATE TABLE pmt (
    pmt_id       serial PRIMARY KEY,
    awd_id       integer NOT NULL REFERENCES grant_awd(awd_id),
    instl_no     smallint NOT NULL CHECK (instl_no >= 1),
    due_dt       date NOT NULL,
    pd_ts        timestamp,
    amt          numeric(12,2) NOT NULL CHECK (amt > 0),
    pmt_stat     varchar(4) NOT NULL DEFAULT 'SCHD' CHECK (pmt_stat IN ('SCHD','HELD','PAID','CANC')),
    bacs_ref     varchar(18)
);

CREATE TABLE mon_rpt (
    rpt_id       serial PRIMARY KEY,
    awd_id       integer NOT NULL REFERENCES grant_awd(awd_id),
    rpt_typ      varchar(3) NOT NULL CHECK (rpt_typ IN ('INT','ANN','END')),
    due_dt       date NOT NULL,
    sbmt_dt      date,
    rvw_stf_id   integer REFERENCES staff(stf_id),
    rag_stat     char(1) CHECK (rag_stat IN ('R','A','G')),
    benef_cnt    integer NOT NULL DEFAULT 0 CHECK (benef_cnt >= 0),
    vol_cnt      integer NOT NULL DEFAULT 0 CHECK (vol_cnt >= 0)
);
