-- Domain: a lighthouse heritage trust (decommissioned lighthouses open to visitors: volunteers, tours and tickets, Friends members, donations, upkeep, the lens and lamp collection)
CREATE TABLE lthse (
    lh_id        serial PRIMARY KEY,
    lh_cd        varchar(6) NOT NULL UNIQUE,
    lh_nm        varchar(100) NOT NULL,
    built_yr     smallint CHECK (built_yr BETWEEN 1600 AND 2000),
    twr_ht_m     numeric(5,1) NOT NULL,
    lst_grade    varchar(4) NOT NULL DEFAULT 'NONE' CHECK (lst_grade IN ('GI','GII*','GII','NONE')),
    lat          numeric(8,5) NOT NULL,
    lon          numeric(8,5) NOT NULL,
    is_open_pub  boolean NOT NULL DEFAULT true,
    decomm_dt    date
);

CREATE TABLE vol (
    vol_id       serial PRIMARY KEY,
    fst_nm       varchar(60) NOT NULL,
    lst_nm       varchar(60) NOT NULL,
    email        varchar(160),
    phone        varchar(20),
    join_dt      date NOT NULL,
    dbs_chk_dt   date,
    vol_role     varchar(5) NOT NULL CHECK (vol_role IN ('GUIDE','MAINT','SHOP','ARCH','ADMIN')),
    is_actv      boolean NOT NULL DEFAULT true
);

CREATE TABLE vol_shft (
    shft_id      serial PRIMARY KEY,
    vol_id       integer NOT NULL REFERENCES vol(vol_id),
    lh_id        integer NOT NULL REFERENCES lthse(lh_id),
    shft_dt      date NOT NULL,
    start_tm     time NOT NULL,
    hrs          numeric(4,2) NOT NULL CHECK (hrs > 0 AND hrs <= 12),
    shft_stat    varchar(5) NOT NULL DEFAULT 'BKD' CHECK (shft_stat IN ('BKD','WRKD','NOSHW','CANC'))
);

CREATE TABLE tour (
    tour_id      serial PRIMARY KEY,
    lh_id        integer NOT NULL REFERENCES lthse(lh_id),
    tour_ts      timestamp NOT NULL,
    cap          smallint NOT NULL CHECK (cap > 0),
    guide_vol_id integer REFERENCES vol(vol_id),
    tour_typ     varchar(5) NOT NULL CHECK (tour_typ IN ('STD','LAMP','NIGHT','SCHL','PRIV')),
    tour_stat    varchar(7) NOT NULL DEFAULT 'SCHED' CHECK (tour_stat IN ('SCHED','RAN','CANC_WX','CANC'))
);

CREATE TABLE mbr (
    mbr_id       serial PRIMARY KEY,
    mbr_no       varchar(10) NOT NULL UNIQUE,
    full_nm      varchar(120) NOT NULL,
    email        varchar(160),
    postcd       varchar(8) NOT NULL,
    mbr_tier     varchar(4) NOT NULL CHECK (mbr_tier IN ('IND','JNT','FAM','LIFE','CONC')),
    join_dt      date NOT NULL,
    renew_dt     date,
    gift_aid     boolean NOT NULL DEFAULT false
);

CREATE TABLE tkt (
    tkt_id       serial PRIMARY KEY,
    tour_id      integer NOT NULL REFERENCES tour(tour_id),
    mbr_id       integer REFERENCES mbr(mbr_id),
    bkd_ts       timestamp NOT NULL,
    n_adult      smallint NOT NULL DEFAULT 1 CHECK (n_adult >= 0),
    n_child      smallint NOT NULL DEFAULT 0 CHECK (n_child >= 0),
    tkt_amt      numeric(8,2) NOT NULL CHECK (tkt_amt >= 0),
    pay_mthd     varchar(5) NOT NULL CHECK (pay_mthd IN ('CARD','CASH','VOUCH','COMP')),
    is_no_show   boolean NOT NULL DEFAULT false
);

CREATE TABLE dntn (
    dntn_id      serial PRIMARY KEY,
    mbr_id       integer REFERENCES mbr(mbr_id),
    dntn_dt      date NOT NULL,
    amt          numeric(10,2) NOT NULL CHECK (amt > 0),
    src_cd       varchar(5) NOT NULL CHECK (src_cd IN ('ONL','BOX','LEGCY','EVT','GRNT')),
    is_gift_aid  boolean NOT NULL DEFAULT false,
    appeal_cd    varchar(10)
);

CREATE TABLE wrk_ord (
    wo_id        serial PRIMARY KEY,
    lh_id        integer NOT NULL REFERENCES lthse(lh_id),
    raised_dt    date NOT NULL,
    wo_typ       varchar(6) NOT NULL CHECK (wo_typ IN ('PAINT','GLAZ','ROOF','LENS','ELEC','STRUCT','GEN')),
    prty         char(2) NOT NULL CHECK (prty IN ('P1','P2','P3')),
    wo_stat      varchar(5) NOT NULL DEFAULT 'OPEN' CHECK (wo_stat IN ('OPEN','INPRG','ONHLD','DONE','CANC')),
    est_cost     numeric(10,2) NOT NULL,
    act_cost     numeric(10,2),
    cmpl_dt      date,
    contractor_nm varchar(120)
);

CREATE TABLE coll_itm (
    itm_id       serial PRIMARY KEY,
    lh_id        integer REFERENCES lthse(lh_id),
    acc_no       varchar(14) NOT NULL UNIQUE,
    obj_typ      varchar(6) NOT NULL CHECK (obj_typ IN ('LENS','LAMP','FOGHRN','LOGBK','PHOTO','UNIF','TOOL')),
    descr        text NOT NULL,
    acq_dt       date,
    acq_mthd     varchar(5) NOT NULL CHECK (acq_mthd IN ('DON','PUR','TRNSF','LOAN')),
    cond_cd      varchar(4) NOT NULL CHECK (cond_cd IN ('GOOD','FAIR','POOR','CONS')),
    ins_val      numeric(12,2),
    on_disp      boolean NOT NULL DEFAULT false
);

CREATE TABLE cond_srvy (
    srvy_id      serial PRIMARY KEY,
    lh_id        integer NOT NULL REFERENCES lthse(lh_id),
    srvy_dt      date NOT NULL,
    srvyr_nm     varchar(120) NOT NULL,
    cond_scr     smallint NOT NULL CHECK (cond_scr BETWEEN 1 AND 5),
    defect_cnt   smallint NOT NULL DEFAULT 0 CHECK (defect_cnt >= 0),
    nxt_srvy_dt  date,
    rpt_url      varchar(250)
);
