-- Domain: a cosmetics formulation lab (contract R&D for skincare/haircare brands: raw materials, briefs, formulas, trial batches, stability, samples)
CREATE TABLE supp (
    supp_id      serial PRIMARY KEY,
    supp_nm      varchar(120) NOT NULL,
    ctry_cd      char(2) NOT NULL,
    is_aprvd     boolean NOT NULL DEFAULT false,
    aprvd_dt     date,
    email        varchar(160)
);

CREATE TABLE rm (
    rm_id        serial PRIMARY KEY,
    rm_cd        varchar(12) NOT NULL UNIQUE,
    inci_nm      varchar(200) NOT NULL,
    supp_id      integer NOT NULL REFERENCES supp(supp_id),
    rm_cat       varchar(4) NOT NULL CHECK (rm_cat IN ('EMUL','PRSV','FRAG','ACTV','SOLV','THKN','PIGM','SURF','OIL')),
    unit_cost    numeric(10,4) NOT NULL CHECK (unit_cost >= 0),
    max_pct      numeric(5,2) CHECK (max_pct > 0 AND max_pct <= 100),
    is_allergen  boolean NOT NULL DEFAULT false,
    is_actv      boolean NOT NULL DEFAULT true
);

CREATE TABLE clnt (
    clnt_id      serial PRIMARY KEY,
    clnt_nm      varchar(120) NOT NULL,
    clnt_typ     varchar(5) NOT NULL CHECK (clnt_typ IN ('BRAND','PL','INDIE','RETL')),
    credit_lim   numeric(12,2) NOT NULL DEFAULT 0,
    is_actv      boolean NOT NULL DEFAULT true
);

CREATE TABLE proj (
    proj_id       serial PRIMARY KEY,
    proj_cd       varchar(10) NOT NULL UNIQUE,
    clnt_id       integer NOT NULL REFERENCES clnt(clnt_id),
    prod_typ      varchar(5) NOT NULL CHECK (prod_typ IN ('SERUM','CREAM','LOTN','SHMP','COND','LIPS','SPF','CLNSR','MASK')),
    brief_dt      date NOT NULL,
    tgt_launch_dt date,
    proj_stat     varchar(5) NOT NULL DEFAULT 'BRIEF'
                  CHECK (proj_stat IN ('BRIEF','DEV','STAB','APPR','HOLD','CANC','TRNSF')),
    budget_amt    numeric(10,2)
);

CREATE TABLE chem (
    chem_id      serial PRIMARY KEY,
    chem_nm      varchar(120) NOT NULL,
    grade        varchar(4) NOT NULL CHECK (grade IN ('JR','SR','PRIN')),
    hire_dt      date NOT NULL
);

CREATE TABLE frm (
    frm_id       serial PRIMARY KEY,
    proj_id      integer NOT NULL REFERENCES proj(proj_id),
    chem_id      integer NOT NULL REFERENCES chem(chem_id),
    frm_cd       varchar(14) NOT NULL UNIQUE,
    ver_no       smallint NOT NULL DEFAULT 1 CHECK (ver_no >= 1),
    crtd_dt      date NOT NULL,
    frm_stat     varchar(5) NOT NULL DEFAULT 'DRFT' CHECK (frm_stat IN ('DRFT','TRIAL','PASS','FAIL','REL','OBS')),
    tgt_ph       numeric(3,1) CHECK (tgt_ph BETWEEN 0 AND 14),
    batch_sz_g   numeric(9,2) NOT NULL DEFAULT 500
);

CREATE TABLE frm_ln (
    ln_id        serial PRIMARY KEY,
    frm_id       integer NOT NULL REFERENCES frm(frm_id),
    rm_id        integer NOT NULL REFERENCES rm(rm_id),
    phase_cd     char(1) NOT NULL CHECK (phase_cd IN ('A','B','C','D')),
    pct_w        numeric(7,4) NOT NULL CHECK (pct_w > 0 AND pct_w <= 100),
    seq_no       smallint NOT NULL
);

CREATE TABLE lab_batch (
    btch_id      serial PRIMARY KEY,
    frm_id       integer NOT NULL REFERENCES frm(frm_id),
    btch_no      varchar(16) NOT NULL UNIQUE,
    made_ts      timestamp NOT NULL,
    made_by      integer REFERENCES chem(chem_id),
    qty_g        numeric(9,2) NOT NULL CHECK (qty_g > 0),
    meas_ph      numeric(3,1),
    visc_cps     integer,
    btch_stat    varchar(4) NOT NULL DEFAULT 'OK' CHECK (btch_stat IN ('OK','REWK','SCRP'))
);

CREATE TABLE stab_tst (
    tst_id       serial PRIMARY KEY,
    btch_id      integer NOT NULL REFERENCES lab_batch(btch_id),
    cond_cd      varchar(3) NOT NULL CHECK (cond_cd IN ('RT','4C','40C','45C','FT','UV')),
    pull_wk      smallint NOT NULL CHECK (pull_wk IN (0,2,4,8,12,26)),
    pull_dt      date NOT NULL,
    result_cd    varchar(4) NOT NULL DEFAULT 'PEND' CHECK (result_cd IN ('PASS','FAIL','OBS','PEND')),
    ph_val       numeric(3,1),
    notes        text
);

CREATE TABLE smpl_disp (
    smpl_id      serial PRIMARY KEY,
    frm_id       integer NOT NULL REFERENCES frm(frm_id),
    shipped_dt   date NOT NULL,
    qty_units    smallint NOT NULL CHECK (qty_units > 0),
    courier_cd   varchar(4) NOT NULL CHECK (courier_cd IN ('DHL','UPS','RM','FEDX','HAND')),
    trk_no       varchar(30),
    fdbk_cd      varchar(4) CHECK (fdbk_cd IN ('LIKE','CHG','REJ')),
    fdbk_dt      date
);
