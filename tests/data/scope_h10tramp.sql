-- Indoor trampoline park operator with a few sites: jump sessions, bookings, waivers, birthday parties, memberships, incidents and cafe tills.
CREATE TABLE site (
    site_id     serial PRIMARY KEY,
    site_nm     varchar(60) NOT NULL,
    city        varchar(60) NOT NULL,
    opn_dt      date NOT NULL,
    max_cap     int NOT NULL
);

CREATE TABLE stf (
    stf_id      serial PRIMARY KEY,
    site_id     int NOT NULL REFERENCES site(site_id),
    nm          varchar(80) NOT NULL,
    role_cd     varchar(4) NOT NULL CHECK (role_cd IN ('MRSH','FOH','PTYH','MGR')),
    hire_dt     date NOT NULL,
    cert_exp_dt date
);

CREATE TABLE cust (
    cust_id     serial PRIMARY KEY,
    fst_nm      varchar(40) NOT NULL,
    lst_nm      varchar(40) NOT NULL,
    eml         varchar(120),
    phn         varchar(20) NOT NULL,
    dob         date,
    mkt_optin   boolean NOT NULL DEFAULT false
);

CREATE TABLE wvr (
    wvr_id      serial PRIMARY KEY,
    cust_id     int NOT NULL REFERENCES cust(cust_id),
    jmpr_nm     varchar(80) NOT NULL,
    jmpr_dob    date NOT NULL,
    sgn_ts      timestamp NOT NULL,
    exp_dt      date NOT NULL,
    is_minor    boolean NOT NULL
);

CREATE TABLE sess (
    sess_id     serial PRIMARY KEY,
    site_id     int NOT NULL REFERENCES site(site_id),
    sess_typ    varchar(4) NOT NULL CHECK (sess_typ IN ('OPEN','TODD','GLOW','FIT','DODG')),
    strt_ts     timestamp NOT NULL,
    dur_min     smallint NOT NULL CHECK (dur_min IN (60,90,120)),
    cap         int NOT NULL
);

CREATE TABLE bkg (
    bkg_id      serial PRIMARY KEY,
    cust_id     int NOT NULL REFERENCES cust(cust_id),
    sess_id     int NOT NULL REFERENCES sess(sess_id),
    bkd_ts      timestamp NOT NULL,
    sts_cd      varchar(6) NOT NULL CHECK (sts_cd IN ('CNF','CXL','NOSHOW','CHKD')),
    jmpr_cnt    smallint NOT NULL,
    tot_amt     numeric(8,2) NOT NULL,
    promo_cd    varchar(12)
);

CREATE TABLE bkg_jmpr (
    bj_id       serial PRIMARY KEY,
    bkg_id      int NOT NULL REFERENCES bkg(bkg_id),
    wvr_id      int NOT NULL REFERENCES wvr(wvr_id),
    sock_sz     varchar(2) NOT NULL CHECK (sock_sz IN ('S','M','L','XL')),
    chk_in_ts   timestamp
);

CREATE TABLE pty_rm (
    rm_id       serial PRIMARY KEY,
    site_id     int NOT NULL REFERENCES site(site_id),
    rm_nm       varchar(40) NOT NULL,
    cap         smallint NOT NULL
);

CREATE TABLE pty (
    pty_id      serial PRIMARY KEY,
    cust_id     int NOT NULL REFERENCES cust(cust_id),
    rm_id       int NOT NULL REFERENCES pty_rm(rm_id),
    host_stf_id int REFERENCES stf(stf_id),
    pty_dt      date NOT NULL,
    pkg_cd      char(3) NOT NULL CHECK (pkg_cd IN ('BRZ','SLV','GLD')),
    guest_cnt   smallint NOT NULL,
    dep_amt     numeric(8,2) NOT NULL,
    bkd_ts      timestamp NOT NULL,
    dep_pd_ts   timestamp,
    sts_cd      varchar(4) NOT NULL CHECK (sts_cd IN ('HOLD','CNF','CXL','DONE'))
);

CREATE TABLE mbrshp (
    mb_id       serial PRIMARY KEY,
    cust_id     int NOT NULL REFERENCES cust(cust_id),
    plan_cd     varchar(3) NOT NULL CHECK (plan_cd IN ('MTH','ANN','FAM')),
    strt_dt     date NOT NULL,
    end_dt      date,
    auto_rnw    boolean NOT NULL DEFAULT true,
    sts_cd      varchar(4) NOT NULL CHECK (sts_cd IN ('actv','susp','cxl','exp'))
);

CREATE TABLE inc_rpt (
    inc_id      serial PRIMARY KEY,
    site_id     int NOT NULL REFERENCES site(site_id),
    wvr_id      int REFERENCES wvr(wvr_id),
    rptd_by     int NOT NULL REFERENCES stf(stf_id),
    inc_ts      timestamp NOT NULL,
    sev_cd      varchar(3) NOT NULL CHECK (sev_cd IN ('MIN','MOD','SER')),
    desc_txt    text NOT NULL,
    amb_calld   boolean NOT NULL DEFAULT false
);

CREATE TABLE pos_txn (
    txn_id      serial PRIMARY KEY,
    site_id     int NOT NULL REFERENCES site(site_id),
    cust_id     int REFERENCES cust(cust_id),
    txn_ts      timestamp NOT NULL,
    amt         numeric(8,2) NOT NULL,
    pay_mth     varchar(3) NOT NULL CHECK (pay_mth IN ('CRD','CSH','GC'))
);
