-- Small chain of ramen shops: branches, kitchen staff shifts, broth batches, ticket orders, payments, suppliers and walk-in queue.
CREATE TABLE brnch (
    br_id       serial PRIMARY KEY,
    br_nm       varchar(60) NOT NULL,
    city        varchar(60) NOT NULL,
    opn_dt      date NOT NULL,
    seats       smallint NOT NULL,
    is_open     boolean NOT NULL DEFAULT true
);

CREATE TABLE emp (
    emp_id      serial PRIMARY KEY,
    br_id       int NOT NULL REFERENCES brnch(br_id),
    fst_nm      varchar(40) NOT NULL,
    lst_nm      varchar(40) NOT NULL,
    role_cd     varchar(3) NOT NULL CHECK (role_cd IN ('CHF','CK','SRV','MGR','DSH')),
    hire_dt     date NOT NULL,
    hrly_wg     numeric(6,2) NOT NULL,
    term_dt     date
);

CREATE TABLE shft (
    shft_id     serial PRIMARY KEY,
    emp_id      int NOT NULL REFERENCES emp(emp_id),
    shft_dt     date NOT NULL,
    clk_in      timestamp,
    clk_out     timestamp,
    sts_cd      varchar(6) NOT NULL CHECK (sts_cd IN ('SCH','WRK','NOSHOW','SWP'))
);

CREATE TABLE mnu_itm (
    itm_id      serial PRIMARY KEY,
    itm_nm      varchar(80) NOT NULL,
    cat_cd      varchar(4) NOT NULL CHECK (cat_cd IN ('RMN','SIDE','DRK','TOP','DSRT')),
    prc         numeric(7,2) NOT NULL,
    is_veg      boolean NOT NULL DEFAULT false,
    actv        boolean NOT NULL DEFAULT true
);

CREATE TABLE brth (
    bt_id       serial PRIMARY KEY,
    br_id       int NOT NULL REFERENCES brnch(br_id),
    brth_typ    char(3) NOT NULL CHECK (brth_typ IN ('TNK','SHY','MSO','SHO','PAI')),
    strt_ts     timestamp NOT NULL,
    rdy_ts      timestamp,
    vol_l       numeric(6,1) NOT NULL,
    dscrd_flg   boolean NOT NULL DEFAULT false
);

CREATE TABLE tkt (
    tkt_id      serial PRIMARY KEY,
    br_id       int NOT NULL REFERENCES brnch(br_id),
    emp_id      int REFERENCES emp(emp_id),
    ord_ts      timestamp NOT NULL,
    chnl_cd     char(3) NOT NULL CHECK (chnl_cd IN ('DIN','TKO','DLV')),
    sts_cd      varchar(4) NOT NULL CHECK (sts_cd IN ('OPN','PD','VOID','RFND')),
    pax         smallint NOT NULL DEFAULT 1,
    tip_amt     numeric(7,2)
);

CREATE TABLE tkt_ln (
    ln_id       serial PRIMARY KEY,
    tkt_id      int NOT NULL REFERENCES tkt(tkt_id),
    itm_id      int NOT NULL REFERENCES mnu_itm(itm_id),
    qty         smallint NOT NULL,
    ln_prc      numeric(7,2) NOT NULL,
    nood_firm   varchar(4) CHECK (nood_firm IN ('SFT','REG','FRM','XFRM')),
    spice_lvl   smallint NOT NULL DEFAULT 0
);

CREATE TABLE pmt (
    pmt_id      serial PRIMARY KEY,
    tkt_id      int NOT NULL REFERENCES tkt(tkt_id),
    pmt_ts      timestamp NOT NULL,
    amt         numeric(8,2) NOT NULL,
    mth_cd      varchar(3) NOT NULL CHECK (mth_cd IN ('CSH','CRD','QR','IC'))
);

CREATE TABLE supp (
    sup_id      serial PRIMARY KEY,
    sup_nm      varchar(80) NOT NULL,
    ctc_eml     varchar(120),
    ctc_phn     varchar(20) NOT NULL,
    pay_trm_d   smallint NOT NULL DEFAULT 30
);

CREATE TABLE po (
    po_id       serial PRIMARY KEY,
    sup_id      int NOT NULL REFERENCES supp(sup_id),
    br_id       int NOT NULL REFERENCES brnch(br_id),
    po_dt       date NOT NULL,
    dlv_dt      date,
    sts_cd      varchar(4) NOT NULL CHECK (sts_cd IN ('DRFT','SENT','RCVD','CXL')),
    tot_amt     numeric(10,2) NOT NULL
);

CREATE TABLE po_ln (
    ln_id       serial PRIMARY KEY,
    po_id       int NOT NULL REFERENCES po(po_id),
    ingr_nm     varchar(80) NOT NULL,
    qty         numeric(8,2) NOT NULL,
    uom         varchar(3) NOT NULL CHECK (uom IN ('kg','l','pc','box')),
    unit_cst    numeric(8,2) NOT NULL
);

CREATE TABLE wl (
    wl_id       serial PRIMARY KEY,
    br_id       int NOT NULL REFERENCES brnch(br_id),
    cust_nm     varchar(60),
    party_sz    smallint NOT NULL,
    join_ts     timestamp NOT NULL,
    seat_ts     timestamp,
    sts_cd      varchar(4) NOT NULL CHECK (sts_cd IN ('WAIT','SEAT','LEFT'))
);
