-- realism_unseen35b: written blind (brief h5, session 13) from a domain drawn at random; scored in bench/blind_review13b.
-- AQUASTORE back office (ported from the old Access/dBase POS, hence the clipped names)
-- Livestock + dry goods, in-store systems, water test log, till receipts.

CREATE TABLE supp (
    supp_cd      char(6)      PRIMARY KEY,                 -- e.g. TMCUK1, WHLSL3
    supp_nm      varchar(60)  NOT NULL,
    supp_typ     char(2)      NOT NULL CHECK (supp_typ IN ('LV', 'DG', 'BO')),   -- livestock / dry goods / both
    cntct_nm     varchar(60),
    tel_no       varchar(20),
    acct_no      varchar(16),
    lead_days    smallint     NOT NULL DEFAULT 3,
    actv_flg     boolean      NOT NULL DEFAULT true
);

CREATE TABLE spcs (
    spc_id       serial       PRIMARY KEY,
    sci_nm       varchar(80)  NOT NULL,                    -- Paracheirodon innesi
    cmn_nm       varchar(60)  NOT NULL,                    -- Neon tetra
    wtr_typ      char(2)      NOT NULL CHECK (wtr_typ IN ('FW', 'MA', 'BW', 'CW')),  -- fresh / marine / brackish / coldwater
    grp_cd       varchar(4)   NOT NULL,                    -- TET, CICH, CORY, CLWN, SPS, LPS...
    tmp_min_c    numeric(4,1),
    tmp_max_c    numeric(4,1),
    ph_min       numeric(3,1),
    ph_max       numeric(3,1),
    max_sz_cm    numeric(5,1),
    tmprmnt      varchar(10)  CHECK (tmprmnt IN ('peaceful', 'semi_agg', 'aggressive', 'predatory')),
    reef_safe    boolean,
    cites_flg    boolean      NOT NULL DEFAULT false
);

CREATE TABLE tnk (
    tnk_no       varchar(6)   PRIMARY KEY,                 -- rack-bay-pos, e.g. A3-12
    sys_cd       varchar(4)   NOT NULL,                    -- shared filtration sump: SYS1, MAR2, QT
    wtr_typ      char(2)      NOT NULL CHECK (wtr_typ IN ('FW', 'MA', 'BW', 'CW')),
    vol_l        integer      NOT NULL CHECK (vol_l > 0),
    qt_flg       boolean      NOT NULL DEFAULT false,      -- quarantine tank
    last_wc_dt   date,                                     -- last water change
    cmnt         text
);

CREATE TABLE lv_btch (
    btch_no      varchar(10)  PRIMARY KEY,                 -- 251204-03
    spc_id       integer      NOT NULL REFERENCES spcs(spc_id),
    supp_cd      char(6)      NOT NULL REFERENCES supp(supp_cd),
    tnk_no       varchar(6)   NOT NULL REFERENCES tnk(tnk_no),
    arr_dt       date         NOT NULL,
    qty_in       integer      NOT NULL CHECK (qty_in > 0),
    qty_doa      integer      NOT NULL DEFAULT 0 CHECK (qty_doa >= 0),   -- dead on arrival
    qty_onhnd    integer      NOT NULL DEFAULT 0,
    cost_ea      numeric(8,2) NOT NULL,
    rtl_ea       numeric(8,2) NOT NULL,
    qt_end_dt    date,
    btch_sts     char(1)      NOT NULL DEFAULT 'Q' CHECK (btch_sts IN ('Q', 'S', 'H', 'X')),  -- quarantine / for sale / on hold / closed
    CHECK (qty_doa <= qty_in)
);

CREATE TABLE wtr_tst (
    tst_id       bigserial    PRIMARY KEY,
    tnk_no       varchar(6)   NOT NULL REFERENCES tnk(tnk_no),
    tst_ts       timestamp    NOT NULL,
    tmp_c        numeric(4,1),
    ph           numeric(3,1),
    nh3_ppm      numeric(5,2),
    no2_ppm      numeric(5,2),
    no3_ppm      numeric(6,1),
    sal_sg       numeric(5,3),                             -- specific gravity, marine only
    kh_dkh       numeric(4,1),
    tstd_by      varchar(4)   NOT NULL                     -- staff initials
);

CREATE TABLE custmr (
    cust_no      serial       PRIMARY KEY,
    fst_nm       varchar(40),
    lst_nm       varchar(40)  NOT NULL,
    pst_cd       varchar(8),
    tel_no       varchar(20),
    eml          varchar(120),
    lylty_pts    integer      NOT NULL DEFAULT 0,
    trd_flg      boolean      NOT NULL DEFAULT false,      -- trade account (fish-keeping club / maintenance co.)
    crt_dt       date         NOT NULL DEFAULT current_date
);

CREATE TABLE rcpt_hdr (
    rcpt_no      integer      PRIMARY KEY,
    till_no      smallint     NOT NULL,
    cust_no      integer      REFERENCES custmr(cust_no),
    sale_ts      timestamp    NOT NULL,
    pay_typ      char(2)      NOT NULL CHECK (pay_typ IN ('CA', 'CD', 'GV', 'AC')),   -- cash / card / gift voucher / account
    tot_net      numeric(10,2) NOT NULL,
    tot_vat      numeric(10,2) NOT NULL,
    void_flg     boolean      NOT NULL DEFAULT false,
    staff_ini    varchar(4)   NOT NULL
);

CREATE TABLE rcpt_ln (
    rcpt_no      integer      NOT NULL REFERENCES rcpt_hdr(rcpt_no),
    ln_no        smallint     NOT NULL,
    btch_no      varchar(10)  REFERENCES lv_btch(btch_no),  -- livestock line
    sku          varchar(13),                               -- dry goods EAN
    ln_desc      varchar(80)  NOT NULL,
    qty          integer      NOT NULL CHECK (qty <> 0),    -- negative = refund
    unit_prc     numeric(8,2) NOT NULL,
    disc_pct     numeric(4,1) NOT NULL DEFAULT 0,
    vat_cd       char(1)      NOT NULL DEFAULT 'S' CHECK (vat_cd IN ('S', 'Z', 'E')),
    PRIMARY KEY (rcpt_no, ln_no)
);
