-- Independent comic book shop (two counters, pull-list subscriptions, special orders, signings and back-issue trade-ins).
CREATE TABLE cust (
    cust_id     serial PRIMARY KEY,
    fst_nm      varchar(40) NOT NULL,
    lst_nm      varchar(40) NOT NULL,
    eml         varchar(120),
    phn         varchar(20),
    jn_dt       date NOT NULL,
    mbr_tier    char(3) NOT NULL DEFAULT 'STD' CHECK (mbr_tier IN ('STD','SLV','GLD')),
    is_actv     boolean NOT NULL DEFAULT true
);

CREATE TABLE pub (
    pub_id      serial PRIMARY KEY,
    pub_nm      varchar(80) NOT NULL UNIQUE,
    cntry_cd    char(2) NOT NULL
);

CREATE TABLE ser (
    ser_id      serial PRIMARY KEY,
    pub_id      int NOT NULL REFERENCES pub(pub_id),
    ser_nm      varchar(120) NOT NULL,
    sts_cd      char(3) NOT NULL CHECK (sts_cd IN ('ONG','LTD','CXL','HIA')),
    strt_yr     smallint NOT NULL
);

CREATE TABLE iss (
    iss_id      serial PRIMARY KEY,
    ser_id      int NOT NULL REFERENCES ser(ser_id),
    iss_no      int NOT NULL,
    cvr_prc     numeric(8,2) NOT NULL,
    rel_dt      date NOT NULL,
    fmt_cd      char(3) NOT NULL CHECK (fmt_cd IN ('FLP','TPB','HC','OMN')),
    vrnt_flg    boolean NOT NULL DEFAULT false
);

CREATE TABLE inv (
    inv_id      serial PRIMARY KEY,
    iss_id      int NOT NULL REFERENCES iss(iss_id),
    qty_oh      int NOT NULL,
    cond_cd     char(2) NOT NULL CHECK (cond_cd IN ('NM','VF','FN','VG','GD','PR')),
    loc_bin     varchar(10)
);

CREATE TABLE pull_lst (
    pl_id       serial PRIMARY KEY,
    cust_id     int NOT NULL REFERENCES cust(cust_id),
    ser_id      int NOT NULL REFERENCES ser(ser_id),
    strt_dt     date NOT NULL,
    end_dt      date,
    sts_cd      char(3) NOT NULL CHECK (sts_cd IN ('ACT','PSD','CXL'))
);

CREATE TABLE sale (
    sale_id     serial PRIMARY KEY,
    cust_id     int REFERENCES cust(cust_id),
    sale_ts     timestamp NOT NULL,
    pay_mth     char(3) NOT NULL CHECK (pay_mth IN ('CSH','CRD','GFT','STR')),
    tot_amt     numeric(10,2) NOT NULL,
    reg_no      smallint NOT NULL
);

CREATE TABLE sale_ln (
    ln_id       serial PRIMARY KEY,
    sale_id     int NOT NULL REFERENCES sale(sale_id),
    iss_id      int NOT NULL REFERENCES iss(iss_id),
    qty         int NOT NULL,
    unit_prc    numeric(8,2) NOT NULL,
    disc_pct    numeric(5,2) NOT NULL DEFAULT 0
);

CREATE TABLE spec_ord (
    so_id       serial PRIMARY KEY,
    cust_id     int NOT NULL REFERENCES cust(cust_id),
    iss_id      int NOT NULL REFERENCES iss(iss_id),
    ord_dt      date NOT NULL,
    eta_dt      date,
    sts_cd      char(3) NOT NULL CHECK (sts_cd IN ('REQ','ORD','ARR','PKD','CXL')),
    dep_amt     numeric(8,2)
);

CREATE TABLE sgn_evt (
    evt_id      serial PRIMARY KEY,
    evt_dt      date NOT NULL,
    crtr_nm     varchar(80) NOT NULL,
    cap         int NOT NULL,
    tix_prc     numeric(8,2)
);

CREATE TABLE evt_rsvp (
    rsvp_id     serial PRIMARY KEY,
    evt_id      int NOT NULL REFERENCES sgn_evt(evt_id),
    cust_id     int NOT NULL REFERENCES cust(cust_id),
    rsvp_ts     timestamp NOT NULL,
    attnd_flg   boolean NOT NULL DEFAULT false
);

CREATE TABLE trd_in (
    ti_id       serial PRIMARY KEY,
    cust_id     int NOT NULL REFERENCES cust(cust_id),
    rcvd_ts     timestamp NOT NULL,
    bx_cnt      smallint NOT NULL,
    offr_amt    numeric(10,2),
    sts_cd      char(3) NOT NULL CHECK (sts_cd IN ('PND','ACC','REJ')),
    paid_ts     timestamp
);
