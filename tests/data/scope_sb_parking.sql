-- Domain: a council's parking enforcement office (helper sb's held-out, session 17): zones, enforcement officers,
-- penalty charge notices, challenges and permits; clipped names and short CHECK codes.
CREATE TABLE prk_zn (
    zn_id       serial PRIMARY KEY,
    zn_cd       varchar(4) NOT NULL UNIQUE,
    zn_typ      varchar(4) NOT NULL CHECK (zn_typ IN ('RES', 'BUS', 'MIX', 'SHOP')),
    hrs_desc    varchar(60)
);

CREATE TABLE ofcr (
    ofcr_id     serial PRIMARY KEY,
    badge_no    varchar(8) NOT NULL UNIQUE,
    full_nm     varchar(100) NOT NULL,
    shft_pat    varchar(4) NOT NULL CHECK (shft_pat IN ('EARL', 'LATE', 'NGHT', 'ROT')),
    is_actv     boolean NOT NULL DEFAULT true
);

CREATE TABLE pcn (
    pcn_id      serial PRIMARY KEY,
    pcn_no      varchar(10) NOT NULL UNIQUE,
    zn_id       integer NOT NULL REFERENCES prk_zn(zn_id),
    ofcr_id     integer REFERENCES ofcr(ofcr_id),
    vrm         varchar(8) NOT NULL,
    iss_ts      timestamptz NOT NULL,
    contr_cd    varchar(3) NOT NULL CHECK (contr_cd IN ('01', '12', '16', '30', '40')),
    band        char(1) NOT NULL CHECK (band IN ('H', 'L')),
    pcn_stat    varchar(5) NOT NULL CHECK (pcn_stat IN ('ISSD', 'PAID', 'CHLG', 'CXL', 'WOFF', 'DEBT')),
    amt_due     numeric(6,2) NOT NULL CHECK (amt_due > 0),
    iss_mthd    varchar(4) NOT NULL CHECK (iss_mthd IN ('HH', 'CCTV', 'POST'))
);

CREATE TABLE chlg (
    chlg_id     serial PRIMARY KEY,
    pcn_id      integer NOT NULL REFERENCES pcn(pcn_id),
    rcvd_dt     date NOT NULL,
    chlg_stg    varchar(4) NOT NULL CHECK (chlg_stg IN ('INF', 'FORM', 'TRIB')),
    outcm       varchar(4) CHECK (outcm IN ('ACPT', 'RJCT', 'PEND')),
    rspn_dt     date
);

CREATE TABLE prmt (
    prmt_id     serial PRIMARY KEY,
    zn_id       integer NOT NULL REFERENCES prk_zn(zn_id),
    prmt_typ    varchar(4) NOT NULL CHECK (prmt_typ IN ('RES', 'VIS', 'BUS', 'TRDE', 'BLUE')),
    vld_from    date NOT NULL,
    vld_to      date NOT NULL,
    fee         numeric(7,2) NOT NULL CHECK (fee >= 0),
    prmt_stat   varchar(4) NOT NULL CHECK (prmt_stat IN ('ACTV', 'EXPD', 'SUSP', 'RVKD'))
);
