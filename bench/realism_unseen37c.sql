-- Domain: toll road operator (US toll authority, all-electronic tolling with tag + pay-by-mail) - back-office / CSC schema
-- Covers roadway/plaza/lane inventory, rate schedules, customer accounts, transponders, lane transactions,
-- image review, toll-by-mail invoicing and lane maintenance.

CREATE TYPE txn_type AS ENUM ('AVI', 'VIDEO', 'CASH', 'NONREV', 'AWAY_AGENCY');
CREATE TYPE acct_status AS ENUM ('ACTIVE', 'LOW_BAL', 'NEG_BAL', 'SUSPENDED', 'CLOSED');

CREATE TABLE toll_facility (
    fac_id  serial PRIMARY KEY,
    fac_cd  varchar(8) NOT NULL UNIQUE,           -- SH130, LOOP49, PPK
    fac_nm  varchar(80) NOT NULL,
    open_dt date
);

CREATE TABLE plaza (
    plaza_id   serial PRIMARY KEY,
    fac_id     int NOT NULL REFERENCES toll_facility(fac_id),
    plaza_nm   varchar(60) NOT NULL,
    mile_post  numeric(6,2) NOT NULL,
    dir_cd     char(2) NOT NULL CHECK (dir_cd IN ('NB', 'SB', 'EB', 'WB')),
    plaza_typ  varchar(8) NOT NULL CHECK (plaza_typ IN ('MAINLINE', 'RAMP', 'ORT'))   -- ORT = open road tolling gantry
);

CREATE TABLE lane (
    lane_id       serial PRIMARY KEY,
    plaza_id      int NOT NULL REFERENCES plaza(plaza_id),
    lane_no       smallint NOT NULL,
    lane_mode     varchar(8) NOT NULL CHECK (lane_mode IN ('ETC_ONLY', 'MIXED', 'CASH', 'ORT')),
    commission_dt date,
    UNIQUE (plaza_id, lane_no)
);

CREATE TABLE toll_rate (
    rate_id     serial PRIMARY KEY,
    plaza_id    int NOT NULL REFERENCES plaza(plaza_id),
    axle_class  smallint NOT NULL CHECK (axle_class BETWEEN 2 AND 9),
    pay_method  varchar(5) NOT NULL CHECK (pay_method IN ('TAG', 'PLATE', 'CASH')),
    time_band   varchar(9) NOT NULL CHECK (time_band IN ('PEAK', 'OFFPEAK', 'OVERNIGHT', 'WEEKEND')),
    rate_amt    numeric(6,2) NOT NULL CHECK (rate_amt >= 0),
    eff_from_dt date NOT NULL,
    eff_to_dt   date,
    CHECK (eff_to_dt IS NULL OR eff_to_dt > eff_from_dt)
);

CREATE TABLE customer_acct (
    acct_no        bigint PRIMARY KEY,
    acct_typ       varchar(5) NOT NULL CHECK (acct_typ IN ('PERS', 'COMM', 'FLEET', 'GOVT')),
    acct_holder_nm varchar(100) NOT NULL,
    mail_zip       varchar(10),
    email_addr     varchar(120),
    prepaid_bal    numeric(10,2) NOT NULL DEFAULT 0,
    low_bal_thresh numeric(8,2) NOT NULL DEFAULT 10.00,
    replenish_amt  numeric(8,2) NOT NULL DEFAULT 40.00,
    acct_stat      acct_status NOT NULL DEFAULT 'ACTIVE',
    opened_dt      date NOT NULL
);

CREATE TABLE transponder (
    tag_id     varchar(16) PRIMARY KEY,           -- issuing agency prefix + serial, e.g. 0051.012345678
    acct_no    bigint REFERENCES customer_acct(acct_no),
    tag_typ    varchar(8) NOT NULL CHECK (tag_typ IN ('STICKER', 'HARDCASE', 'HEADLAMP', 'SWITCH')),
    protocol   varchar(5) NOT NULL CHECK (protocol IN ('6C', 'TDM', 'SEGO')),
    issue_dt   date NOT NULL,
    tag_stat   char(1) NOT NULL DEFAULT 'V' CHECK (tag_stat IN ('V', 'L', 'I', 'X', 'S'))   -- valid, low bal, invalid, lost, stolen
);

CREATE TABLE vehicle (
    veh_id      serial PRIMARY KEY,
    acct_no     bigint NOT NULL REFERENCES customer_acct(acct_no),
    lic_plate   varchar(10) NOT NULL,
    plate_st    char(2) NOT NULL,
    veh_make    varchar(20),
    veh_yr      smallint CHECK (veh_yr BETWEEN 1950 AND 2035),
    axle_cnt    smallint NOT NULL DEFAULT 2 CHECK (axle_cnt BETWEEN 2 AND 9),
    UNIQUE (lic_plate, plate_st)
);

CREATE TABLE toll_invoice (
    invoice_no     varchar(12) PRIMARY KEY,       -- pay-by-mail invoice
    lic_plate      varchar(10) NOT NULL,
    plate_st       char(2) NOT NULL,
    rvo_nm         varchar(100) NOT NULL,         -- registered vehicle owner from DMV lookup
    invoice_dt     date NOT NULL,
    due_dt         date NOT NULL,
    invoice_amt    numeric(8,2) NOT NULL,
    admin_fee_amt  numeric(6,2) NOT NULL DEFAULT 0,
    invoice_stage  varchar(11) NOT NULL DEFAULT '1ST_NOTICE'
        CHECK (invoice_stage IN ('1ST_NOTICE', '2ND_NOTICE', 'VIOLATION', 'COLLECTIONS', 'PAID', 'DISMISSED')),
    CHECK (due_dt > invoice_dt)
);

CREATE TABLE lane_txn (
    txn_id          bigserial PRIMARY KEY,
    lane_id         int NOT NULL REFERENCES lane(lane_id),
    txn_ts          timestamptz NOT NULL,
    txn_typ         txn_type NOT NULL,
    tag_id          varchar(16),                  -- null on video / cash txns
    plate_read      varchar(10),                  -- OCR result from lane camera
    plate_st_read   char(2),
    ocr_conf        numeric(4,3) CHECK (ocr_conf BETWEEN 0 AND 1),
    avc_axle_cnt    smallint,                     -- automatic vehicle classification
    toll_amt        numeric(6,2) NOT NULL,
    posted_ts       timestamptz,
    home_agency_id  smallint,                     -- IAG agency ID of tag issuer
    invoice_no      varchar(12) REFERENCES toll_invoice(invoice_no),
    CHECK (posted_ts IS NULL OR posted_ts >= txn_ts)
);

CREATE TABLE image_review (
    review_id   serial PRIMARY KEY,
    txn_id      bigint NOT NULL REFERENCES lane_txn(txn_id),
    reviewer_nm varchar(60) NOT NULL,
    review_ts   timestamptz NOT NULL,
    dispo_cd    varchar(10) NOT NULL CHECK (dispo_cd IN ('CONFIRMED', 'CORRECTED', 'UNREADABLE', 'OBSTRUCTD', 'EMERG_VEH', 'OOS_PLATE'))
);

CREATE TABLE lane_fault (
    fault_id    serial PRIMARY KEY,
    lane_id     int NOT NULL REFERENCES lane(lane_id),
    fault_cd    varchar(8) NOT NULL,              -- ANT_FAIL, CAM_DIRTY, LOOP_FLT, AVC_ERR
    reported_ts timestamptz NOT NULL,
    cleared_ts  timestamptz,
    tech_nm     varchar(60),
    CHECK (cleared_ts IS NULL OR cleared_ts > reported_ts)
);
