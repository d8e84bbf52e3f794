-- Household waste recycling centre (council-run "tip"): sites, site operatives, registered residents, van/trailer permits, booked slots, gate visits, containers/skips, hauliers and container lifts, the reuse shop, incidents.

CREATE TYPE matl_cd AS ENUM ('WOOD', 'GRN', 'MET', 'RUB', 'CARD', 'WEEE', 'HHW', 'PLAS', 'TXT', 'RESID', 'PLBD');

CREATE TABLE site (
    site_id      serial PRIMARY KEY,
    site_cd      varchar(6)  NOT NULL UNIQUE,
    site_nm      varchar(80) NOT NULL,
    addr_ln1     varchar(100) NOT NULL,
    postcode     varchar(8)  NOT NULL,
    max_veh_hr   smallint    NOT NULL CHECK (max_veh_hr > 0),
    has_wbridge  boolean     NOT NULL DEFAULT false,
    opn_dt       date        NOT NULL,
    is_actv      boolean     NOT NULL DEFAULT true
);

CREATE TABLE opr (
    opr_id       serial PRIMARY KEY,
    site_id      integer     NOT NULL REFERENCES site(site_id),
    fname        varchar(40) NOT NULL,
    lname        varchar(40) NOT NULL,
    role_cd      varchar(4)  NOT NULL CHECK (role_cd IN ('SUP', 'OPR', 'WBO', 'DRV', 'AGCY')),
    start_dt     date        NOT NULL,
    wamitab_lvl  smallint    CHECK (wamitab_lvl BETWEEN 1 AND 4),
    is_actv      boolean     NOT NULL DEFAULT true
);

CREATE TABLE resdt (
    res_id       serial PRIMARY KEY,
    uprn         bigint      NOT NULL,
    fname        varchar(40) NOT NULL,
    lname        varchar(40) NOT NULL,
    postcode     varchar(8)  NOT NULL,
    email        varchar(120),
    phone        varchar(20),
    reg_dt       date        NOT NULL,
    in_area      boolean     NOT NULL DEFAULT true,
    pref_contact varchar(5)  NOT NULL DEFAULT 'EML' CHECK (pref_contact IN ('EML', 'SMS', 'POST'))
);

CREATE TABLE van_prmt (
    prmt_id      serial PRIMARY KEY,
    res_id       integer     NOT NULL REFERENCES resdt(res_id),
    prmt_no      varchar(12) NOT NULL UNIQUE,
    veh_reg      varchar(10) NOT NULL,
    veh_type     varchar(6)  NOT NULL CHECK (veh_type IN ('VAN', 'PICKUP', 'TRLR', 'LTRLR')),
    iss_dt       date        NOT NULL,
    exp_dt       date        NOT NULL,
    visits_alw   smallint    NOT NULL DEFAULT 12,
    visits_used  smallint    NOT NULL DEFAULT 0,
    fee_pd       numeric(7,2) NOT NULL DEFAULT 0,
    status       varchar(5)  NOT NULL CHECK (status IN ('actv', 'susp', 'exp', 'revk', 'pend'))
);

CREATE TABLE bkng (
    bkng_id      serial PRIMARY KEY,
    site_id      integer     NOT NULL REFERENCES site(site_id),
    res_id       integer     NOT NULL REFERENCES resdt(res_id),
    prmt_id      integer     REFERENCES van_prmt(prmt_id),
    slot_ts      timestamp   NOT NULL,
    bkd_ts       timestamp   NOT NULL,
    veh_reg      varchar(10) NOT NULL,
    status       varchar(6)  NOT NULL CHECK (status IN ('BKD', 'ATT', 'NOSHOW', 'CXL', 'TURNAW')),
    n_items_decl smallint
);

CREATE TABLE visit (
    vst_id       bigserial PRIMARY KEY,
    site_id      integer     NOT NULL REFERENCES site(site_id),
    bkng_id      integer     REFERENCES bkng(bkng_id),
    res_id       integer     REFERENCES resdt(res_id),
    arr_ts       timestamp   NOT NULL,
    dep_ts       timestamp,
    veh_reg      varchar(10),
    veh_cls      varchar(3)  NOT NULL CHECK (veh_cls IN ('CAR', 'VAN', 'TRL', 'FT', 'MC')),
    est_kg       numeric(7,1),
    chg_amt      numeric(7,2) NOT NULL DEFAULT 0,
    trade_susp   boolean     NOT NULL DEFAULT false
);

CREATE TABLE cntnr (
    cntnr_id     serial PRIMARY KEY,
    site_id      integer     NOT NULL REFERENCES site(site_id),
    bay_no       smallint    NOT NULL,
    matl         matl_cd     NOT NULL,
    cntnr_type   varchar(5)  NOT NULL CHECK (cntnr_type IN ('RORO', 'SKIP', 'CAGE', 'IBC', 'COMP')),
    cap_m3       numeric(5,1) NOT NULL,
    fill_pct     smallint    NOT NULL DEFAULT 0 CHECK (fill_pct BETWEEN 0 AND 100),
    is_svc       boolean     NOT NULL DEFAULT true,
    last_insp_dt date
);

CREATE TABLE haulr (
    haulr_id     serial PRIMARY KEY,
    haulr_nm     varchar(80) NOT NULL,
    wcl_no       varchar(20) NOT NULL,
    rate_per_lift numeric(8,2) NOT NULL,
    contact_email varchar(120),
    is_actv      boolean     NOT NULL DEFAULT true
);

CREATE TABLE cntnr_lift (
    lift_id      bigserial PRIMARY KEY,
    cntnr_id     integer     NOT NULL REFERENCES cntnr(cntnr_id),
    haulr_id     integer     NOT NULL REFERENCES haulr(haulr_id),
    req_ts       timestamp   NOT NULL,
    lift_ts      timestamp,
    gross_kg     integer,
    tare_kg      integer,
    net_kg       integer,
    dest_type    varchar(6)  NOT NULL CHECK (dest_type IN ('MRF', 'EfW', 'LF', 'COMP', 'REPROC', 'WTS')),
    wtn_ref      varchar(20),
    status       varchar(6)  NOT NULL CHECK (status IN ('sched', 'lifted', 'tipped', 'rej', 'cxl'))
);

CREATE TABLE reuse_itm (
    itm_id       serial PRIMARY KEY,
    site_id      integer     NOT NULL REFERENCES site(site_id),
    vst_id       bigint      REFERENCES visit(vst_id),
    catg         varchar(4)  NOT NULL CHECK (catg IN ('FURN', 'BIKE', 'TOOL', 'ELEC', 'BRIC', 'BOOK', 'OTHR')),
    descr        varchar(200) NOT NULL,
    rcvd_dt      date        NOT NULL,
    price        numeric(7,2),
    sold_dt      date,
    pat_tested   boolean     NOT NULL DEFAULT false,
    status       varchar(5)  NOT NULL CHECK (status IN ('INSTK', 'RSRV', 'SOLD', 'SCRAP'))
);

CREATE TABLE incdt (
    inc_id       serial PRIMARY KEY,
    site_id      integer     NOT NULL REFERENCES site(site_id),
    opr_id       integer     REFERENCES opr(opr_id),
    inc_ts       timestamp   NOT NULL,
    inc_type     varchar(6)  NOT NULL CHECK (inc_type IN ('SLIP', 'FIRE', 'ABUSE', 'FLYTIP', 'SPILL', 'VEH', 'SHARPS')),
    sev          smallint    NOT NULL CHECK (sev BETWEEN 1 AND 5),
    riddor_rpt   boolean     NOT NULL DEFAULT false,
    police_ref   varchar(20),
    notes        text
);
