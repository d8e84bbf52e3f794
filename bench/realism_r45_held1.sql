-- realism_r45_held1: held-out for r45 (clipped legacy names), written before coding.
-- A dairy farm's herd and milk records, ported from a DOS-era herd book.

CREATE TABLE frm (
    frm_cd       char(4)      PRIMARY KEY,
    frm_nm       varchar(60)  NOT NULL,
    ownr_fst_nm  varchar(40)  NOT NULL,
    ownr_lst_nm  varchar(40)  NOT NULL,
    addr_ln1     varchar(80),
    twn          varchar(40),
    pst_cd       varchar(10),
    tel_no       varchar(20),
    eml          varchar(80),
    hrd_sz       integer
);

CREATE TABLE brd (
    brd_cd       char(3)      PRIMARY KEY,
    brd_nm       varchar(40)  NOT NULL,
    orig_ctry    varchar(40),
    avg_yld_l    numeric(6,1)
);

CREATE TABLE anml (
    anml_id      serial       PRIMARY KEY,
    frm_cd       char(4)      NOT NULL REFERENCES frm(frm_cd),
    brd_cd       char(3)      NOT NULL REFERENCES brd(brd_cd),
    ear_tg       varchar(14)  NOT NULL UNIQUE,
    anml_nm      varchar(30),
    brth_dt      date         NOT NULL,
    sx           char(1)      NOT NULL CHECK (sx IN ('F', 'M')),
    dam_id       integer      REFERENCES anml(anml_id),
    wgt_kg       numeric(6,1),
    sts          char(1)      NOT NULL DEFAULT 'A' CHECK (sts IN ('A', 'D', 'S', 'C'))
);

CREATE TABLE mlk_rec (
    rec_id       bigserial    PRIMARY KEY,
    anml_id      integer      NOT NULL REFERENCES anml(anml_id),
    mlkg_dt      date         NOT NULL,
    sess         char(2)      NOT NULL CHECK (sess IN ('AM', 'PM')),
    yld_l        numeric(5,2) NOT NULL,
    ft_pct       numeric(4,2),
    prtn_pct     numeric(4,2),
    scc          integer,
    tmp_c        numeric(4,1)
);

CREATE TABLE vet (
    vet_id       serial       PRIMARY KEY,
    prac_nm      varchar(60)  NOT NULL,
    cntct_nm     varchar(60),
    tel_no       varchar(20),
    eml          varchar(80)
);

CREATE TABLE trtmnt (
    trt_id       serial       PRIMARY KEY,
    anml_id      integer      NOT NULL REFERENCES anml(anml_id),
    vet_id       integer      REFERENCES vet(vet_id),
    trt_dt       date         NOT NULL,
    dgns         varchar(120),
    drg_nm       varchar(60),
    dose_ml      numeric(6,1),
    wthdrl_dys   smallint,
    cst          numeric(8,2),
    nts          text
);

CREATE TABLE fd_ordr (
    ordr_no      varchar(10)  PRIMARY KEY,
    frm_cd       char(4)      NOT NULL REFERENCES frm(frm_cd),
    splr_nm      varchar(60)  NOT NULL,
    ordr_dt      date         NOT NULL,
    dlvry_dt     date,
    fd_typ       varchar(30),
    qty_t        numeric(6,2) NOT NULL,
    prc_per_t    numeric(8,2) NOT NULL,
    ttl_amt      numeric(10,2)
);
