-- realism_r45_held2: held-out for r45 (clipped legacy names), written before coding.
-- A printing works' jobs, presses and paper stock, ported from an old estimating system.

CREATE TABLE clnt (
    clnt_no      varchar(8)   PRIMARY KEY,
    cmpny_nm     varchar(80)  NOT NULL,
    cntct_fst_nm varchar(40),
    cntct_lst_nm varchar(40),
    eml          varchar(80),
    phn          varchar(20),
    bllng_addr   varchar(120),
    cty          varchar(40),
    pst_cd       varchar(10),
    crdt_lmt     numeric(10,2)
);

CREATE TABLE emp (
    emp_no       serial       PRIMARY KEY,
    fst_nm       varchar(40)  NOT NULL,
    lst_nm       varchar(40)  NOT NULL,
    job_ttl      varchar(40),
    hrly_rt      numeric(6,2),
    strt_dt      date         NOT NULL
);

CREATE TABLE prss (
    prss_cd      char(4)      PRIMARY KEY,
    prss_nm      varchar(40)  NOT NULL,
    mnfctr       varchar(40),
    mx_sht_w_mm  integer,
    mx_sht_h_mm  integer,
    clrs         smallint     CHECK (clrs BETWEEN 1 AND 8),
    spd_sph      integer
);

CREATE TABLE ppr_stk (
    stk_cd       varchar(10)  PRIMARY KEY,
    ppr_desc     varchar(80)  NOT NULL,
    gsm          smallint     NOT NULL,
    fnsh         varchar(10)  CHECK (fnsh IN ('gloss', 'silk', 'matt', 'uncoated')),
    shts_onhnd   integer      NOT NULL DEFAULT 0,
    rordr_lvl    integer,
    cst_per_1k   numeric(8,2)
);

CREATE TABLE prnt_job (
    job_no       varchar(10)  PRIMARY KEY,
    clnt_no      varchar(8)   NOT NULL REFERENCES clnt(clnt_no),
    job_ttl      varchar(80)  NOT NULL,
    rcvd_dt      date         NOT NULL,
    due_dt       date,
    qty          integer      NOT NULL,
    stk_cd       varchar(10)  REFERENCES ppr_stk(stk_cd),
    prss_cd      char(4)      REFERENCES prss(prss_cd),
    est_amt      numeric(10,2),
    sts          varchar(10)  NOT NULL DEFAULT 'quote'
);

CREATE TABLE prss_run (
    run_id       bigserial    PRIMARY KEY,
    job_no       varchar(10)  NOT NULL REFERENCES prnt_job(job_no),
    prss_cd      char(4)      NOT NULL REFERENCES prss(prss_cd),
    oprtr_no     integer      REFERENCES emp(emp_no),
    strt_tm      timestamp    NOT NULL,
    end_tm       timestamp,
    shts_prntd   integer,
    shts_wstd    integer,
    nts          text
);

CREATE TABLE invc (
    invc_no      varchar(10)  PRIMARY KEY,
    job_no       varchar(10)  NOT NULL REFERENCES prnt_job(job_no),
    invc_dt      date         NOT NULL,
    nt_amt       numeric(10,2) NOT NULL,
    vat_amt      numeric(10,2) NOT NULL,
    pd_dt        date
);
