-- realism_unseen34a: written blind (brief h4, session 13) from a domain drawn at random; scored in bench/blind_review13.
-- 3PL WMS (legacy port from AS/400, clipped names kept for interface compatibility)
CREATE TABLE clnt (
    clnt_id        serial PRIMARY KEY,
    clnt_cd        varchar(10) NOT NULL UNIQUE,
    clnt_nm        varchar(60) NOT NULL,
    stor_rate_plt  numeric(8,4) NOT NULL DEFAULT 0,      -- storage charge per pallet per week
    actv_flg       char(1) NOT NULL DEFAULT 'Y' CHECK (actv_flg IN ('Y', 'N')),
    crt_dt         timestamp NOT NULL DEFAULT now()
);

CREATE TABLE whs_loc (
    loc_id      serial PRIMARY KEY,
    whs_cd      char(3) NOT NULL,
    loc_cd      varchar(12) NOT NULL,                    -- e.g. A-01-03-B
    zone_cd     varchar(4),
    loc_typ     varchar(4) NOT NULL CHECK (loc_typ IN ('RACK', 'FLR', 'PICK', 'DOCK', 'QC', 'HOLD')),
    max_wgt_kg  numeric(8,1),
    lck_flg     char(1) NOT NULL DEFAULT 'N' CHECK (lck_flg IN ('Y', 'N')),
    UNIQUE (whs_cd, loc_cd)
);

CREATE TABLE itm_mst (
    itm_id        serial PRIMARY KEY,
    clnt_id       integer NOT NULL REFERENCES clnt(clnt_id),
    sku           varchar(30) NOT NULL,
    itm_desc      varchar(120) NOT NULL,
    upc           varchar(14),
    base_uom      varchar(4) NOT NULL CHECK (base_uom IN ('EA', 'CS', 'PL', 'KG')),
    cs_qty        integer CHECK (cs_qty > 0),
    unit_wgt_kg   numeric(9,3),
    lot_ctl_flg   char(1) NOT NULL DEFAULT 'N' CHECK (lot_ctl_flg IN ('Y', 'N')),
    tmp_zone      varchar(3) NOT NULL DEFAULT 'AMB' CHECK (tmp_zone IN ('AMB', 'CHL', 'FRZ')),
    UNIQUE (clnt_id, sku)
);

CREATE TABLE rcpt_hdr (
    rcpt_id     serial PRIMARY KEY,
    clnt_id     integer NOT NULL REFERENCES clnt(clnt_id),
    asn_no      varchar(20),
    po_no       varchar(20),
    trlr_no     varchar(15),
    exp_arr_dt  date NOT NULL,
    act_arr_ts  timestamp,
    rcpt_stat   varchar(3) NOT NULL DEFAULT 'OPN' CHECK (rcpt_stat IN ('OPN', 'RCV', 'PTW', 'CLS', 'CXL'))
);

CREATE TABLE rcpt_dtl (
    rcpt_id     integer NOT NULL REFERENCES rcpt_hdr(rcpt_id),
    ln_no       smallint NOT NULL,
    itm_id      integer NOT NULL REFERENCES itm_mst(itm_id),
    lot_no      varchar(20),
    exp_dt      date,
    qty_exp     integer NOT NULL CHECK (qty_exp >= 0),
    qty_rcv     integer NOT NULL DEFAULT 0 CHECK (qty_rcv >= 0),
    qty_dmg     integer NOT NULL DEFAULT 0 CHECK (qty_dmg >= 0),
    put_loc_id  integer REFERENCES whs_loc(loc_id),
    PRIMARY KEY (rcpt_id, ln_no)
);

CREATE TABLE inv_bal (
    inv_id      bigserial PRIMARY KEY,
    itm_id      integer NOT NULL REFERENCES itm_mst(itm_id),
    loc_id      integer NOT NULL REFERENCES whs_loc(loc_id),
    lpn         varchar(20),
    lot_no      varchar(20),
    qty_oh      integer NOT NULL CHECK (qty_oh >= 0),
    qty_alloc   integer NOT NULL DEFAULT 0 CHECK (qty_alloc >= 0),
    hold_cd     varchar(4) CHECK (hold_cd IN ('QC', 'DMG', 'RCL')),
    lst_cnt_dt  date,
    CHECK (qty_alloc <= qty_oh)
);

CREATE TABLE ord_hdr (
    ord_id       serial PRIMARY KEY,
    clnt_id      integer NOT NULL REFERENCES clnt(clnt_id),
    ord_no       varchar(20) NOT NULL,
    cust_po      varchar(25),
    ship_to_nm   varchar(60) NOT NULL,
    ship_to_zip  varchar(10) NOT NULL,
    carr_scac    char(4),
    req_ship_dt  date NOT NULL,
    ord_typ      varchar(3) NOT NULL CHECK (ord_typ IN ('B2B', 'B2C', 'XFR')),
    ord_stat     varchar(3) NOT NULL DEFAULT 'NEW' CHECK (ord_stat IN ('NEW', 'ALC', 'PCK', 'PKD', 'SHP', 'CXL')),
    crt_ts       timestamp NOT NULL DEFAULT now(),
    UNIQUE (clnt_id, ord_no)
);

CREATE TABLE ord_dtl (
    ord_id   integer NOT NULL REFERENCES ord_hdr(ord_id),
    ln_no    smallint NOT NULL,
    itm_id   integer NOT NULL REFERENCES itm_mst(itm_id),
    qty_ord  integer NOT NULL CHECK (qty_ord > 0),
    qty_pck  integer NOT NULL DEFAULT 0,
    qty_shp  integer NOT NULL DEFAULT 0,
    PRIMARY KEY (ord_id, ln_no)
);

CREATE TABLE shp_mnfst (
    shp_id      serial PRIMARY KEY,
    ord_id      integer NOT NULL REFERENCES ord_hdr(ord_id),
    bol_no      varchar(20),
    trk_no      varchar(40),
    ctn_cnt     smallint NOT NULL CHECK (ctn_cnt > 0),
    tot_wgt_kg  numeric(10,2),
    frt_chg     numeric(10,2),
    shp_ts      timestamp NOT NULL
);
